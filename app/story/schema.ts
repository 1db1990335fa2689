/**
 * The content model (docs/design.md, "Content model"): the article's passages, the regions each
 * concerns (explicit mentions with their character ranges, curated implicit references), and
 * the events it reports. The authoring tool writes this shape and the app reads it; both
 * check it with `checkStory`, which also checks what a shape cannot: every range marks the
 * text it claims, every reference resolves, every region exists on the map.
 */
import * as v from 'valibot';
import { type Checked, check, type Problem } from '../data/validate.ts';
import { STORY_LIMITS, withCommas } from './limits.ts';

export { STORY_LIMITS };

const L = STORY_LIMITS;
const atMost = (limit: number, what: string) => `at most ${withCommas(limit)} ${what} (the story limit)`;

/** A non-empty string of at most `limit` characters: every string in a story has one. */
const text = (limit: number, what: string) =>
  v.pipe(v.string(), v.minLength(1), v.maxLength(limit, atMost(limit, `characters in ${what}`)));
/** A list of at most `limit` items. */
const list = <S extends v.GenericSchema>(item: S, limit: number, what: string) =>
  v.pipe(v.array(item), v.maxLength(limit, atMost(limit, what)));

const id = (pattern: RegExp, rule: string) =>
  v.pipe(
    v.string(),
    v.maxLength(L.idCharacters, atMost(L.idCharacters, 'characters in an id')),
    v.regex(pattern, rule),
  );
const regionId = id(/^[a-z][a-z0-9-]*$/, 'a region id is lower-case words joined by "-"');
const passageId = id(/^p\d+$/, 'a passage id is "p" and a number (p0 is the headline)');
const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(L.charactersPerPassage));

/** Whether a person has checked it (`curated`) or the tool suggested it and nobody has yet. */
const review = v.picklist(['curated', 'proposed']);

