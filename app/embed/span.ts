/**
 * What part of the page the reader can see, as numbers: from the host's report of where the
 * frame is, or from the markers an IntersectionObserver sees in view. app/embed/viewport.ts
 * watches the page and reports these.
 */

/** A stretch of the page, in its own CSS px from its top. */
export interface Span {
  top: number;
  bottom: number;
}

/** The fallback's resolution: what the reader sees is known to this many pixels. */
export const STEP = 40;

/**
 * How long a host's report of where the frame is outranks the fallback's: a host that tracks
 * scrolling (pym's `trackscroll`, embed.js) reports on every scroll; one that answered a single
 * request (pym set up without it, as most are) goes stale, and the fallback carries on.
 */
export const HOST_FRESH_MS = 500;

/** What of a frame the reader sees, from the host's window height and the frame's top in it. */
export function spanInFrame(viewportHeight: number, frameTop: number, documentHeight: number): Span {
  return { top: Math.max(0, -frameTop), bottom: Math.min(documentHeight, viewportHeight - frameTop) };
}

/** How many markers, one every STEP px from the top, fit inside a page this tall (never making it taller). */
export function markerCount(pageHeight: number): number {
  return Math.floor((pageHeight - 1) / STEP) + 1;
}

/**
 * What the reader sees, from the markers in view (their indices): the window's edges lie
 * between a marker in view and the next one out, so the middle is taken; null with none in view.
 */
export function spanOfMarkers(inView: ReadonlySet<number>): Span | null {
  if (inView.size === 0) return null;
  const first = Math.min(...inView);
  const last = Math.max(...inView);
  return { top: Math.max(0, first * STEP - STEP / 2), bottom: last * STEP + STEP / 2 };
}

/** Whether the host's last report (at `reportedAt`, ms) still outranks the fallback at `now`. */
export const hostIsFresh = (now: number, reportedAt: number) => now - reportedAt < HOST_FRESH_MS;
