import { describe, expect, it } from 'vitest';
import type { Passage } from './schema.ts';
import { segments } from './segments.ts';

function aPassage(): Passage {
  return {
    id: 'p0',
    text: 'Putin said our republic owes Russia.',
    mentions: [{ region: 'russia', start: 29, end: 35, text: 'Russia' }],
    implicit: [
      { region: 'south-ossetia', quote: 'our republic', note: 'South Ossetia' },
      { region: 'russia', quote: 'Russia', note: 'already a mention' },
    ],
  };
}

describe('segments', () => {
  it('cuts a passage into text, mentions and implicit references that join back to it', () => {
    const parts = segments(aPassage());
    expect(parts.map((s) => s.kind)).toEqual(['text', 'implicit', 'text', 'mention', 'text']);
    expect(parts.map((s) => s.text).join('')).toBe(aPassage().text);
  });
});
