/**
 * What the reader is looking at, as the URL hash says it: `#region=crimea`,
 * `#region=crimea&passage=p17` (a region, one of its passages in focus), `#passage=p17`
 * (the article at a passage), `#event=crimea-annexation`, `#article`; any of them with a point of view,
 * `&view=russia`, shown as of the article's date or, with `&asof=today`, as of today. Ids
 * that the data does not know are dropped, never shown or thrown.
 */
import { DEFAULT_VIEW } from '../views/resolve.ts';

export interface Route {
  region: string | null;
  passage: string | null;
  event: string | null;
  /** The whole article is open (always, when a passage is in focus without a region). */
  article: boolean;
  /**
   * Story mode (`#story`, `#story=p9`): the article read top to bottom with the map
   * following; `passage` is the one at the reading position.
   */
  story?: boolean;
  /** Whose map (views.json); none is the explainer's own. Kept when the reader selects. */
  view?: string | null;
  /** The view as of today, not as of the article's date. */
  today?: boolean;
}

export const EMPTY_ROUTE: Route = { region: null, passage: null, event: null, article: false };

/** The point-of-view part of a route, present only when it says something. */
export function viewOf(view: string | null | undefined, today: boolean): Pick<Route, 'view' | 'today'> {
  return { ...(view ? { view } : {}), ...(today ? { today } : {}) };
}

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/**
 * Marks a host adds to the frame's address, not part of the route: AMP's `amp=1`, and
 * WordPress's `#?secret=…` (after the route's own fragment, if any). embed/hosts.ts reads them.
 */
const HOST_MARKS = /(?:^|#)\?secret=[A-Za-z0-9]*|(?:^|&)amp=1(?=&|$)/g;

export function parseHash(hash: string): Route {
  const params = new URLSearchParams(hash.replace(/^#/, '').replace(HOST_MARKS, ''));
  const id = (key: string) => {
    const value = params.get(key) ?? '';
    return ID.test(value) ? value : null;
  };
  const seenFrom = viewOf(id('view'), params.get('asof') === 'today');
  if (params.has('story'))
    return { ...EMPTY_ROUTE, passage: params.get('story') ? id('story') : null, story: true, ...seenFrom };
  const region = id('region');
  const passage = id('passage');
  const event = region ? null : id('event');
  return {
    region,
    passage,
    event,
    article: !region && !event && (params.has('article') || passage !== null),
    ...seenFrom,
  };
}

export function formatHash(route: Route): string {
  const parts: string[] = [];
  if (route.story) parts.push(route.passage ? `story=${route.passage}` : 'story');
  else {
    if (route.region) parts.push(`region=${route.region}`);
    if (route.event) parts.push(`event=${route.event}`);
    if (route.passage) parts.push(`passage=${route.passage}`);
    if (route.article && !route.passage && !route.region && !route.event) parts.push('article');
  }
  if (route.view && route.view !== DEFAULT_VIEW) parts.push(`view=${route.view}`);
  if (route.today) parts.push('asof=today');
  return parts.length ? `#${parts.join('&')}` : '';
}

export interface KnownIds {
  regions: ReadonlySet<string>;
  passages: ReadonlySet<string>;
  events: ReadonlySet<string>;
  views?: ReadonlySet<string>;
}

/** The route with every id the data does not know removed. */
export function knownOnly(route: Route, known: KnownIds): Route {
  const passage = route.passage && known.passages.has(route.passage) ? route.passage : null;
  const seenFrom = viewOf(
    route.view && known.views?.has(route.view) ? route.view : null,
    route.today ?? false,
  );
  if (route.story) return { ...EMPTY_ROUTE, passage, story: true, ...seenFrom };
  const region = route.region && known.regions.has(route.region) ? route.region : null;
  const event = !region && route.event && known.events.has(route.event) ? route.event : null;
  return {
    region,
    passage,
    event,
    // A link to an unknown passage opens nothing, not the article at no passage.
    article: !region && !event && (passage !== null || (route.article && route.passage === null)),
    ...seenFrom,
  };
}

export function sameRoute(a: Route, b: Route): boolean {
  return formatHash(a) === formatHash(b);
}
