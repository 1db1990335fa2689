/**
 * An editor's work on one article, kept apart from what the tool finds so that re-running
 * the tool never loses it: implicit references, added and rejected mentions, the events, the
 * publication (publisher, date, address) and the dates of relative times.
 */
import * as v from 'valibot';
import { dateSchema, eventSchema } from '../app/story/schema.ts';

const passageId = v.pipe(v.string(), v.regex(/^p\d+$/, 'a passage id is "p" and a number'));
const text = v.pipe(v.string(), v.minLength(1));
const listOf = <T extends v.GenericSchema>(item: T) => v.optional(v.array(item), []);

export const overridesSchema = v.object({
  $comment: v.optional(v.string()),
  implicit: listOf(v.object({ passage: passageId, region: text, quote: text, note: text })),
  /** Words the gazetteer does not know that name a region in this article (a village, a district). */
  mentions: listOf(v.object({ passage: passageId, region: text, text })),
  /** Gazetteer matches that are not mentions of the region in this article. */
  rejectedMentions: listOf(v.object({ passage: passageId, region: text, text })),
  /** Events written by an editor. */
  events: listOf(eventSchema),
  /** Proposed events accepted, by id, with any edits. */
  acceptedEvents: listOf(
    v.object({
      id: text,
      summary: v.optional(text),
      regions: v.optional(v.pipe(v.array(text), v.minLength(1))),
      when: v.optional(v.nullable(text)),
      whenBy: v.optional(v.picklist(['article', 'editor'])),
      date: v.optional(dateSchema),
    }),
  ),
  /** Proposed events that are not events, by id. */
  rejectedEvents: listOf(text),
  /** Who published the article and when: the page's byline. */
  publication: v.optional(
    v.object({
      publisher: text,
      published: dateSchema,
      url: v.optional(v.pipe(v.string(), v.regex(/^https?:\/\/\S+$/, 'expected an http(s) address'))),
    }),
  ),
  /** Lines a furniture rule would drop that are the article's text (by their trimmed words). */
  keptLines: listOf(text),
  /** Relative times ("on Tuesday") and the dates they mean, shown beside the words. */
  dates: listOf(v.object({ passage: passageId, quote: text, date: dateSchema })),
});

export type Overrides = v.InferOutput<typeof overridesSchema>;

export const NO_OVERRIDES: Overrides = {
  implicit: [],
  mentions: [],
  rejectedMentions: [],
  events: [],
  acceptedEvents: [],
  rejectedEvents: [],
  dates: [],
  keptLines: [],
};
