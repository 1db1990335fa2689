/** The one store: slices combined, created once per page (and afresh in each test). */

import { useStore } from 'zustand';
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

// Stryker disable next-line all: the React binding, exercised through React by the browser tests.
export function useExplainer<T>(selector: (state: ExplainerState) => T): T {
  return useStore(store, selector);
}
