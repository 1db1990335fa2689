import { describe, expect, it } from 'vitest';
import { articleFromBytes, MAX_ARTICLE_BYTES } from './articleText.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const problem = (input: Uint8Array) => {
  try {
    articleFromBytes(input, 'story.txt');
  } catch (error) {
    return (error as Error).message;
  }
  return null;
};

describe('an article’s bytes as text', () => {
  it('is the text, without a byte-order mark at its start (one elsewhere is kept)', () => {
    expect(articleFromBytes(bytes('Headline\n\nBody.'), 'a.txt')).toBe('Headline\n\nBody.');
    expect(articleFromBytes(bytes('\uFEFFHeadline'), 'a.txt')).toBe('Headline');
    expect(articleFromBytes(bytes('Head\uFEFFline'), 'a.txt')).toBe('Head\uFEFFline');
  });

  it('is at most 1 MB: exactly that is read, one byte more is refused with its size', () => {
    const full = new Uint8Array(MAX_ARTICLE_BYTES).fill(0x61);
    expect(articleFromBytes(full, 'a.txt')).toHaveLength(MAX_ARTICLE_BYTES);
    const over = new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(0x61);
    expect(problem(over)).toMatch(
      new RegExp(`story\\.txt.*is ${MAX_ARTICLE_BYTES + 1} bytes; an article must be at most 1 MB of text`),
    );
  });

  it('refuses binary data, naming the byte, even at the very start', () => {
    expect(problem(new Uint8Array([0, 0x61]))).toMatch(
      /story\.txt.*not a text file \(binary data at byte 0\)/,
    );
    expect(problem(new Uint8Array([0x61, 0x62, 0]))).toMatch(/binary data at byte 2\)/);
  });

  it('refuses text that is not UTF-8, and text that is empty or only spaces', () => {
    expect(problem(new Uint8Array([0x61, 0xff, 0x62]))).toMatch(/story\.txt.*is not UTF-8 text/);
    expect(problem(bytes(''))).toMatch(/story\.txt.*is empty/);
    expect(problem(bytes(' \n\t '))).toMatch(/story\.txt.*is empty/);
  });
});
