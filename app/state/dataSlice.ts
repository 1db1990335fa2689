import type { StateCreator } from 'zustand';
import type { GeoData } from '../geo/schema.ts';
import type { MapStatus } from '../map/contract.ts';
import type { Story } from '../story/schema.ts';
import type { ViewsData } from '../views/schema.ts';
import type { ExplainerState } from './store.ts';

export interface DataSlice {
  geo: GeoData | null;
  story: Story | null;
  /** Whose map: the points of view the switch offers (none until loaded, or if they fail). */
  views: ViewsData | null;
  mapStatus: MapStatus;
  /** Short messages naming what failed, shown in the page. */
  problems: string[];
  setGeo: (geo: GeoData) => void;
  setStory: (story: Story) => void;
  setViews: (views: ViewsData) => void;
  setMapStatus: (status: MapStatus) => void;
  reportProblem: (message: string) => void;
}

export const createDataSlice: StateCreator<ExplainerState, [], [], DataSlice> = (set) => ({
  geo: null,
  story: null,
  views: null,
  mapStatus: 'idle',
  problems: [],
  setGeo: (geo) => set({ geo }),
  setStory: (story) => set({ story }),
  setViews: (views) => set({ views }),
  setMapStatus: (mapStatus) => set({ mapStatus }),
  reportProblem: (message) =>
    set((s) => (s.problems.includes(message) ? s : { problems: [...s.problems, message] })),
});
