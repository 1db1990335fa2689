import { useEffect, useRef, useState } from 'react';
import { highlightedRegionIds, regionFeature } from '../state/selectors.ts';
import { type ExplainerState, useExplainer } from '../state/store.ts';
import { eventsForRegion, passagesForRegion } from '../story/queries.ts';

const count = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** One sentence per selection, for screen readers: what the panel now shows. */
export function announcement(s: ExplainerState): string {
  const { route, story } = s;
  const region = regionFeature(s, route.region);
  if (region) {
    const passages = story ? passagesForRegion(story, region.id).length : 0;
    const events = story ? eventsForRegion(story, region.id).length : 0;
    return `${region.properties.name} selected: ${count(passages, 'passage')}, ${count(events, 'event')}.`;
  }
  if (route.story) {
    if (!story || !route.passage) return 'The story is open; the map follows as you read.';
    const at = story.passages.findIndex((p) => p.id === route.passage);
    const names = highlightedRegionIds(s).map((id) => regionFeature(s, id)?.properties.name ?? id);
    return `Passage ${at + 1} of ${story.passages.length}${names.length ? `: ${names.join(', ')}` : ''}.`;
  }
  if (route.event) return 'Event selected; its regions are highlighted on the map.';
  if (route.article) return 'The article is open.';
  return '';
}

/** Said when a selection is cleared (Escape, "All regions", the list's button pressed again). */
export const CLEARED = 'Selection cleared: all regions are shown.';

export function Announcer() {
  const message = useExplainer(announcement);
  // A selection that goes away is said too, not left as silence.
  const [cleared, setCleared] = useState(false);
  const last = useRef(message);
  useEffect(() => {
    setCleared(!message && last.current !== '');
    last.current = message;
  }, [message]);
  return (
    <p className="visually-hidden" role="status" aria-live="polite" data-announcer>
      {message || (cleared ? CLEARED : '')}
    </p>
  );
}
