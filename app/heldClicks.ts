/**
 * The built page shows the region list, the map and their buttons before its scripts have
 * brought them to life. A reader's click in that moment is held and made again once the first
 * view is ready, rather than lost: the last button, or the region under the pointer on the
 * map, by the map's own pointer rules. Clicks before this script ran were kept by
 * `public/boot.js`, a few lines the page loads at once.
 */
import { POINTER_ACTIONS, regionUnder } from './cartography/pointer.ts';
import { store } from './state/store.ts';

declare global {
  interface Window {
    __heldClicks?: { clicks: MouseEvent[]; stop: () => void };
  }
}

type Held = { button: HTMLElement } | { regions: string[] } | null;

/** What a click on the built page asked for, if anything. */
function heldFor(root: HTMLElement, event: MouseEvent, doc: Document): Held {
  const target = event.target instanceof Element ? event.target : null;
  const button = target?.closest<HTMLElement>('button');
  if (button && root.contains(button)) return { button };
  if (!target?.closest('#root svg[role="img"]')) return null;
  return {
    regions: doc
      .elementsFromPoint(event.clientX, event.clientY)
      .map((e) => e.getAttribute('data-region-id'))
      .filter((id): id is string => id !== null),
  };
}

export function holdClicks(root: HTMLElement, doc: Document = document): void {
  const early = window.__heldClicks;
  early?.stop();
  let held: Held = null;
  for (const click of early?.clicks ?? []) held = heldFor(root, click, doc) ?? held;
  const hold = (event: MouseEvent) => {
    held = heldFor(root, event, doc) ?? held;
  };
  doc.addEventListener('click', hold, true);
  const replay = () => {
    if (!doc.documentElement.hasAttribute('data-view-ready')) return;
    observer.disconnect();
    doc.removeEventListener('click', hold, true);
    const click = held;
    if (!click) return;
    if ('button' in click) {
      if (click.button.isConnected) click.button.click();
      return;
    }
    const s = store.getState();
    if (s.geo) POINTER_ACTIONS.click(regionUnder(click.regions, s.geo), s);
  };
  const observer = new MutationObserver(replay);
  observer.observe(doc.documentElement, { attributes: true, attributeFilter: ['data-view-ready'] });
}

/** A page rendered afresh has no built buttons to click again: the early keeper stops. */
export function dropHeldClicks(): void {
  window.__heldClicks?.stop();
}
