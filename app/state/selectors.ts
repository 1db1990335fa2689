/** Values derived from the state, shared by the panel, the map adapter and the URL. */
import type { RegionFeature } from '../geo/schema.ts';
import { passageById, regionsOfPassage } from '../story/queries.ts';
import type { KnownIds } from './route.ts';
import type { ExplainerState } from './store.ts';

/** The regions the map highlights and frames: the selected one, or those of an event or passage. */
export function highlightedRegionIds(s: ExplainerState): string[] {
  const { region, event, passage } = s.route;
  if (region) return [region];
  if (event) return s.story?.events.find((e) => e.id === event)?.regions ?? [];
  if (passage && s.story) {
    const found = passageById(s.story, passage);
    return found ? [...regionsOfPassage(found)] : [];
  }
  return [];
}

export function regionFeature(s: ExplainerState, id: string | null): RegionFeature | null {
  return (id && s.geo?.regions.features.find((f) => f.id === id)) || null;
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
  };
}
