/**
 * The shape of public/data/views.json: for each party, how it draws and names each disputed
 * area, from which date, and on what authority. Checked when the app loads it and in tests.
 */
import * as v from 'valibot';

const nonEmpty = v.pipe(v.string(), v.minLength(1));
const id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'expected a lower-case id'));
/** ISO 8601 at the precision known: 2019-08 holds from the month's first day. */
export const isoDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD'),
);

const source = v.object({
  /** The act, resolution or statement, with its date. */
  title: nonEmpty,
  url: v.optional(v.pipe(v.string(), v.url('expected a full https:// address'))),
});

const entry = v.pipe(
  v.object({
    /** The date from which the entry holds. */
    from: isoDate,
    /** Filled as part of the state in `of`, as a state of its own, or hatched as disputed. */
    drawn: v.picklist(['part-of', 'state', 'disputed']),
    of: v.optional(id),
    /** The name the party uses. */
    name: nonEmpty,
    /** A few words for the legend: what the party calls this status. */
    term: nonEmpty,
    /** One line for the panel, in the party's own (quoted) words. */
    status: nonEmpty,
    source,
    /** How Natural Earth's point of view for this party compares, where it has one. */
    naturalEarth: v.optional(nonEmpty),
  }),
  v.check(
    (e) => (e.drawn === 'part-of') === (e.of !== undefined),
    "'of' names the state, for 'part-of' only",
  ),
);

const view = v.object({
  id,
  /** Whose view, as a sentence says it: "Russia", "the UN General Assembly". */
  party: nonEmpty,
  /** The switch's short label. */
  label: nonEmpty,
  /**
   * What the view draws, in one sentence, in date order: each holds from `from` until the
   * next, so the line under the switch is true as of the article's date and as of today.
   */
  summary: v.pipe(v.array(v.object({ from: isoDate, text: nonEmpty })), v.minLength(1)),
  /** Natural Earth's point-of-view code for this party (its ADM0_A3_XX fields), if it has one. */
  naturalEarth: v.nullable(v.picklist(['RU', 'UA'])),
  regions: v.record(id, v.pipe(v.array(entry), v.minLength(1))),
});

export const viewsSchema = v.pipe(
  v.object({
    about: v.optional(v.string()),
    views: v.pipe(v.array(view), v.minLength(1)),
  }),
  v.check((d) => d.views[0]?.id === 'explainer', "the first view is the explainer's own ('explainer')"),
  v.check((d) => new Set(d.views.map((x) => x.id)).size === d.views.length, 'two views share an id'),
  v.check(
    (d) =>
      d.views.every((x) =>
        Object.values(x.regions).every((entries) =>
          entries.every((e, i) => i === 0 || (entries[i - 1]?.from ?? '') < e.from),
        ),
      ),
    "a region's entries are in date order, one per date",
  ),
);

export type ViewsData = v.InferOutput<typeof viewsSchema>;
export type View = ViewsData['views'][number];
export type ViewEntry = View['regions'][string][number];
