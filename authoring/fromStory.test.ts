import fs from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { checkStory, type Story } from '../app/story/schema.ts';
import { composeStory } from './compose.ts';
import { CONTENT_DIR, readGazetteer, readRegionIds } from './files.ts';
import { articleOfStory, overridesOfStory } from './fromStory.ts';
import { overridesSchema } from './overrides.ts';

const gazetteer = readGazetteer();
const regionIds = readRegionIds();
const published = fs.readdirSync(CONTENT_DIR).filter((f) => f.endsWith('.json'));

describe('a published story taken back into an article and overrides', () => {
  it.each(published)('%s composes again into the very same story', (file) => {
    const checked = checkStory(JSON.parse(fs.readFileSync(path.join(CONTENT_DIR, file), 'utf8')), regionIds);
    if (!checked.ok) throw new Error(`${file} does not pass the schema`);
    const story: Story = checked.value;
    const overrides = overridesOfStory(story, gazetteer);
    expect(v.safeParse(overridesSchema, overrides).success, 'the overrides file is one the tool reads').toBe(
      true,
    );
    const again = composeStory({
      article: articleOfStory(story),
      source: story.source,
      gazetteer,
      overrides,
      regionIds,
    });
    expect(again).toEqual(story);
  });

  it('writes what the tool finds differently as the editor’s choices', () => {
    const story = composeStory({
      article: 'Crimea and Kerch\n\nCrimea again',
      source: 'a.txt',
      gazetteer: { regions: { crimea: ['Crimea'] }, notMentions: [] },
      overrides: {
        ...overridesOfStory(
          { version: 1, title: 'x', source: 'a.txt', passages: [], events: [] },
          { regions: {}, notMentions: [] },
        ),
        mentions: [{ passage: 'p0', region: 'crimea', text: 'Kerch' }],
        rejectedMentions: [{ passage: 'p1', region: 'crimea', text: 'Crimea' }],
      },
      regionIds: ['crimea'],
    });
    const overrides = overridesOfStory(story, { regions: { crimea: ['Crimea'] }, notMentions: [] });
    expect(overrides.mentions).toEqual([{ passage: 'p0', region: 'crimea', text: 'Kerch' }]);
    expect(overrides.rejectedMentions).toEqual([{ passage: 'p1', region: 'crimea', text: 'Crimea' }]);
  });
});
