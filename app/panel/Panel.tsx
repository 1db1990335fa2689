import { useEffect, useRef } from 'react';
import { afterPaint } from '../afterPaint.ts';
import { ErrorBoundary } from '../ErrorBoundary.tsx';
import { onDemand, useOnDemand } from '../onDemand.ts';
import { partReady } from '../ready.ts';
import { regionFeature } from '../state/selectors.ts';
import { store, useExplainer } from '../state/store.ts';
import type { Story } from '../story/schema.ts';
import { backToAllRegions } from './clearing.ts';
import { EventPanel } from './EventPanel.tsx';
import { RegionPanel } from './RegionPanel.tsx';
import { bringHeadingIntoView } from './scroll.ts';

/** The whole article is not needed for the first view: it loads when a reader opens it. */
const articleViewCode = onDemand(() => import('./ArticleView.tsx'));

function LoadedArticleView({ story, focusedPassage }: { story: Story; focusedPassage: string | null }) {
  const ArticleView = useOnDemand(articleViewCode)?.ArticleView;
  // A heading in the article's place at once, so a reader who opened it sees where it comes.
  if (!ArticleView)
    return (
      <section className="panel" aria-labelledby="panel-title">
        <h2 id="panel-title" tabIndex={-1}>
          The article
        </h2>
        <p>Loading the article…</p>
      </section>
    );
  return <ArticleView story={story} focusedPassage={focusedPassage} />;
}

/** Story mode's code (the reading position, the timeline) loads when a reader opens it. */
const storyViewCode = onDemand(() => import('./StoryView.tsx'));

function LoadedStoryView({ story, current }: { story: Story; current: string | null }) {
  const StoryView = useOnDemand(storyViewCode)?.StoryView;
  if (!StoryView)
    return (
      <section className="panel" aria-labelledby="panel-title">
        <h2 id="panel-title" tabIndex={-1}>
          The story, with the map
        </h2>
        <p>Loading the story…</p>
      </section>
    );
  return <StoryView story={story} current={current} />;
}

/**
 * When the reader chooses something new (a region, an event, the article), its heading comes
 * into view, not on the first render. A region chosen from a mention keeps that passage
 * marked, but its heading is what comes into view; in the Article view a passage in focus
 * ("Read the passage") is brought into view instead.
 */
function useHeadingInView(key: string, passageInArticle: boolean): void {
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` names what the reader chose; the effect runs when it changes.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (passageInArticle) return;
    // After the panel has painted: measuring it at once would make the click wait for a layout.
    return afterPaint(() => {
      const heading = document.getElementById('panel-title');
      if (heading) bringHeadingIntoView(heading);
    });
  }, [key, passageInArticle]);
}

/**
 * The panel's part of the first view is ready once the URL has been read and the heading of
 * what it opened has come into view: the same frame and task order as that scroll (declared
 * after it, so its frame and task come first).
 */
function usePanelReady(): void {
  const urlRead = useExplainer((s) => s.urlRead);
  useEffect(() => {
    if (!urlRead) return;
    return afterPaint(() => partReady('panel'));
  }, [urlRead]);
}

/** The panel beside the map: whatever the route says, or how to start. */
export function Panel() {
  const route = useExplainer((s) => s.route);
  useHeadingInView(
    `${route.region}|${route.event}|${route.article}|${route.story ?? false}`,
    // A passage in the article or in the story is brought into view by its view instead.
    (route.article || (route.story ?? false)) && route.passage !== null,
  );
  usePanelReady();
  const story = useExplainer((s) => s.story);
  const region = useExplainer((s) => regionFeature(s, s.route.region));
  const event = story && route.event ? story.events.find((e) => e.id === route.event) : undefined;

  if (route.story && story)
    return (
      <ErrorBoundary part="The story">
        <LoadedStoryView story={story} current={route.passage} />
      </ErrorBoundary>
    );
  const shown = region ? (
    <RegionPanel region={region.properties} story={story} focusedPassage={route.passage} />
  ) : event && story ? (
    <EventPanel event={event} story={story} />
  ) : route.article && story ? (
    <ErrorBoundary part="The article">
      <LoadedArticleView story={story} focusedPassage={route.passage} />
    </ErrorBoundary>
  ) : null;
  if (shown)
    return (
      <>
        <button type="button" className="panel__back" onClick={backToAllRegions}>
          All regions
        </button>
        {shown}
      </>
    );
  return (
    <section className="panel" data-panel="intro" aria-labelledby="panel-title">
      <h2 id="panel-title" tabIndex={-1}>
        What the article says, place by place
      </h2>
      <p>
        Select a region on the map or in the list to read the passages of the article that concern it and the
        events it reports. Every place name in the text is a button that shows it on the map.
      </p>
      {story && (
        <p>
          Or{' '}
          <button type="button" className="link-button" onClick={() => store.getState().readStory()}>
            read the story
          </button>{' '}
          from the top, the map following as you go.
        </p>
      )}
    </section>
  );
}
