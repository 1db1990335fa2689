import { describe, expect, it } from 'vitest';
import type { GeoData } from '../geo/schema.ts';
import { createExplainerStore } from '../state/store.ts';
import { hoverName, POINTER_ACTIONS, reachOf, regionMeant, regionUnder, TAP_REACH } from './pointer.ts';

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

/** A square region of `side` degrees with its south-west corner at (lon, lat). */
const square = (id: string, lon: number, lat: number, side: number, clickable = true) => ({
  id,
  bbox: [lon, lat, lon + side, lat + side],
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [lon, lat],
        [lon + side, lat],
        [lon + side, lat + side],
        [lon, lat + side],
        [lon, lat],
      ],
    ],
  },
  properties: { id, name: id, clickable },
});
const map = {
  regions: {
    features: [
      square('georgia', 0, 0, 10),
      square('south-ossetia', 4, 4, 1),
      square('abkhazia', 1, 4, 1),
      square('islet', 8, 8, 0.5, false),
    ],
  },
} as unknown as GeoData;
/** A flat screen: `scale` px a degree, north up, the origin at (0, 0) degrees. */
const flat =
  (scale: number) =>
  (lon: number, lat: number): readonly [number, number] => [lon * scale, -lat * scale];

describe('a tap near a small region', () => {
  it('means the small region when it lands within 20 px of it on a larger one, and the larger one beyond', () => {
    const screen = flat(15); // South Ossetia 15 px a side, Georgia 150
    const centre = [4.5 * 15, -4.5 * 15] as const;
    expect(regionMeant(['south-ossetia', 'georgia'], map, centre, screen)).toBe('south-ossetia');
    // 12 px below its centre is 4.5 px outside it.
    expect(regionMeant(['georgia'], map, [centre[0], centre[1] + 12], screen)).toBe('south-ossetia');
    expect(regionMeant(['georgia'], map, [centre[0], centre[1] + 27], screen)).toBe('south-ossetia');
    expect(regionMeant(['georgia'], map, [centre[0], centre[1] + 28.5], screen)).toBe('georgia');
    expect(regionMeant([], map, [centre[0] + 20, centre[1]], screen)).toBe('south-ossetia');
  });

  it('means the nearer of two small regions, and never one readers cannot select', () => {
    const screen = flat(15);
    // Between Abkhazia (x 15–30) and South Ossetia (x 60–75), nearer South Ossetia.
    expect(regionMeant(['georgia'], map, [50, -67], screen)).toBe('south-ossetia');
    expect(regionMeant(['georgia'], map, [40, -67], screen)).toBe('abkhazia');
    // Beside the islet, which is not selectable: Georgia.
    expect(regionMeant(['georgia'], map, [8.25 * 15, -8.25 * 15 + 10], screen)).toBe('georgia');
  });

  it('keeps the region under the pointer once the small one is large on screen (zoomed in)', () => {
    const screen = flat(60); // South Ossetia 60 px a side
    expect(regionMeant(['georgia'], map, [4.5 * 60, -4 * 60 + 10], screen)).toBe('georgia');
    expect(regionMeant(['south-ossetia', 'georgia'], map, [4.5 * 60, -4.5 * 60], screen)).toBe(
      'south-ossetia',
    );
  });

  it('keeps a small region under the pointer even when another small one is nearer its edge', () => {
    const screen = flat(15);
    // Inside Abkhazia at its east edge (x 29), 31 px from South Ossetia: Abkhazia.
    expect(regionMeant(['abkhazia', 'georgia'], map, [29, -67], screen)).toBe('abkhazia');
  });
});

describe('how far a pointer reaches', () => {
  it('a finger or a pen 20 px, a mouse nothing; without a type, as the device’s main pointer', () => {
    expect(reachOf('touch', () => false)).toBe(TAP_REACH);
    expect(reachOf('pen', () => false)).toBe(TAP_REACH);
    expect(reachOf('mouse', () => true)).toBe(0);
    expect(reachOf(undefined, () => true)).toBe(TAP_REACH);
    expect(reachOf('', () => false)).toBe(0);
    // A mouse click a few pixels off South Ossetia means Georgia.
    expect(
      regionMeant(
        ['georgia'],
        map,
        [4.5 * 15, -4.5 * 15 + 12],
        flat(15),
        reachOf('mouse', () => false),
      ),
    ).toBe('georgia');
  });
});
