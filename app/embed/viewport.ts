/**
 * What part of the page the reader can see, in the page's own coordinates, wherever the page
 * is: a window scrolled by the reader, or an iframe whose host page scrolls (the pym parent
 * sends where the frame is; without one, an IntersectionObserver against the top-level
 * viewport says what of it shows). Story mode reads it to know what the reader is reading.
 */
export interface Span {
  top: number;
  bottom: number;
}

/** The host page, when this page is a pym child: asks it where the frame is, and to scroll (for a reader's key). */
export interface HostLink {
  requestPosition(): void;
  scrollTo(y: number): void;
}

type Listener = (span: Span) => void;

const listeners = new Set<Listener>();
let host: HostLink | null = null;
let fromHost = false;

/** The pym child reports the frame's place in the host's window. */
export function hostSpan(viewportHeight: number, frameTop: number, documentHeight: number): void {
  fromHost = true;
  const span = { top: Math.max(0, -frameTop), bottom: Math.min(documentHeight, viewportHeight - frameTop) };
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
 * frame); returns the function that stops. In a frame, the host's reports win; until one
 * comes (or without a pym parent) an IntersectionObserver stands in.
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
  // The fallback: the visible part of the page in the top-level viewport, in steps of 1 %.
  const thresholds = Array.from({ length: 101 }, (_, i) => i / 100);
  const observer = new IntersectionObserver(
    ([entry]) => {
      if (fromHost || !entry) return;
      const { intersectionRect: seen, boundingClientRect: box } = entry;
      if (seen.height <= 0) return;
      listener({ top: seen.top - box.top, bottom: seen.bottom - box.top });
    },
    { threshold: thresholds },
  );
  observer.observe(win.document.documentElement);
  return () => {
    cancelAnimationFrame(frame);
    listeners.delete(direct);
    observer.disconnect();
  };
}
