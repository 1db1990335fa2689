import { useEffect } from 'react';
import type { RegionFeature } from '../geo/schema.ts';
import { currentView } from '../state/selectors.ts';
import { useExplainer } from '../state/store.ts';
import { eventsForRegion, passagesForRegion } from '../story/queries.ts';
import type { Passage, Story } from '../story/schema.ts';
import { DEFAULT_VIEW } from '../views/resolve.ts';
import { EventItem } from './EventItem.tsx';
import { PassageText } from './PassageText.tsx';
import { useProgressive } from './progressive.ts';
import { bringIntoView } from './scroll.ts';

/**
 * What a region's panel renders in the click's own frame (a whole panel of an article like the
 * seed's: its longest region has 3,400 characters); the rest follows the frame after (progressive.ts).
 */
const FIRST_CHARACTERS = 5_000;
const FIRST_EVENTS = 20;

/** How many passages fit in the first frame's characters: at least one. */
function firstPassages(passages: readonly Passage[]): number {
  let characters = 0;
  let fit = 0;
  while (fit < passages.length && characters + (passages[fit]?.text.length ?? 0) <= FIRST_CHARACTERS)
    characters += passages[fit++]?.text.length ?? 0;
  return Math.max(1, fit);
}

/** What the article says about one region: its passages in article order, then its events in time order. */
export function RegionPanel({
  region,
  story,
  focusedPassage,
}: {
  region: RegionFeature['properties'];
  story: Story | null;
  focusedPassage: string | null;
}) {
  const allPassages = story ? passagesForRegion(story, region.id) : [];
  const allEvents = story ? eventsForRegion(story, region.id) : [];
  // The first passages (through the one in focus) and events at once; the rest after that paint.
  const focusedAt = allPassages.findIndex((p) => p.id === focusedPassage) + 1;
  const passages = allPassages.slice(
    0,
    useProgressive(region.id, allPassages.length, firstPassages(allPassages), focusedAt),
  );
  const events = allEvents.slice(0, useProgressive(region.id, allEvents.length, FIRST_EVENTS));
  useFocusedPassage(focusedPassage);
  // In another party's view the status line is theirs, and says so, with its source.
  const whose = useExplainer((s) => {
    const view = currentView(s);
    return view && view.id !== DEFAULT_VIEW ? `In ${view.party}’s view` : null;
  });

  return (
    <section className="panel" data-panel="region" data-region-id={region.id} aria-labelledby="panel-title">
      <h2 id="panel-title" tabIndex={-1}>
        {region.name}
      </h2>
      <p className="panel__status">
        {whose && `${whose}: `}
        {region.status}
        {whose && region.source && (
          <>
            {' '}
            <span className="panel__source">
              (
              {region.source.url ? (
                <a href={region.source.url} rel="noopener" target="_blank">
                  {region.source.title}
                </a>
              ) : (
                region.source.title
              )}
              )
            </span>
          </>
        )}
      </p>
      {region.context && <p className="panel__context">{region.context}</p>}
      {story && passages.length === 0 && (
        <p className="panel__empty">The article does not mention {region.name}.</p>
      )}
      {passages.length > 0 && (
        <>
          <h3>What the article says</h3>
          <ol className="passages">
            {passages.map((p) => (
              <li key={p.id} data-passage-id={p.id} data-focused={p.id === focusedPassage || undefined}>
                <p>
                  <PassageText passage={p} current={region.id} />
                </p>
                {p.implicit
                  .filter((r) => r.region === region.id)
                  .map((r) => (
                    <p key={r.quote} className="passage__note">
                      “{r.quote}” refers to {region.name}: {r.note}
                    </p>
                  ))}
              </li>
            ))}
          </ol>
        </>
      )}
      {events.length > 0 && (
        <>
          <h3>Events</h3>
          <ol className="events">
            {events.map((e) => (
              <EventItem key={e.id} event={e} region={region.id} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

/**
 * Brings the passage in focus into view, without moving keyboard focus, and without ever
 * scrolling the page around an embed (see scroll.ts).
 */
export function useFocusedPassage(passage: string | null): void {
  useEffect(() => {
    if (!passage) return;
    const element = document.querySelector(`[data-passage-id="${passage}"]`);
    if (element) bringIntoView(element);
  }, [passage]);
}
