/**
 * For the protocols' unit tests: a window whose parent records what is posted to it, and a
 * page whose height the test sets, with ResizeObserver standing in as the test drives it.
 * Enough DOM for pymChild.ts and hosts.ts; nothing else imports it.
 */
export function fakeFrame(start: number) {
  let height = start;
  /** What the page posted to its parent, as `target message` for text and as it was otherwise. */
  const sent: unknown[] = [];
  const listeners = new Map<string, (e: MessageEvent) => void>();
  const parent = {
    postMessage: (data: unknown, target: string) =>
      sent.push(typeof data === 'string' ? `${target} ${data}` : [data, target]),
  };
  const win = {
    parent,
    addEventListener: (type: string, fn: (e: MessageEvent) => void) => listeners.set(type, fn),
    removeEventListener: (type: string, fn: (e: MessageEvent) => void) => {
      if (listeners.get(type) === fn) listeners.delete(type);
    },
  } as unknown as Window;
  const content = { getBoundingClientRect: () => ({ height }) } as unknown as HTMLElement;
  let resized: (() => void) | undefined;
  let observing = false;
  globalThis.ResizeObserver = class {
    constructor(callback: () => void) {
      resized = callback;
    }
    observe() {
      observing = true;
    }
    disconnect() {
      observing = false;
    }
    unobserve() {}
  } as unknown as typeof ResizeObserver;
  return {
    sent,
    win,
    content,
    setHeight: (h: number) => {
      height = h;
    },
    /** The page's content changed size: the observer reports, if it is still observing. */
    resize: () => {
      if (observing) resized?.();
    },
    message: (data: unknown, source: unknown = parent) =>
      listeners.get('message')?.({ data, source } as MessageEvent),
    listening: () => listeners.has('message'),
    observing: () => observing,
  };
}
