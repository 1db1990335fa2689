/**
 * Which files the built first view was drawn from, and a fingerprint of each (FNV-1a, 32 bits,
 * over the file's text): the build writes them into the page (`data-built`), and the browser
 * hydrates that markup only when the files it loaded have the same ones. A file changed
 * after the build (or replaced by a test) means the markup is not what React would render:
 * the page is then rendered afresh instead (app/main.tsx).
 */

/** The files the first view shows, relative to the pages. */
export const FIRST_VIEW_FILES = [
  'data/regions.geojson',
  'data/borders.geojson',
  'data/places.geojson',
  'data/views.json',
  'content/article.json',
] as const;

export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

const baseName = (url: string) => url.replace(/^.*\//, '');

/** Each loaded file's fingerprint, by name. */
const loaded = new Map<string, string>();

export function noteLoaded(url: string, text: string): void {
  loaded.set(baseName(url), fingerprint(text));
}

/** The page's fingerprint, from what this page loaded: "-" for a file it has not. */
export function loadedFingerprint(): string {
  return FIRST_VIEW_FILES.map((file) => loaded.get(baseName(file)) ?? '-').join('.');
}

/** The build's fingerprint, from each file's text. */
export function fingerprintOf(text: (file: string) => string): string {
  return FIRST_VIEW_FILES.map((file) => fingerprint(text(file))).join('.');
}
