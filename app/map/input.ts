/**
 * The map's connection to the store: the one selector both renderers draw from (as a feed that
 * keeps its object while nothing in it changes) and what their reports become in the store.
 */
import { POINTER_ACTIONS } from '../cartography/pointer.ts';
import { highlightedRegionIds, storyStepsShown, viewedGeoOf } from '../state/selectors.ts';
import type { ExplainerState, ExplainerStore } from '../state/store.ts';
import type { MapFeed, MapInput, MapReport } from './contract.ts';

/** What the map draws from in this state; null before the map's data has loaded. */
export function mapInputOf(s: ExplainerState): MapInput | null {
  const geo = viewedGeoOf(s);
  if (!geo) return null;
  return {
    geo,
    highlighted: highlightedRegionIds(s),
    hovered: s.hoveredRegionId,
    storySteps: storyStepsShown(s),
    storyMode: !!s.route.story,
    frameRequests: s.frameRequests,
    urlRead: s.urlRead,
  };
}

export function sameInput(a: MapInput, b: MapInput): boolean {
  return (
    a.geo === b.geo &&
    a.highlighted.join() === b.highlighted.join() &&
    a.hovered === b.hovered &&
    a.storySteps === b.storySteps &&
    a.storyMode === b.storyMode &&
    a.frameRequests === b.frameRequests &&
    a.urlRead === b.urlRead
  );
}

/** The store as a map feed. The map is shown only once its data is in the store. */
export function mapFeed(store: ExplainerStore): MapFeed {
  let last: MapInput | null = null;
  return {
    read() {
      const next = mapInputOf(store.getState());
      if (!next) throw new Error('the map was shown before its data was loaded');
      if (!last || !sameInput(last, next)) last = next;
      return last;
    },
    subscribe: (listener) => store.subscribe(listener),
  };
}

/** A renderer's reports, carried out on the store: gestures through the pointer table both renderers share. */
export function reportTo(store: ExplainerStore): (report: MapReport) => void {
  return (report) => {
    const s = store.getState();
    if ('gesture' in report) POINTER_ACTIONS[report.gesture](report.region, s);
    else if ('problem' in report) s.reportProblem(report.problem);
    // A failed map stays failed: the drawing it fell back to keeps the reader's place.
    else if (!(report.status === 'idle' && s.mapStatus === 'failed')) s.setMapStatus(report.status);
  };
}
