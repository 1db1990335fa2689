import type { StateCreator } from 'zustand';
import type { ExplainerState } from './store.ts';

export interface SelectionSlice {
  /** The region whose passages the panel shows, or null. */
  selectedRegionId: string | null;
  /** The region under the pointer, for the hover highlight and name. */
  hoveredRegionId: string | null;
  selectRegion: (id: string | null) => void;
  hoverRegion: (id: string | null) => void;
  clearSelection: () => void;
}

export const createSelectionSlice: StateCreator<ExplainerState, [], [], SelectionSlice> = (set) => ({
  selectedRegionId: null,
  hoveredRegionId: null,
  selectRegion: (id) => set({ selectedRegionId: id }),
  hoverRegion: (id) => set((s) => (s.hoveredRegionId === id ? s : { hoveredRegionId: id })),
  clearSelection: () => set({ selectedRegionId: null }),
});
