/**
 * Bringing a passage into view without ever moving the page around an embed. The browser's
 * scrollIntoView scrolls every scrollable ancestor, the host page's window included when the
 * app is in an iframe; this scrolls only this document's own boxes, and this document's
 * window only when it is the top window.
 */

/** The nearest ancestor of `element` that scrolls vertically, inside this document; null for the window. */
function scrollingBox(element: Element): HTMLElement | null {
  for (let box = element.parentElement; box && box !== document.body; box = box.parentElement) {
    const { overflowY } = getComputedStyle(box);
    if ((overflowY === 'auto' || overflowY === 'scroll') && box.scrollHeight > box.clientHeight) return box;
  }
  return null;
}

/** How far to scroll so that [top, bottom] lies inside [viewTop, viewBottom], moving as little as possible. */
export function nearestScroll(top: number, bottom: number, viewTop: number, viewBottom: number): number {
  if (top < viewTop) return top - viewTop;
  if (bottom > viewBottom) return Math.min(bottom - viewBottom, top - viewTop);
  return 0;
}

function isTopWindow(): boolean {
  try {
    return window.top === window.self;
  } catch {
    return false;
  }
}

/** Scrolls `element` into view ('nearest', as scrollIntoView does), within this document only. */
export function bringIntoView(element: Element): void {
  const { top, bottom } = element.getBoundingClientRect();
  const box = scrollingBox(element);
  if (box) {
    const view = box.getBoundingClientRect();
    box.scrollTop += nearestScroll(top, bottom, view.top, view.bottom);
  } else if (isTopWindow()) {
    window.scrollBy({ top: nearestScroll(top, bottom, 0, window.innerHeight), behavior: 'instant' });
  }
}
