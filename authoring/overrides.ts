/**
 * An editor's work on one article, kept apart from what the tool finds so that re-running
 * the tool never loses it: implicit references, rejected mentions, and the events.
 */
import { z } from 'zod';
import { eventSchema } from '../app/story/schema.ts';

const passageId = z.string().regex(/^p\d+$/);

export const overridesSchema = z.object({
  $comment: z.string().optional(),
  implicit: z
    .array(
      z.object({
        passage: passageId,
        region: z.string().min(1),
        quote: z.string().min(1),
        note: z.string().min(1),
      }),
    )
    .default([]),
  /** Gazetteer matches that are not mentions of the region in this article. */
  rejectedMentions: z
    .array(z.object({ passage: passageId, region: z.string().min(1), text: z.string().min(1) }))
    .default([]),
  /** Events written by an editor. */
  events: z.array(eventSchema).default([]),
  /** Proposed events accepted, by id, with any edits (summary, regions, when, date). */
  acceptedEvents: z
    .array(
      eventSchema
        .pick({ id: true })
        .extend(eventSchema.omit({ id: true, passage: true, review: true }).partial().shape),
    )
    .default([]),
  /** Proposed events that are not events, by id. */
  rejectedEvents: z.array(z.string().min(1)).default([]),
});

export type Overrides = z.infer<typeof overridesSchema>;

export const NO_OVERRIDES: Overrides = {
  implicit: [],
  rejectedMentions: [],
  events: [],
  acceptedEvents: [],
  rejectedEvents: [],
};
