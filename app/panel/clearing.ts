/**
 * Back to all regions (Escape anywhere, the panel's "All regions"): the selection is cleared
 * and keyboard focus, if it was in what is cleared away (the panel) or already lost, lands on
 * the control that stands for what was shown: the list's button for the region, the "Article"
 * or "Story" button, or the first region an event concerned. The announcer says what happened.
 */
import type { Route } from '../state/route.ts';
import { store } from '../state/store.ts';

/** The list's control for what the route shows, if any. */
function controlFor(route: Route): HTMLElement | null {
  const list = document.querySelector('.region-list');
  if (!list) return null;
  const event = route.event ? store.getState().story?.events.find((e) => e.id === route.event) : undefined;
  const region = route.region ?? event?.regions[0] ?? null;
  const selector = region
    ? `button[data-region-id="${CSS.escape(region)}"]`
    : route.article
      ? 'button[data-view="article"]'
      : route.story
        ? 'button[data-view="story"]'
        : null;
  return (selector && list.querySelector<HTMLElement>(selector)) || list.querySelector<HTMLElement>('button');
}

/** Whether focus is somewhere clearing would take away, or nowhere. */
function focusWillBeLost(): boolean {
  const active = document.activeElement;
  return !active || active === document.body || !!active.closest('.panel-scroll');
}

/** Whether the route shows anything beyond the opening (a point of view alone is not a selection). */
const showsSomething = (route: Route): boolean =>
  Boolean(route.region || route.event || route.passage || route.article || route.story);

export function backToAllRegions(): void {
  const { route, selectRegion } = store.getState();
  if (!showsSomething(route)) return;
  if (focusWillBeLost()) controlFor(route)?.focus();
  selectRegion(null);
}
