/**
 * A published story taken back into an article and the editor's overrides, so that an editor
 * can open a story file (in the studio) and go on where it was left: composing them again gives
 * the same story. The article is the passages, one per paragraph; what the tool would find
 * differently is written as the editor's choices (mentions added or rejected), and every event
 * is kept as the editor's, in its place, with the tool's proposals it stands for set aside.
 */
import type { Story } from '../app/story/schema.ts';
import { proposeEvents } from './events.ts';
import { findMentions, type Gazetteer } from './mentions.ts';
import { NO_OVERRIDES, type Overrides } from './overrides.ts';

export function articleOfStory(story: Story): string {
  return `${story.passages.map((p) => p.text).join('\n\n')}\n`;
}

export function overridesOfStory(story: Story, gazetteer: Gazetteer): Overrides {
  const key = (m: { region: string; text: string }) => `${m.region}\n${m.text}`;
  const overrides: Overrides = structuredClone(NO_OVERRIDES);
  for (const passage of story.passages) {
    const found = findMentions(passage.text, gazetteer);
    const kept = new Set(passage.mentions.map(key));
    const foundKeys = new Set(found.map(key));
    for (const k of foundKeys)
      if (!kept.has(k)) {
        const [region = '', text = ''] = k.split('\n');
        overrides.rejectedMentions.push({ passage: passage.id, region, text });
      }
    for (const k of kept)
      if (!foundKeys.has(k)) {
        const [region = '', text = ''] = k.split('\n');
        overrides.mentions.push({ passage: passage.id, region, text });
      }
    for (const ref of passage.implicit) overrides.implicit.push({ passage: passage.id, ...ref });
    for (const dated of passage.dates ?? []) overrides.dates.push({ passage: passage.id, ...dated });
    // The tool's proposals for this passage, as it will make them: the story's events stand
    // for them (its own, edited, or rejected), so none comes back on its own.
    for (const proposal of proposeEvents(passage, passage.mentions))
      overrides.rejectedEvents.push(proposal.id);
  }
  overrides.events = story.events.map((e) => ({ ...e }));
  if (story.publication) overrides.publication = story.publication;
  return overrides;
}
