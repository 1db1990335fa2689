/**
 * How far to scroll to bring something into view, as numbers: app/panel/scroll.ts measures
 * the page and scrolls it by these.
 */

/** How far to scroll so that [top, bottom] lies inside [viewTop, viewBottom], moving as little as possible. */
export function nearestScroll(top: number, bottom: number, viewTop: number, viewBottom: number): number {
  if (top < viewTop) return top - viewTop;
  if (bottom > viewBottom) return Math.min(bottom - viewBottom, top - viewTop);
  return 0;
}

/** On a phone, a heading further down the text area than this share is brought up. */
export const HEADING_LOW = 0.35;

/**
 * How far to scroll to bring a heading at [top, bottom] to the top of the view [viewTop,
 * viewBottom], `gap` px under it, or 0 where it may stay: in view, and, under a map pinned
 * above the text (`pinned`), high enough that its text follows on the screen.
 */
export function headingScroll(
  top: number,
  bottom: number,
  viewTop: number,
  viewBottom: number,
  { pinned, gap }: { pinned: boolean; gap: number },
): number {
  const low = viewTop + (viewBottom - viewTop) * HEADING_LOW;
  if (top >= viewTop && bottom <= viewBottom && !(pinned && top > low)) return 0;
  return top - viewTop - gap;
}
