import { describe, expect, it } from 'vitest';
import { describeProblems } from '../data/validate.ts';
import { checkStory } from './schema.ts';

const REGIONS = ['crimea', 'russia'];

function aStory() {
  return {
    version: 1,
    title: 'Crimea',
    source: 'test.txt',
    passages: [
      {
        id: 'p0',
        text: 'Russia annexed Crimea.',
        mentions: [
          { region: 'russia', start: 0, end: 6, text: 'Russia' },
          { region: 'crimea', start: 15, end: 21, text: 'Crimea' },
        ],
        implicit: [],
      },
    ],
    events: [
      {
        id: 'annexation',
        summary: 'Russia annexes Crimea.',
        regions: ['crimea', 'russia'],
        passage: 'p0',
        when: null,
      },
    ],
  };
}

function problems(story: unknown): string {
  const checked = checkStory(story, REGIONS);
  return checked.ok ? '' : describeProblems(checked.problems, 10);
}

describe('story validation', () => {
  it('accepts a well-formed story', () => {
    expect(problems(aStory())).toBe('');
  });

  it('names an unknown region and where it is used', () => {
    const story = aStory();
    story.events[0]?.regions.push('narnia');
    expect(problems(story)).toMatch(/at events\[0\]\.regions\[2\]: unknown region "narnia"/);
  });

  it('names a mention whose range does not mark its text', () => {
    const story = aStory();
    const mention = story.passages[0]?.mentions[1];
    if (mention) mention.start = 14;
    expect(problems(story)).toMatch(
      /at passages\[0\]\.mentions\[1\]: range 14–21 marks " Crimea", not "Crimea"/,
    );
  });

  it('names an event whose passage does not exist', () => {
    const story = aStory();
    const event = story.events[0];
    if (event) event.passage = 'p9';
    expect(problems(story)).toMatch(/at events\[0\]\.passage: no passage "p9"/);
  });

  it('names an implicit reference whose quote is not in the passage', () => {
    const story = aStory();
    story.passages[0]?.implicit.push({ region: 'crimea', quote: 'the peninsula', note: 'Crimea' } as never);
    expect(problems(story)).toMatch(/implicit\[0\]\.quote: "the peninsula" is not in the passage/);
  });

  it('checks everything but region ids when the map is not available', () => {
    const story = aStory();
    story.events[0]?.regions.push('narnia');
    expect(checkStory(story, null).ok).toBe(true);
  });
});
