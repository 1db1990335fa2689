import type { StateCreator } from 'zustand';
import type { GeoData } from '../geo/schema.ts';
import type { Story } from '../story/schema.ts';
import type { ExplainerState } from './store.ts';

type MapStatus = 'idle' | 'loading' | 'ready' | 'failed';

export interface DataSlice {
  geo: GeoData | null;
  story: Story | null;
  mapStatus: MapStatus;
  /** Short messages naming what failed, shown in the page. */
  problems: string[];
  setGeo: (geo: GeoData) => void;
  setStory: (story: Story) => void;
  setMapStatus: (status: MapStatus) => void;
  reportProblem: (message: string) => void;
}

export const createDataSlice: StateCreator<ExplainerState, [], [], DataSlice> = (set) => ({
  geo: null,
  story: null,
  mapStatus: 'idle',
  problems: [],
  setGeo: (geo) => set({ geo }),
  setStory: (story) => set({ story }),
  setMapStatus: (mapStatus) => set({ mapStatus }),
  reportProblem: (message) =>
    set((s) => (s.problems.includes(message) ? s : { problems: [...s.problems, message] })),
});
