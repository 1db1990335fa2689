/**
 * A story at every limit at once (STORY_LIMITS): as much text, as many mentions, implicit
 * references and events as a story may hold, every event's summary and time as long as they
 * may be, all about Crimea, so one click renders it all.
 */
import { STORY_LIMITS, type Story } from '../app/story/schema.ts';

/** `words` repeated to exactly `length` characters. */
const fill = (words: string, length: number) =>
  words
    .repeat(Math.ceil(length / words.length))
    .slice(0, length)
    .trim();

export function storyAtTheLimits(): Story {
  const L = STORY_LIMITS;
  const passageCount = Math.ceil(L.charactersInAll / L.charactersPerPassage);
  const length = Math.floor(L.charactersInAll / passageCount);
  const perPassage = Math.min(L.mentionsPerPassage, Math.floor(L.mentionsInAll / passageCount));
  const passages = Array.from({ length: passageCount }, (_, p) => {
    const mentions: Story['passages'][number]['mentions'] = [];
    const implicit: Story['passages'][number]['implicit'] = [];
    let text = '';
    for (let i = 0; i < perPassage; i++) {
      mentions.push({ region: 'crimea', start: text.length, end: text.length + 6, text: 'Crimea' });
      text += 'Crimea ';
      if (i < L.implicitPerPassage) {
        const quote = `our peninsula ${i}`;
        implicit.push({
          region: 'crimea',
          quote,
          note: fill('Crimea, by its place in the text. ', L.noteCharacters),
        });
        text += `${quote} `;
      }
      text += 'and more. ';
    }
    if (text.length > length)
      throw new Error(`the limit story's passages are too long (${text.length} > ${length})`);
    return { id: `p${p}`, text: text.padEnd(length, ' filler').trimEnd(), mentions, implicit };
  });
  const events = Array.from({ length: L.events }, (_, e) => ({
    id: `event-${e}`,
    summary: fill(`Something happened in Crimea, number ${e}. `, L.summaryCharacters),
    regions: ['crimea'],
    passage: `p${e % passageCount}`,
    when: fill('Some time before the meeting, ', L.whenCharacters),
    whenBy: 'editor' as const,
    review: 'curated' as const,
  }));
  return {
    version: 1,
    title: fill('A story at every limit. ', L.titleCharacters),
    source: 'limits.txt',
    passages,
    events,
  };
}
