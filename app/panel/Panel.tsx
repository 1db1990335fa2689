import { ErrorBoundary } from '../ErrorBoundary.tsx';
import { onDemand, useOnDemand } from '../onDemand.ts';
import { regionFeature } from '../state/selectors.ts';
import { useExplainer } from '../state/store.ts';
import type { Story } from '../story/schema.ts';
import { EventPanel } from './EventPanel.tsx';
import { RegionPanel } from './RegionPanel.tsx';

/** The whole article is not needed for the first view: it loads when a reader opens it. */
const articleViewCode = onDemand(() => import('./ArticleView.tsx'));

function LoadedArticleView({ story, focusedPassage }: { story: Story; focusedPassage: string | null }) {
  const ArticleView = useOnDemand(articleViewCode)?.ArticleView;
  if (!ArticleView) return <p className="panel">Loading the article…</p>;
  return <ArticleView story={story} focusedPassage={focusedPassage} />;
}

/** The panel beside the map: whatever the route says, or how to start. */
export function Panel() {
  const route = useExplainer((s) => s.route);
  const story = useExplainer((s) => s.story);
  const region = useExplainer((s) => regionFeature(s, s.route.region));
  const event = story && route.event ? story.events.find((e) => e.id === route.event) : undefined;

  if (region) return <RegionPanel region={region.properties} story={story} focusedPassage={route.passage} />;
  if (event && story) return <EventPanel event={event} story={story} />;
  if (route.article && story) {
    return (
      <ErrorBoundary part="The article">
        <LoadedArticleView story={story} focusedPassage={route.passage} />
      </ErrorBoundary>
    );
  }
  return (
    <section className="panel" data-panel="intro" aria-labelledby="panel-title">
      <h2 id="panel-title" tabIndex={-1}>
        What the article says, place by place
      </h2>
      <p>
        Select a region on the map or in the list to read the passages of the article that concern it and the
        events it reports. Every place name in the text is a button that shows it on the map.
      </p>
    </section>
  );
}
