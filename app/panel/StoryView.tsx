/**
 * Story mode: the article top to bottom, the map following the passage at the reading
 * position. In the page the map is pinned by CSS (beside the text, or above it on phones);
 * in an embed whose host page scrolls, the map is moved down its column to stay in the
 * reader's window, from where the host says the frame is. Reading on replaces the URL's
 * passage; keys J and K, and the buttons, step passage by passage; the timeline jumps to an
 * event's passage.
 */
import { memo, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { isEmbed } from '../embed/mode.ts';
import { hostLink, type Span, watchSpan } from '../embed/viewport.ts';
import { NARROW } from '../legend/Legend.tsx';
import { store } from '../state/store.ts';
import { formatDate } from '../story/dates.ts';
import { inTimeOrder } from '../story/queries.ts';
import type { Passage, Story } from '../story/schema.ts';
import { PassageText } from './PassageText.tsx';
import { mapOffset, passageAt, readingLine } from './reading.ts';

const StoryPassage = memo(function StoryPassage({
  passage,
  current,
}: {
  passage: Passage;
  current: boolean;
}) {
  return (
    <p
      className="story__passage"
      data-passage-id={passage.id}
      data-current={current || undefined}
      tabIndex={-1}
    >
      <PassageText passage={passage} />
    </p>
  );
});

/** The passage the app brought into view, kept until the reader scrolls (and, in an embed, where the frame was then). */
const held: { passage: string | null; since: number | null } = { passage: null, since: null };

/** Keys that scroll the page: the reader taking over from a passage the app brought. */
const SCROLL_KEYS = new Set(['ArrowDown', 'ArrowUp', 'PageDown', 'PageUp', ' ', 'Home', 'End']);

/** What the reader's position needs of the page, measured when its layout changes, not on scroll. */
interface Layout {
  tops: number[];
  /** Pixels of the visible part a pinned map covers (phones: the map is above the text). */
  cover: number;
  /** In an embed: the elements moved together to keep the map and its key in view, where they rest, and how far they may go. */
  moving: HTMLElement[];
  resting: number;
  free: number;
}

const pageTop = (element: Element) => element.getBoundingClientRect().top + window.scrollY;

/**
 * The map's box and the compact key under it, whether the layout pins them over the text
 * (phones), and how much of the text they cover then.
 */
function pinnedMap(): {
  canvas: HTMLElement | null;
  key: HTMLElement | null;
  narrow: boolean;
  cover: number;
} {
  const narrow = window.matchMedia(NARROW).matches;
  const canvas = document.querySelector<HTMLElement>('.explainer__canvas');
  const key = document.querySelector<HTMLElement>('.legend');
  const cover = narrow && canvas ? canvas.offsetHeight + (key?.offsetHeight ?? 0) : 0;
  return { canvas, key, narrow, cover };
}

/** In the page: scrolls so that a point at page position `top` is at the reading position; where the window ends up. */
function scrollToReading(top: number, cover: number): number {
  const lead = readingLine({ top: 0, bottom: window.innerHeight }, cover);
  window.scrollTo({ top: Math.max(0, top - lead + 2) });
  return window.scrollY;
}

function measure(section: HTMLElement, framed: boolean, offset: number): Layout {
  const passages = [...section.querySelectorAll<HTMLElement>('[data-passage-id]')];
  const { canvas, key, narrow, cover } = pinnedMap();
  const layout: Layout = { tops: passages.map(pageTop), cover, moving: [], resting: 0, free: 0 };
  if (!framed || !canvas) return layout;
  // Phones: the map and its key move down over the text; wide: the map's whole column (map and legend).
  const column = canvas.closest<HTMLElement>('.explainer__map');
  const moving = narrow ? [canvas, ...(key ? [key] : [])] : column ? [column] : [];
  if (!moving.length) return layout;
  const resting = Math.min(...moving.map(pageTop)) - offset;
  const bottom = Math.max(...moving.map((element) => pageTop(element) + element.offsetHeight)) - offset;
  const end = pageTop(section) + section.offsetHeight;
  return { ...layout, moving, resting, free: Math.max(0, end - bottom) };
}

function useReadingPosition(
  section: React.RefObject<HTMLElement | null>,
  story: Story,
  start: string | null,
) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: set up once per story; `start` is the deep link it opened at.
  useEffect(() => {
    const element = section.current;
    if (!element) return;
    const framed = isEmbed();
    let offset = 0;
    let layout = measure(element, framed, offset);
    let last: Span | null = null;
    // A passage the app brought to the reading position (a deep link, a key, a jump) stays the
    // one being read until the reader scrolls: layout settling, or the browser restoring a
    // scroll position on Back, does not move it. In an embed, the host's scroll is the sign.
    held.passage = start;
    held.since = null;
    const release = () => {
      held.passage = null;
    };
    const inputs = ['wheel', 'touchmove', 'pointerdown'] as const;
    for (const type of inputs) window.addEventListener(type, release, { passive: true });
    const onKey = (event: KeyboardEvent) => {
      if (SCROLL_KEYS.has(event.key)) release();
    };
    window.addEventListener('keydown', onKey);
    const restoration = history.scrollRestoration;
    history.scrollRestoration = 'manual';
    const apply = (span: Span) => {
      last = span;
      if (layout.moving.length) {
        // Phones: flush with the window's top (no text showing above it); wide: a little air.
        offset = mapOffset(span, layout.resting, layout.free, layout.cover ? 0 : 8);
        for (const element of layout.moving)
          element.style.transform = offset ? `translateY(${offset}px)` : '';
      }
      if (held.passage) {
        // In the page: held while the window stays where it was put (a scrollbar drag moves it).
        if (!framed && Math.abs(span.top - (held.since ?? span.top)) < 40) return;
        held.since ??= span.top;
        if (Math.abs(span.top - held.since) < 4) return;
        held.passage = null;
      }
      const index = passageAt(layout.tops, readingLine(span, layout.cover));
      const id = story.passages[index]?.id;
      if (id && id !== store.getState().route.passage) store.getState().followStory(id);
    };
    // A passage held in the page (a deep link) sits at the reading position, and stays there
    // while the layout settles around it, until the reader scrolls; then reading follows.
    const keepHeld = () => {
      if (framed || !held.passage) return;
      const top = layout.tops[story.passages.findIndex((p) => p.id === held.passage)];
      if (top !== undefined) held.since = scrollToReading(top, layout.cover);
    };
    keepHeld();
    const stop = watchSpan(apply, framed);
    const relayout = new ResizeObserver(() => {
      layout = measure(element, framed, offset);
      keepHeld();
      // In the page the window is read afresh (keepHeld may just have moved it).
      if (!framed) last = { top: window.scrollY, bottom: window.scrollY + window.innerHeight };
      if (last) apply(last);
    });
    relayout.observe(element);
    // What is above the story (the list, the header) moves it too.
    relayout.observe(document.body);
    return () => {
      stop();
      relayout.disconnect();
      for (const type of inputs) window.removeEventListener(type, release);
      window.removeEventListener('keydown', onKey);
      history.scrollRestoration = restoration;
      for (const element of layout.moving) element.style.transform = '';
    };
  }, [story]);
}

