/**
 * What a story may hold, in one place: the file's size, every list's length and every
 * string's. A 10,000-word long read (about 60,000 characters; the seed article has 4,000 in
 * 18 passages) fits with room; nothing larger is parsed or drawn. A passage is a paragraph:
 * 5,000 characters and 100 mentions (the seed's longest has 400 characters), so the first
 * passage of a region's panel paints in the click's frame and a click stays near 100 ms with
 * everything at its limit at once (20,000 made the first click 190 ms; `npm run bench`).
 * Kept apart from the schema so the first view can refuse an oversized file without loading
 * the checks.
 */
/** Bytes of the story file, refused before it is parsed (on its own: the first view's code needs only this). */
export const STORY_FILE_BYTES = 2_000_000;

export const STORY_LIMITS = {
  fileBytes: STORY_FILE_BYTES,
  passages: 500,
  charactersPerPassage: 5_000,
  charactersInAll: 60_000,
  mentionsPerPassage: 100,
  mentionsInAll: 1_000,
  implicitPerPassage: 100,
  datesPerPassage: 100,
  events: 200,
  regionsPerEvent: 20,
  titleCharacters: 500,
  /** The file the passages came from, and the publisher's name. */
  nameCharacters: 200,
  /** An event's summary. */
  summaryCharacters: 280,
  /** An event's time in the article's words ("about a week before the meeting"). */
  whenCharacters: 200,
  /** A mention's text, a quoted phrase. */
  quoteCharacters: 300,
  /** Why an implicit reference means its region, a date's note. */
  noteCharacters: 600,
  urlCharacters: 2_000,
  idCharacters: 64,
} as const;

/** 60000 → "60,000" (not toLocaleString, whose first call loads the locale data: 60 ms on a phone). */
export const withCommas = (x: number) => String(x).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
