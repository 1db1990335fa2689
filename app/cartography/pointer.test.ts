import { describe, expect, it } from 'vitest';
import type { GeoData } from '../geo/schema.ts';
import { createExplainerStore } from '../state/store.ts';
import { hoverName, POINTER_ACTIONS, regionUnder } from './pointer.ts';

const region = (id: string, clickable: boolean) => ({
  id,
  properties: { id, name: id.toUpperCase(), clickable },
});
const geo = {
  regions: { features: [region('georgia', true), region('abkhazia', false), region('south-ossetia', true)] },
} as unknown as GeoData;

describe('pointer rules', () => {
  it('picks the topmost selectable region, letting regions readers cannot select pass the pointer through', () => {
    expect(regionUnder(['south-ossetia', 'georgia'], geo)).toBe('south-ossetia');
    expect(regionUnder(['abkhazia', 'georgia'], geo)).toBe('georgia');
    expect(regionUnder(['abkhazia'], geo)).toBeNull();
    expect(regionUnder(['atlantis', 'georgia'], geo)).toBe('georgia');
    expect(regionUnder([], geo)).toBeNull();
  });

  it('a click on a region selects it, a click elsewhere clears; moving hovers, leaving un-hovers', () => {
    const store = createExplainerStore();
    POINTER_ACTIONS.click('georgia', store.getState());
    expect(store.getState().route.region).toBe('georgia');
    POINTER_ACTIONS.click(null, store.getState());
    expect(store.getState().route.region).toBeNull();
    POINTER_ACTIONS.move('georgia', store.getState());
    expect(store.getState().hoveredRegionId).toBe('georgia');
    POINTER_ACTIONS.leave('georgia', store.getState());
    expect(store.getState().hoveredRegionId).toBeNull();
  });

  it('names the hovered region, and nothing when there is none', () => {
    expect(hoverName('georgia', geo)).toBe('GEORGIA');
    expect(hoverName(null, geo)).toBeNull();
    expect(hoverName('atlantis', geo)).toBeNull();
  });
});
