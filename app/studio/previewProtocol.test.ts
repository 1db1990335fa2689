import { describe, expect, it } from 'vitest';
import type { Story } from '../story/schema.ts';
import { previewMessage } from './previewProtocol.ts';

const ORIGIN = 'http://localhost:5173';
const from = (data: unknown, origin = ORIGIN) => previewMessage({ origin, data } as MessageEvent, ORIGIN);
const story = { version: 1, title: 'A draft' } as unknown as Story;

describe('what the studio and its preview frames say to each other', () => {
  it('is a frame ready, or the draft’s story', () => {
    expect(from({ studio: 'ready' })).toEqual({ studio: 'ready' });
    const message = from({ studio: 'story', story });
    expect(message).toEqual({ studio: 'story', story });
    expect(message?.studio === 'story' && message.story).toBe(story);
  });

  it('is nothing when it comes from another origin, even in the right words', () => {
    expect(from({ studio: 'ready' }, 'https://example.org')).toBeNull();
    expect(from({ studio: 'story', story }, 'http://localhost:5174')).toBeNull();
  });

  it('is nothing when it is anything else: another page’s message, no story, or no data', () => {
    for (const data of [
      null,
      undefined,
      'ready',
      {},
      { studio: 'Ready' },
      { studio: 'story' },
      { studio: 'story', story: null },
      { studio: 'story', story: 'a story' },
      { studio: 'hello', story },
      { type: 'pym', story },
    ])
      expect(from(data), JSON.stringify(data)).toBeNull();
  });
});