/** Brings passage `index` to the reading position and shows it on the map (a reader's step or jump). */
function goTo(story: Story, index: number, focus: boolean): void {
  const passage = story.passages[Math.max(0, Math.min(story.passages.length - 1, index))];
  if (!passage) return;
  held.passage = passage.id;
  held.since = null;
  store.getState().readStory(passage.id);
  const element = document.querySelector<HTMLElement>(`.story [data-passage-id="${passage.id}"]`);
  if (!element) return;
  const { cover } = pinnedMap();
  const top = pageTop(element);
  if (!isEmbed()) held.since = scrollToReading(top, cover);
  else {
    const host = hostLink();
    // The host scrolls (its own pym does it, on this reader's request); without one, the browser.
    if (host) host.scrollTo(top - cover - 40);
    else element.scrollIntoView({ block: 'center' });
  }
  if (focus) element.focus({ preventScroll: true });
}

function currentIndex(story: Story): number {
  const at = store.getState().route.passage;
  return at ? story.passages.findIndex((p) => p.id === at) : -1;
}

/** The story's events in time order, a strip of buttons to their passages; editors' dates marked. */
function Timeline({ story }: { story: Story }) {
  const events = inTimeOrder(story.events);
  if (!events.length) return null;
  return (
    <nav className="timeline" aria-label="Events in time order">
      <ol>
        {events.map((event) => {
          const when = event.date ? formatDate(event.date.value) : (event.when ?? 'Undated');
          const byEditor = event.date ? event.date.source === 'editor' : event.whenBy === 'editor';
          return (
            <li key={event.id}>
              <button
                type="button"
                data-event-id={event.id}
                onClick={() =>
                  goTo(
                    story,
                    story.passages.findIndex((p) => p.id === event.passage),
                    false,
                  )
                }
              >
                <span className="timeline__when">
                  {when}
                  {byEditor && (
                    <abbr className="editor-mark" title="This date is the editor's, not the article's.">
                      {' '}
                      (editor)
                    </abbr>
                  )}
                </span>
                <span className="timeline__what">{event.summary}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

/**
 * Previous, next and how far the reader is ("6 of 18"), on the map itself: pinned with it on
 * every width and moved with it in an embed, so they never scroll away with the text.
 */
function StoryControls({ story, current }: { story: Story; current: string | null }) {
  const [canvas, setCanvas] = useState<HTMLElement | null>(null);
  useEffect(() => setCanvas(document.querySelector<HTMLElement>('.explainer__canvas')), []);
  if (!canvas) return null;
  const index = Math.max(
    0,
    story.passages.findIndex((p) => p.id === current),
  );
  const last = story.passages.length - 1;
  return createPortal(
    <nav className="story-controls" aria-label="Story steps">
      <button
        type="button"
        className="story-controls__step"
        aria-label="Previous passage"
        disabled={index === 0}
        onClick={() => goTo(story, currentIndex(story) - 1, false)}
      >
        <span aria-hidden="true">‹</span> Previous
      </button>
      <span className="story-controls__progress">
        {index + 1} of {last + 1}
      </span>
      <button
        type="button"
        className="story-controls__step"
        aria-label="Next passage"
        disabled={index === last}
        onClick={() => goTo(story, currentIndex(story) + 1, false)}
      >
        Next <span aria-hidden="true">›</span>
      </button>
    </nav>,
    canvas,
  );
}

export function StoryView({ story, current }: { story: Story; current: string | null }) {
  const section = useRef<HTMLElement>(null);
  const start = useRef(current).current;
  useReadingPosition(section, story, start);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
      const { target } = event;
      if (target instanceof Element && target.closest('input, textarea, select, [contenteditable]')) return;
      const step = event.key === 'j' ? 1 : event.key === 'k' ? -1 : 0;
      if (!step) return;
      event.preventDefault();
      goTo(story, currentIndex(story) + step, true);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [story]);

  return (
    <section ref={section} className="panel story" data-panel="story" aria-labelledby="panel-title">
      <h2 id="panel-title" tabIndex={-1}>
        The story, with the map
      </h2>
      <p className="story__how">
        Read on: the map shows the places each passage is about.
        <span className="story__keys">
          {' '}
          Keys <kbd>J</kbd> and <kbd>K</kbd> go to the next and previous passage.
        </span>
      </p>
      <Timeline story={story} />
      <StoryControls story={story} current={current} />
      <div className="story__text">
        {story.passages.map((p) => (
          <StoryPassage key={p.id} passage={p} current={p.id === current} />
        ))}
      </div>
      <p className="story__end">
        <button type="button" className="link-button" onClick={() => store.getState().selectRegion(null)}>
          Back to the map explainer
        </button>
      </p>
    </section>
  );
}
