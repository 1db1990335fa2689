import { beforeEach, describe, expect, it } from 'vitest';
import { createExplainerStore, type ExplainerStore } from './store.ts';

let store: ExplainerStore;
beforeEach(() => {
  store = createExplainerStore();
});

describe('selection', () => {
  it('starts with nothing selected or hovered', () => {
    expect(store.getState().selectedRegionId).toBeNull();
    expect(store.getState().hoveredRegionId).toBeNull();
  });

  it('selects a region and clears it', () => {
    store.getState().selectRegion('crimea');
    expect(store.getState().selectedRegionId).toBe('crimea');
    store.getState().clearSelection();
    expect(store.getState().selectedRegionId).toBeNull();
  });

  it('does not notify subscribers when the hovered region stays the same', () => {
    let notified = 0;
    store.subscribe(() => notified++);
    store.getState().hoverRegion('donbass');
    store.getState().hoverRegion('donbass');
    expect(notified).toBe(1);
  });
});

describe('problems', () => {
  it('keeps each message once, in the order reported', () => {
    const { reportProblem } = store.getState();
    reportProblem('regions.geojson: could not be loaded (HTTP 404)');
    reportProblem('Map: context lost');
    reportProblem('regions.geojson: could not be loaded (HTTP 404)');
    expect(store.getState().problems).toEqual([
      'regions.geojson: could not be loaded (HTTP 404)',
      'Map: context lost',
    ]);
  });
});
