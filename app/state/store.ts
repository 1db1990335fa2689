/** The one store: slices combined, created once per page (and afresh in each test). */

import { useSyncExternalStore } from 'react';
import { createStore } from 'zustand/vanilla';
import { createDataSlice, type DataSlice } from './dataSlice.ts';
import { createSelectionSlice, type SelectionSlice } from './selectionSlice.ts';

export type ExplainerState = SelectionSlice & DataSlice;

export function createExplainerStore() {
  return createStore<ExplainerState>()((...a) => ({
    ...createSelectionSlice(...a),
    ...createDataSlice(...a),
  }));
}

export type ExplainerStore = ReturnType<typeof createExplainerStore>;

export const store = createExplainerStore();

/**
 * The React binding. Unlike zustand's `useStore`, whose server snapshot is the store's initial
 * (empty) state, the build and the hydrating browser both read the store as it is: the build
 * renders the first view from a store filled with the published files, and the browser
 * hydrates that markup once its store holds the same files (app/main.tsx).
 */
export function useExplainer<T>(selector: (state: ExplainerState) => T): T {
  const read = () => selector(store.getState());
  return useSyncExternalStore(store.subscribe, read, read);
}
