/**
 * Bringing a passage into view without ever moving the page around an embed. The browser's
 * scrollIntoView scrolls every scrollable ancestor, the host page's window included when the
 * app is in an iframe; this scrolls only this document's own boxes, and this document's
 * window only when it is the top window. How far is worked out in scrollDistance.ts.
 */
import { headingScroll, nearestScroll } from './scrollDistance.ts';

/** The nearest ancestor of `element` that scrolls vertically, inside this document; null for the window. */
function scrollingBox(element: Element): HTMLElement | null {
  for (let box = element.parentElement; box && box !== document.body; box = box.parentElement) {
    const { overflowY } = getComputedStyle(box);
    if ((overflowY === 'auto' || overflowY === 'scroll') && box.scrollHeight > box.clientHeight) return box;
  }
  return null;
}

function isTopWindow(): boolean {
  try {
    return window.top === window.self;
  } catch {
    return false;
  }
}

/**
 * How much of the window's top the map covers: on phones it stays in view at the top while
 * the page scrolls under it (position: sticky), with its compact key pinned under it, so text
 * brought into view goes below both.
 */
export function stickyInset(): number {
  const pinned = (selector: string) => {
    const element = document.querySelector(selector);
    return element && getComputedStyle(element).position === 'sticky'
      ? element.getBoundingClientRect().height
      : 0;
  };
  const map = pinned('.explainer__canvas');
  return map && map + pinned('.legend');
}

/** Scrolls `element` into view ('nearest', as scrollIntoView does), within this document only. */
export function bringIntoView(element: Element): void {
  const { top, bottom } = element.getBoundingClientRect();
  const box = scrollingBox(element);
  if (box) {
    const view = box.getBoundingClientRect();
    box.scrollTop += nearestScroll(top, bottom, view.top, view.bottom);
  } else if (isTopWindow()) {
    window.scrollBy({
      top: nearestScroll(top, bottom, stickyInset(), window.innerHeight),
      behavior: 'instant',
    });
  }
}

/** Room left between the map and a heading brought up under it, in pixels. */
const HEADING_GAP = 8;

/**
 * Brings a panel's heading to the top of what the reader sees (under the map on a phone, at
 * the top of the passages' box in an embed) unless it is already in view, and on a phone high
 * enough that its text follows on the screen: a choice made anywhere (map, list, mention,
 * event) shows its text without the reader scrolling.
 */
export function bringHeadingIntoView(heading: Element): void {
  const { top, bottom } = heading.getBoundingClientRect();
  const box = scrollingBox(heading);
  if (box) {
    const view = box.getBoundingClientRect();
    box.scrollTop += headingScroll(top, bottom, view.top, view.bottom, { pinned: false, gap: 0 });
  } else if (isTopWindow()) {
    // Under the map, or low on the screen with little of the text below it in view: up to the top.
    const inset = stickyInset();
    const by = headingScroll(top, bottom, inset, window.innerHeight, { pinned: inset > 0, gap: HEADING_GAP });
    if (by !== 0) window.scrollBy({ top: by, behavior: 'instant' });
  }
}