export const dateSchema = v.object({
  /** ISO 8601 at the precision known: 2008, 2017-04, 2017-04-09. */
  value: v.pipe(v.string(), v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD')),
  /** `article`: the article states it. `editor`: added by an editor, and marked so in the page. */
  source: v.picklist(['article', 'editor']),
  note: v.optional(text(L.noteCharacters, 'a note')),
});

/**
 * A relative time in a passage ("on Tuesday", "this month") and the date it means, which the
 * editor adds where the publication date makes it certain; shown beside the words, marked as
 * the editor's.
 */
const datedSchema = v.object({
  /** The words, verbatim, as they appear in the passage. */
  quote: text(L.quoteCharacters, 'a quote'),
  date: dateSchema,
});

const mentionSchema = v.object({
  region: regionId,
  start: count,
  end: v.pipe(count, v.minValue(1)),
  text: text(L.quoteCharacters, 'a mention'),
});

const implicitSchema = v.object({
  region: regionId,
  /** The words that refer to the region without naming it ("our republic"), verbatim. */
  quote: text(L.quoteCharacters, 'a quote'),
  /** Why they refer to it, for readers and editors. */
  note: text(L.noteCharacters, 'a note'),
});

const passageSchema = v.object({
  id: passageId,
  text: text(L.charactersPerPassage, 'a passage'),
  mentions: list(mentionSchema, L.mentionsPerPassage, 'mentions in a passage'),
  dates: v.optional(list(datedSchema, L.datesPerPassage, 'dated phrases in a passage')),
  implicit: v.optional(list(implicitSchema, L.implicitPerPassage, 'implicit references in a passage'), []),
});

export const eventSchema = v.object({
  id: id(/^[a-z0-9][a-z0-9-]*$/, 'an event id is lower-case words joined by "-"'),
  summary: text(L.summaryCharacters, "an event's summary"),
  regions: v.pipe(list(regionId, L.regionsPerEvent, 'regions in an event'), v.minLength(1)),
  passage: passageId,
  /** The time exactly as the article puts it ("in 2008", "on Tuesday"), or null when it does not. */
  when: v.nullable(text(L.whenCharacters, "an event's time")),
  /** `editor` when `when` is an editor's words rather than the article's (the page says so). */
  whenBy: v.optional(v.picklist(['article', 'editor'])),
  date: v.optional(dateSchema),
  review: v.optional(review, 'curated'),
});

const storySchema = v.object({
  version: v.literal(1),
  title: text(L.titleCharacters, 'the title'),
  /** The file the passages were taken from, verbatim. */
  source: text(L.nameCharacters, 'the source'),
  /** Who published the article, when and where: the page's byline and source line. */
  publication: v.optional(
    v.object({
      publisher: text(L.nameCharacters, "the publisher's name"),
      /** `article` when the text states it; `editor` when an editor found it elsewhere (the note says where). */
      published: dateSchema,
      url: v.optional(
        v.pipe(
          text(L.urlCharacters, 'the address'),
          v.regex(/^https?:\/\/\S+$/, 'expected an http(s) address'),
        ),
      ),
    }),
  ),
  // The limits on the number of passages and events are checked before the schema (overLongLists).
  passages: v.pipe(
    v.array(passageSchema),
    v.minLength(1),
    v.check(
      (passages) => passages.reduce((sum, p) => sum + p.text.length, 0) <= L.charactersInAll,
      atMost(L.charactersInAll, 'characters of text in all'),
    ),
    v.check(
      (passages) => passages.reduce((sum, p) => sum + p.mentions.length, 0) <= L.mentionsInAll,
      atMost(L.mentionsInAll, 'mentions in all'),
    ),
  ),
  events: v.array(eventSchema),
});

export type Mention = v.InferOutput<typeof mentionSchema>;
export type ImplicitReference = v.InferOutput<typeof implicitSchema>;
export type DatedPhrase = v.InferOutput<typeof datedSchema>;
export type StoryDate = v.InferOutput<typeof dateSchema>;
export type Passage = v.InferOutput<typeof passageSchema>;
export type StoryEvent = v.InferOutput<typeof eventSchema>;
export type Story = v.InferOutput<typeof storySchema>;

/** Every place the story names a region, with its path in the file. */
function regionUses(story: Story): { id: string; path: PropertyKey[] }[] {
  return [
    ...story.passages.flatMap((passage, p) => [
      ...passage.mentions.map((m, i) => ({ id: m.region, path: ['passages', p, 'mentions', i, 'region'] })),
      ...passage.implicit.map((r, i) => ({ id: r.region, path: ['passages', p, 'implicit', i, 'region'] })),
    ]),
    ...story.events.flatMap((event, e) =>
      event.regions.map((id, r) => ({ id, path: ['events', e, 'regions', r] })),
    ),
  ];
}

/** Regions the story names that the map does not have: checked once the map's layers are in. */
export function unknownRegions(story: Story, regionIds: readonly string[]): Problem[] {
  const known = new Set(regionIds);
  return regionUses(story)
    .filter(({ id }) => !known.has(id))
    .map(({ id, path }) => ({
      path,
      message: `unknown region "${id}" (the map has ${[...known].join(', ')})`,
    }));
}

/** What a shape cannot say: ranges mark their text, quotes are in their passage, references resolve. */
function referenceProblems(story: Story): Problem[] {
  const problems: Problem[] = [];
  const problem = (path: PropertyKey[], message: string) => problems.push({ path, message });
  const passages = new Set<string>();
  story.passages.forEach((passage, p) => {
    if (passages.has(passage.id)) problem(['passages', p, 'id'], `duplicate passage id "${passage.id}"`);
    passages.add(passage.id);
    let previousEnd = 0;
    passage.mentions.forEach((m, i) => {
      const at = ['passages', p, 'mentions', i];
      if (m.end <= m.start || m.end > passage.text.length) {
        problem(at, `range ${m.start}–${m.end} is outside the passage (length ${passage.text.length})`);
      } else if (passage.text.slice(m.start, m.end) !== m.text) {
        problem(
          at,
          `range ${m.start}–${m.end} marks "${passage.text.slice(m.start, m.end)}", not "${m.text}"`,
        );
      }
      if (m.start < previousEnd) problem(at, 'mentions must be in text order and must not overlap');
      previousEnd = m.end;
    });
    passage.implicit.forEach((r, i) => {
      if (!passage.text.includes(r.quote)) {
        problem(['passages', p, 'implicit', i, 'quote'], `"${r.quote}" is not in the passage's text`);
      }
    });
    (passage.dates ?? []).forEach((d, i) => {
      if (!passage.text.includes(d.quote)) {
        problem(['passages', p, 'dates', i, 'quote'], `"${d.quote}" is not in the passage's text`);
      }
    });
  });
  const events = new Set<string>();
  story.events.forEach((event, e) => {
    if (events.has(event.id)) problem(['events', e, 'id'], `duplicate event id "${event.id}"`);
    events.add(event.id);
    const passage = story.passages.find((p) => p.id === event.passage);
    if (!passage) problem(['events', e, 'passage'], `no passage "${event.passage}"`);
    else if (
      event.when &&
      event.whenBy !== 'editor' &&
      !passage.text.toLowerCase().includes(event.when.toLowerCase())
    ) {
      problem(
        ['events', e, 'when'],
        `"${event.when}" is not in passage ${event.passage}: quote the article's words, or mark them "whenBy": "editor"`,
      );
    }
  });
  return problems;
}

/**
 * The top-level lists over their limits, before any of their items is checked: the schema
 * checks a list's length only after every item (10,000 events took most of a second).
 */
function overLongLists(input: unknown): Problem[] {
  if (typeof input !== 'object' || input === null) return [];
  const lists = input as { passages?: unknown; events?: unknown };
  return (
    [
      ['passages', lists.passages, L.passages],
      ['events', lists.events, L.events],
    ] as const
  )
    .filter(([, list, limit]) => Array.isArray(list) && list.length > limit)
    .map(([key, , limit]) => ({ path: [key], message: atMost(limit, key) }));
}

/**
 * The story in `input`, its shape and its cross-references checked. `regionIds` are the
 * regions the map has; pass null when the map's layers are not available, to check
 * everything else.
 */
export function checkStory(input: unknown, regionIds: readonly string[] | null): Checked<Story> {
  const crowded = overLongLists(input);
  if (crowded.length) return { ok: false, problems: crowded };
  const checked = check(storySchema, input);
  if (!checked.ok) return checked;
  const story = checked.value;
  const problems = [...referenceProblems(story), ...(regionIds ? unknownRegions(story, regionIds) : [])];
  return problems.length ? { ok: false, problems } : checked;
}
