import type { StateCreator } from 'zustand';
import { EMPTY_ROUTE, type Route, sameRoute, viewOf } from './route.ts';
import type { ExplainerState } from './store.ts';

export interface SelectionSlice {
  /** What the panel shows and the map highlights; mirrored in the URL hash. */
  route: Route;
  /** The region under the pointer, for the hover highlight and name. */
  hoveredRegionId: string | null;
  /** The URL has been read: the route shows what the address asked for. */
  urlRead: boolean;
  /** Counts requests to frame the highlighted regions, even when the route stays the same. */
  frameRequests: number;
  /** Selects a region, optionally with one of its passages in focus. */
  selectRegion: (id: string | null, passage?: string | null) => void;
  /** Opens the article at a passage and highlights the regions it concerns. */
  showPassage: (id: string) => void;
  /** Shows an event and highlights the regions it concerns. */
  showEvent: (id: string) => void;
  openArticle: () => void;
  /** Opens story mode, at a passage (framed at once) or at the top. */
  readStory: (passage?: string | null) => void;
  /** The passage at the reading position changed as the reader scrolled: the map follows, the URL is replaced (only while the story is open). */
  followStory: (passage: string) => void;
  /** Clears the highlight; the article stays open if it was. */
  clearSelection: () => void;
  /** Replaces the route (from the URL); does nothing when it is the same. */
  setRoute: (route: Route) => void;
  /** Switches whose map the reader sees, keeping what they are reading. */
  setView: (view: string | null, today: boolean) => void;
  markUrlRead: () => void;
  hoverRegion: (id: string | null) => void;
}

export const createSelectionSlice: StateCreator<ExplainerState, [], [], SelectionSlice> = (set, get) => {
  /** The point of view outlives every choice of what to read: it changes only by the switch or the URL. */
  const keepView = (s: ExplainerState, route: Route): Route => ({
    ...route,
    ...viewOf(s.route.view, s.route.today ?? false),
  });
  const go = (next: Route) =>
    set((s) => {
      const route = keepView(s, next);
      return sameRoute(s.route, route) ? s : { route };
    });
  /** A reader's choice: even when nothing changes, the map frames the choice again. */
  const choose = (next: Route) =>
    set((s) => {
      const route = keepView(s, next);
      return { frameRequests: s.frameRequests + 1, ...(sameRoute(s.route, route) ? {} : { route }) };
    });
  return {
    route: EMPTY_ROUTE,
    hoveredRegionId: null,
    urlRead: false,
    frameRequests: 0,
    selectRegion: (id, passage = null) => choose(id ? { ...EMPTY_ROUTE, region: id, passage } : EMPTY_ROUTE),
    showPassage: (id) => choose({ ...EMPTY_ROUTE, passage: id, article: true }),
    showEvent: (id) => choose({ ...EMPTY_ROUTE, event: id }),
    openArticle: () => go({ ...EMPTY_ROUTE, article: true }),
    readStory: (passage = null) => choose({ ...EMPTY_ROUTE, story: true, passage }),
    // Only while the story is open: a reading position reported after the reader left it
    // (a link, Back, the address changed) must not bring the story back.
    followStory: (passage) => {
      if (get().route.story) go({ ...EMPTY_ROUTE, story: true, passage });
    },
    clearSelection: () =>
      set((s) => {
        const route = keepView(s, { ...EMPTY_ROUTE, article: s.route.article && !s.route.region });
        return sameRoute(s.route, route) ? s : { route };
      }),
    setRoute: (route) => set((s) => (sameRoute(s.route, route) ? s : { route })),
    setView: (view, today) =>
      set((s) => ({ route: { ...s.route, view: undefined, today: undefined, ...viewOf(view, today) } })),
    markUrlRead: () => set((s) => (s.urlRead ? s : { urlRead: true })),
    hoverRegion: (id) => set((s) => (s.hoveredRegionId === id ? s : { hoveredRegionId: id })),
  };
};
