import { describe, expect, it } from 'vitest';
import {
  FIRST_VIEW_FILES,
  fingerprint,
  fingerprintOf,
  loadedFingerprint,
  noteLoaded,
} from './fingerprint.ts';

describe('fingerprint', () => {
  it('is FNV-1a over the text: fixed for a text, different for a one-character change', () => {
    expect(fingerprint('')).toBe((0x811c9dc5).toString(36));
    expect(fingerprint('a')).toBe((0xe40c292c).toString(36));
    expect(fingerprint('{"x":1}')).not.toBe(fingerprint('{"x":2}'));
  });

  it('joins one per first-view file, the build’s from their text and the page’s from what it loaded', () => {
    const text = (file: string) => `text of ${file}`;
    const built = fingerprintOf(text);
    expect(built.split('.')).toHaveLength(FIRST_VIEW_FILES.length);
    // Nothing loaded yet: a page that has not loaded a file never matches.
    expect(loadedFingerprint()).not.toBe(built);
    for (const file of FIRST_VIEW_FILES) noteLoaded(`./some/where/${file}`, text(file));
    expect(loadedFingerprint()).toBe(built);
    noteLoaded('./data/views.json', 'changed');
    expect(loadedFingerprint()).not.toBe(built);
  });
});
