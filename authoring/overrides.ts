/**
 * An editor's work on one article, kept apart from what the tool finds so that re-running
 * the tool never loses it: implicit references, rejected mentions, and the events.
 */
import * as z from 'zod/mini';
import { dateSchema, eventSchema } from '../app/story/schema.ts';

const passageId = z.string().check(z.regex(/^p\d+$/, 'a passage id is "p" and a number'));
const text = z.string().check(z.minLength(1));
const listOf = <T extends z.ZodMiniType>(item: T) => z._default(z.array(item), []);

export const overridesSchema = z.object({
  $comment: z.optional(z.string()),
  implicit: listOf(z.object({ passage: passageId, region: text, quote: text, note: text })),
  /** Gazetteer matches that are not mentions of the region in this article. */
  rejectedMentions: listOf(z.object({ passage: passageId, region: text, text })),
  /** Events written by an editor. */
  events: listOf(eventSchema),
  /** Proposed events accepted, by id, with any edits. */
  acceptedEvents: listOf(
    z.object({
      id: text,
      summary: z.optional(text),
      regions: z.optional(z.array(text).check(z.minLength(1))),
      when: z.optional(z.nullable(text)),
      date: z.optional(dateSchema),
    }),
  ),
  /** Proposed events that are not events, by id. */
  rejectedEvents: listOf(text),
});

export type Overrides = z.infer<typeof overridesSchema>;

export const NO_OVERRIDES: Overrides = {
  implicit: [],
  rejectedMentions: [],
  events: [],
  acceptedEvents: [],
  rejectedEvents: [],
};
