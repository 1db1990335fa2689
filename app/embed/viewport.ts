/**
 * What part of the page the reader can see, in the page's own coordinates, wherever the page
 * is: a window scrolled by the reader, or an iframe whose host page scrolls (the pym parent
 * sends where the frame is; without one, an IntersectionObserver against the top-level
 * viewport says what of it shows). Story mode reads it to know what the reader is reading.
 * The numbers are worked out in span.ts.
 */
import { hostIsFresh, markerCount, type Span, STEP, spanInFrame, spanOfMarkers } from './span.ts';

export type { Span };

/** The host page, when this page is a pym child: asks it where the frame is, and to scroll (for a reader's key). */
export interface HostLink {
  requestPosition(): void;
  scrollTo(y: number): void;
}

type Listener = (span: Span) => void;

const listeners = new Set<Listener>();
let host: HostLink | null = null;
let hostAt = Number.NEGATIVE_INFINITY;

/** The pym child reports the frame's place in the host's window. */
export function hostSpan(viewportHeight: number, frameTop: number, documentHeight: number): void {
  hostAt = performance.now();
  const span = spanInFrame(viewportHeight, frameTop, documentHeight);
  for (const listener of listeners) listener(span);
}

export function setHostLink(link: HostLink | null): void {
  host = link;
  // Only a page that is watching (story mode) asks the host anything.
  if (link && listeners.size) link.requestPosition();
}

export function hostLink(): HostLink | null {
  return host;
}

/**
 * Calls `listener` with what the reader can see, now and whenever it changes (at most once a
 * frame); returns the function that stops. In a frame, the host's reports win while they are
 * fresh; otherwise (no pym parent, or one that does not track scrolling) an
 * IntersectionObserver stands in, for as long as the page watches.
 */
export function watchSpan(listener: Listener, framed: boolean, win: Window = window): () => void {
  let frame = 0;
  const schedule = (read: () => Span | null) => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      const span = read();
      if (span) listener(span);
    });
  };
  if (!framed) {
    const fromWindow = () => ({ top: win.scrollY, bottom: win.scrollY + win.innerHeight });
    const onScroll = () => schedule(fromWindow);
    win.addEventListener('scroll', onScroll, { passive: true });
    win.addEventListener('resize', onScroll);
    listener(fromWindow());
    return () => {
      cancelAnimationFrame(frame);
      win.removeEventListener('scroll', onScroll);
      win.removeEventListener('resize', onScroll);
    };
  }
  const direct: Listener = (span) => schedule(() => span);
  listeners.add(direct);
  host?.requestPosition();
  // The fallback: markers every STEP px down the page, watched against the top-level viewport
  // (what an IntersectionObserver in a frame sees); the first and last in view bound what
  // the reader sees, to a marker's step. (One observed page element would not do: its
  // visible share stays the same while the middle of a tall frame scrolls by.)
  const doc = win.document;
  const rail = doc.createElement('div');
  rail.setAttribute('aria-hidden', 'true');
  rail.style.cssText = 'position:absolute;top:0;left:0;width:1px;pointer-events:none;visibility:hidden';
  doc.body.append(rail);
  const seen = new Set<number>();
  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      const index = Number((entry.target as HTMLElement).dataset.at);
      if (entry.isIntersecting) seen.add(index);
      else seen.delete(index);
    }
    const span = spanOfMarkers(seen);
    if (span && !hostIsFresh(performance.now(), hostAt)) schedule(() => span);
  });
  const lay = () => {
    observer.disconnect();
    seen.clear();
    // Inside the page's height, so the markers never make it taller.
    const count = markerCount(doc.documentElement.scrollHeight);
    rail.replaceChildren(
      ...Array.from({ length: count }, (_, i) => {
        const marker = doc.createElement('i');
        marker.dataset.at = String(i);
        marker.style.cssText = `position:absolute;left:0;top:${i * STEP}px;width:1px;height:1px`;
        return marker;
      }),
    );
    for (const marker of rail.children) observer.observe(marker);
  };
  lay();
  const relay = new ResizeObserver(lay);
  relay.observe(doc.body);
  return () => {
    cancelAnimationFrame(frame);
    listeners.delete(direct);
    relay.disconnect();
    observer.disconnect();
    rail.remove();
  };
}
