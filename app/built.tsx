/**
 * The page as the build rendered it (scripts/prerender.tsx writes the first view into
 * index.html and embed.html), and how components start from it: while React hydrates that
 * markup, anything the build could not know (the window's size, WebGL, `?embed`, the fonts'
 * widths) takes the build's value, so the markup matches; the browser's comes one render later.
 */
import { type ReactNode, Suspense, useEffect, useId, useSyncExternalStore } from 'react';

interface BuildingPage {
  embed: boolean;
}

/** Set only while the build renders a page. */
let building: BuildingPage | null = null;

/** The build renders each page between these calls. */
export function renderingPage(page: BuildingPage | null): void {
  building = page;
}

/** Whether this page was built as the embed: the build's own flag, or what the served HTML says. */
export function builtAsEmbed(): boolean {
  if (building) return building.embed;
  return typeof document !== 'undefined' && document.documentElement.hasAttribute('data-embed');
}

/** Whether the first view is already in the page, rendered by the build. */
export function isBuilt(root: HTMLElement): boolean {
  return root.hasAttribute('data-built');
}

const nothingToWatch = () => () => {};

/**
 * A value only the browser knows: the build's while React hydrates the built page (and in
 * the build itself), the browser's from the next render on, and at once when the page is
 * rendered from scratch. `browser` is called on every render: keep it cheap and its result stable.
 */
export function useAfterHydration<T>(browser: () => T, built: () => T): T {
  return useSyncExternalStore(nothingToWatch, browser, built);
}

const hydrated = () => true;
const beforeHydration = () => false;

/** False in the build and while hydrating its markup; true after, and in a page rendered from scratch. */
export function useHydrated(): boolean {
  return useAfterHydration(hydrated, beforeHydration);
}

/** The parts of the page still to hydrate, each in a task of its own. */
const pending = new Set<string>();
let wholeHydrated = () => {};
const whole = new Promise<void>((resolve) => {
  wholeHydrated = resolve;
});

function PartHydrated({ id }: { id: string }) {
  useEffect(() => {
    pending.delete(id);
    if (pending.size === 0) wholeHydrated();
  }, [id]);
  return null;
}

/**
 * A part of the page that hydrates in a task of its own (a Suspense boundary), so a phone
 * answers between parts instead of hydrating the whole page in one long task. It counts itself
 * in the shell's render, before any part has hydrated.
 */
export function Part({ children }: { children: ReactNode }) {
  const id = useId();
  pending.add(id);
  return (
    <Suspense>
      <PartHydrated id={id} />
      {children}
    </Suspense>
  );
}

/**
 * Resolves once every part has hydrated (at once for a page rendered afresh). Whatever changes
 * what the page shows, the URL's route first of all, waits for it: a part still hydrating
 * must render what the build rendered.
 */
export function partsHydrated(): Promise<void> {
  return whole;
}
