import { type KeyboardEvent, useRef } from 'react';
import type { Regions } from '../geo/schema.ts';
import { store, useExplainer } from '../state/store.ts';

const MOVES: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowDown: (i, n) => (i + 1) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  ArrowUp: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_i, n) => n - 1,
};

/** Moves keyboard focus to the panel's heading, for readers who selected from the keyboard. */
function focusPanelHeading(): void {
  document.getElementById('panel-title')?.focus();
}

/**
 * The clickable regions as real buttons (the map's content for keyboards and screen
 * readers): one Tab stop, arrow keys move between them (Home/End to the ends), Enter or
 * Space selects. Then story mode (the article with the map following) and the whole article.
 */
export function RegionList({ regions }: { regions: Regions | null }) {
  const selected = useExplainer((s) => s.route.region);
  const articleOpen = useExplainer((s) => s.route.article);
  const storyOpen = useExplainer((s) => s.route.story ?? false);
  const hasStory = useExplainer((s) => s.story !== null);
  const list = useRef<HTMLUListElement>(null);
  const clickable = regions?.features.filter((f) => f.properties.clickable) ?? [];
  const selectedName = clickable.find((f) => f.id === selected)?.properties.name;
  // The roving Tab stop: the selected region, else the first.
  const tabStop = clickable.some((f) => f.id === selected) ? selected : clickable[0]?.id;

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const move = MOVES[event.key];
    const buttons = [...(list.current?.querySelectorAll<HTMLButtonElement>('button[data-region-id]') ?? [])];
    const index = buttons.indexOf(event.currentTarget);
    if (!move || index < 0) return;
    event.preventDefault();
    const next = buttons[move(index, buttons.length)];
    for (const b of buttons) b.tabIndex = b === next ? 0 : -1;
    next?.focus();
  };

  return (
    <nav className="region-list" aria-label="Regions and article">
      <ul ref={list}>
        {clickable.map(({ properties: { id, name } }) => (
          <li key={id}>
            <button
              type="button"
              data-region-id={id}
              aria-pressed={selected === id}
              tabIndex={id === tabStop ? 0 : -1}
              onKeyDown={onKeyDown}
              onClick={() => store.getState().selectRegion(selected === id ? null : id)}
            >
              {name}
            </button>
          </li>
        ))}
        {selectedName && (
          <li className="region-list__skip">
            <button type="button" className="skip-to-panel" onClick={focusPanelHeading}>
              Read about {selectedName}
            </button>
          </li>
        )}
        {hasStory && (
          <li className="region-list__story">
            <button
              type="button"
              data-view="story"
              aria-pressed={storyOpen}
              onClick={() => {
                const s = store.getState();
                if (storyOpen) s.selectRegion(null);
                else s.readStory();
              }}
            >
              Story
            </button>
          </li>
        )}
        {hasStory && (
          <li className="region-list__article">
            <button
              type="button"
              data-view="article"
              aria-pressed={articleOpen}
              onClick={() => {
                const s = store.getState();
                if (articleOpen) s.selectRegion(null);
                else s.openArticle();
              }}
            >
              Article
            </button>
          </li>
        )}
      </ul>
    </nav>
  );
}
