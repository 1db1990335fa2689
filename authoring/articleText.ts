/**
 * An article's bytes as text, or a ContentError naming the file and what is wrong: UTF-8, not
 * empty, not binary, at most 1 MB. The command line (files.ts) and the studio read articles
 * with it.
 */
import { ContentError } from './compose.ts';

export const MAX_ARTICLE_BYTES = 1024 * 1024;

export function articleFromBytes(bytes: Uint8Array, name: string): string {
  if (bytes.length > MAX_ARTICLE_BYTES) {
    throw new ContentError(name, `is ${bytes.length} bytes; an article must be at most 1 MB of text`);
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new ContentError(name, `is not a text file (binary data at byte ${nul})`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ContentError(name, 'is not UTF-8 text (save it as UTF-8 and try again)');
  }
  if (text.trim() === '') throw new ContentError(name, 'is empty');
  return text.replace(/^\uFEFF/, '');
}
