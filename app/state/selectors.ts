/** Values derived from the state, shared by the panel, the map adapter and the URL. */
import { framedRegions } from '../cartography/framing.ts';
import type { GeoData, RegionFeature } from '../geo/schema.ts';
import { passageById, regionsOfPassage } from '../story/queries.ts';
import type { Story } from '../story/schema.ts';
import { viewById, viewedGeo } from '../views/resolve.ts';
import type { View } from '../views/schema.ts';
import type { KnownIds } from './route.ts';
import type { ExplainerState } from './store.ts';

/** The regions the route concerns: the selected one, or those of an event or passage. */
function concernedRegionIds(s: ExplainerState): string[] {
  const { region, event, passage } = s.route;
  if (s.route.story) return s.story && passage ? storyRegions(s.story, passage) : [];
  if (region) return [region];
  if (event) return s.story?.events.find((e) => e.id === event)?.regions ?? [];
  if (passage && s.story) {
    const found = passageById(s.story, passage);
    return found ? [...regionsOfPassage(found)] : [];
  }
  return [];
}

/**
 * The regions the map highlights and frames: the smallest of those the route concerns
 * (cartography/framing.ts, `framedRegions`): a passage about Moscow and Tskhinvali shows South
 * Ossetia, with Russia around it, not tinted over it.
 */
export function highlightedRegionIds(s: ExplainerState): string[] {
  const ids = concernedRegionIds(s);
  return s.geo ? framedRegions(s.geo, ids).map((f) => f.id) : ids;
}

/** Whether the story steps sit over the map's foot (story mode with its story): the framing and the names leave them room. */
export function storyStepsShown(s: ExplainerState): boolean {
  return !!s.route.story && !!s.story;
}

export function regionFeature(s: ExplainerState, id: string | null): RegionFeature | null {
  return (id && viewedGeoOf(s)?.regions.features.find((f) => f.id === id)) || null;
}

export function regionName(s: ExplainerState, id: string): string {
  return regionFeature(s, id)?.properties.name ?? id;
}

/** The ids a URL may name: the map's selectable regions, the story's passages and events. */
export function knownIds(s: ExplainerState): KnownIds {
  const fromMap = s.geo?.regions.features.filter((f) => f.properties.clickable).map((f) => f.id);
  const fromStory = s.story?.passages.flatMap((p) => p.mentions.map((m) => m.region));
  return {
    regions: new Set(fromMap ?? fromStory ?? []),
    passages: new Set(s.story?.passages.map((p) => p.id) ?? []),
    events: new Set(s.story?.events.map((e) => e.id) ?? []),
    views: new Set(s.views?.views.map((x) => x.id) ?? []),
  };
}

/** Today's date, YYYY-MM-DD. */
const today = () => new Date().toISOString().slice(0, 10);

/** The date the point of view is shown at: the article's publication date, or today. */
export function viewDate(s: ExplainerState): string {
  const published = s.story?.publication?.published.value;
  return s.route.today || !published ? today() : published;
}

/** The point of view the reader chose (the explainer's own until they choose), once loaded. */
export function currentView(s: ExplainerState): View | null {
  return s.views ? viewById(s.views, s.route.view ?? null) : null;
}

let memo: { geo: GeoData; view: View; date: string; result: GeoData } | null = null;

/** The map's data as the chosen point of view draws and names it; the same object while nothing changes. */
export function viewedGeoOf(s: ExplainerState): GeoData | null {
  const view = currentView(s);
  if (!s.geo || !view) return s.geo;
  const date = viewDate(s);
  if (memo?.geo !== s.geo || memo.view !== view || memo.date !== date)
    memo = { geo: s.geo, view, date, result: viewedGeo(s.geo, view, date) };
  return memo.result;
}

/**
 * In story mode, what the map shows at a passage: the regions it concerns (named or implied),
 * or, for a passage that concerns none, those of the last one before it that did.
 */
export function storyRegions(story: Story, passage: string): string[] {
  const at = story.passages.findIndex((p) => p.id === passage);
  for (const found of story.passages.slice(0, at + 1).reverse()) {
    const ids = [...regionsOfPassage(found)];
    if (ids.length) return ids;
  }
  return [];
}
