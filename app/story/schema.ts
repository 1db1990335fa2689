/**
 * The content model (PRODUCT.md, "Content model"): the article's passages, the regions each
 * concerns (explicit mentions with their character ranges, curated implicit references), and
 * the events it reports. The authoring tool writes this shape and the app reads it; both
 * check it with `parseStory`, which also checks what a shape cannot: every range marks the
 * text it claims, every reference resolves, every region exists on the map.
 */
import * as z from 'zod/mini';

const regionId = z
  .string()
  .check(z.regex(/^[a-z][a-z0-9-]*$/, 'a region id is lower-case words joined by "-"'));
const passageId = z
  .string()
  .check(z.regex(/^p\d+$/, 'a passage id is "p" and a number (p0 is the headline)'));

/** Whether a person has checked it (`curated`) or the tool suggested it and nobody has yet. */
const review = z.enum(['curated', 'proposed']);

export const mentionSchema = z.object({
  region: regionId,
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.positive()),
  text: z.string().check(z.minLength(1)),
});

export const implicitSchema = z.object({
  region: regionId,
  /** The words that refer to the region without naming it ("our republic"), verbatim. */
  quote: z.string().check(z.minLength(1)),
  /** Why they refer to it, for readers and editors. */
  note: z.string().check(z.minLength(1)),
});

export const passageSchema = z.object({
  id: passageId,
  text: z.string().check(z.minLength(1)),
  mentions: z.array(mentionSchema),
  implicit: z._default(z.array(implicitSchema), []),
});

export const dateSchema = z.object({
  /** ISO 8601 at the precision known: 2008, 2017-04, 2017-04-09. */
  value: z.string().check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD')),
  /** `article`: the article states it. `editor`: added by an editor, and marked so in the page. */
  source: z.enum(['article', 'editor']),
  note: z.optional(z.string()),
});

export const eventSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'an event id is lower-case words joined by "-"')),
  summary: z.string().check(z.minLength(1)),
  regions: z.array(regionId).check(z.minLength(1)),
  passage: passageId,
  /** The time exactly as the article puts it ("in 2008", "on Tuesday"), or null when it does not. */
  when: z.nullable(z.string().check(z.minLength(1))),
  date: z.optional(dateSchema),
  review: z._default(review, 'curated'),
});

export const storySchema = z.object({
  version: z.literal(1),
  title: z.string().check(z.minLength(1)),
  /** The file the passages were taken from, verbatim. */
  source: z.string().check(z.minLength(1)),
  passages: z.array(passageSchema).check(z.minLength(1)),
  events: z.array(eventSchema),
});

export type Mention = z.infer<typeof mentionSchema>;
export type ImplicitReference = z.infer<typeof implicitSchema>;
export type Passage = z.infer<typeof passageSchema>;
export type StoryEvent = z.infer<typeof eventSchema>;
export type Story = z.infer<typeof storySchema>;

export interface Problem {
  path: PropertyKey[];
  message: string;
}

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
  });
  const events = new Set<string>();
  story.events.forEach((event, e) => {
    if (events.has(event.id)) problem(['events', e, 'id'], `duplicate event id "${event.id}"`);
    events.add(event.id);
    if (!passages.has(event.passage)) problem(['events', e, 'passage'], `no passage "${event.passage}"`);
  });
  return problems;
}

/**
 * The story schema with its cross-references checked. `regionIds` are the regions the map
 * has; pass null when the map's layers are not available, to check everything else.
 */
export function storyWithReferences(regionIds: readonly string[] | null) {
  return storySchema.check(
    z.superRefine((story, ctx) => {
      const problems = [...referenceProblems(story), ...(regionIds ? unknownRegions(story, regionIds) : [])];
      for (const { path, message } of problems) ctx.addIssue({ code: 'custom', path, message });
    }),
  );
}
