import * as turf from '@turf/turf';
import { describe, expect, it } from 'vitest';
import type { GeoData } from '../geo/schema.ts';
import { createExplainerStore } from '../state/store.ts';
import {
  distanceTo,
  hoverName,
  POINTER_ACTIONS,
  reachOf,
  regionMeant,
  regionUnder,
  TAP_REACH,
} from './pointer.ts';

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

  it('judges a region small by its longer side on screen: a thin strip as long as a thumb is not', () => {
    const screen = flat(15);
    const strip = { ...square('strip', 2, 1, 0.3), bbox: [2, 1, 2.3, 4.2] };
    strip.geometry.coordinates = [
      [
        [2, 1],
        [2.3, 1],
        [2.3, 4.2],
        [2, 4.2],
        [2, 1],
      ],
    ];
    const withStrip = { regions: { features: [square('georgia', 0, 0, 10), strip] } } as unknown as GeoData;
    // 48 px tall, 4.5 px wide: a tap 10 px beside it stays on Georgia.
    expect(regionMeant(['georgia'], withStrip, [2.3 * 15 + 10, -2.5 * 15], screen)).toBe('georgia');
    expect(regionMeant(['georgia'], withStrip, [2.3 * 15 + 10, -2.5 * 15], flat(13))).toBe('strip');
  });

  it('measures to the outline, not the box: a region whose box is nearer but whose edge is not loses', () => {
    const screen = flat(15);
    const wedge = {
      id: 'wedge',
      bbox: [5.6, 4, 6.6, 5],
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [5.6, 4],
            [6.6, 4],
            [6.6, 5],
            [5.6, 4],
          ],
        ],
      },
      properties: { id: 'wedge', name: 'wedge', clickable: true },
    };
    const both = {
      regions: { features: [square('georgia', 0, 0, 10), square('south-ossetia', 4, 4, 1), wedge] },
    } as unknown as GeoData;
    // 5 px from South Ossetia's edge; 4 px from the wedge's box but 7.8 px from its slanted edge.
    expect(regionMeant(['georgia'], both, [80, -67], screen)).toBe('south-ossetia');
    // Above them, 6.4 px from the wedge's slanted edge and 18 px from South Ossetia's corner: the wedge.
    expect(regionMeant(['georgia'], both, [93, -78], screen)).toBe('wedge');
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

describe("the distance from a pointer to a region's outline", () => {
  const identity = (x: number, y: number) => [x, y] as const;
  /** A concave outline (a star) with a hole, and a second part apart from it: every ring case. */
  const star = Array.from({ length: 11 }, (_, i) => {
    const angle = (Math.PI * 2 * (i % 10)) / 10 + 0.1;
    const r = i % 2 === 0 ? 40 : 16;
    return [50 + r * Math.cos(angle), 50 + r * Math.sin(angle)];
  });
  const hole = [
    [46, 46],
    [46, 54],
    [54, 54],
    [54, 46],
    [46, 46],
  ];
  const triangle = [
    [120, 10],
    [160, 25],
    [130, 60],
    [120, 10],
  ];
  const geometry = {
    type: 'MultiPolygon',
    coordinates: [[star, hole], [triangle]],
  } as unknown as GeoData['regions']['features'][number]['geometry'];
  const feature = turf.multiPolygon([[star, hole], [triangle]]);

  /** The distance to the outline, found without the code's formula: every edge walked in 0.01 px steps. */
  function walked(at: readonly [number, number]): number {
    let nearest = Number.POSITIVE_INFINITY;
    for (const ring of [star, hole, triangle])
      for (let i = 1; i < ring.length; i++) {
        const [ax = 0, ay = 0] = ring[i - 1] ?? [];
        const [bx = 0, by = 0] = ring[i] ?? [];
        const steps = Math.ceil(Math.hypot(bx - ax, by - ay) / 0.01);
        for (let k = 0; k <= steps; k++)
          nearest = Math.min(
            nearest,
            Math.hypot(at[0] - (ax + ((bx - ax) * k) / steps), at[1] - (ay + ((by - ay) * k) / steps)),
          );
      }
    return nearest;
  }

  it('is 0 exactly where the point lies inside (not in the hole), and the walked distance elsewhere', () => {
    let inside = 0;
    let outside = 0;
    for (let x = -3; x <= 170; x += 7.3)
      for (let y = -3; y <= 100; y += 6.1) {
        const at = [x, y] as const;
        const d = distanceTo(at, geometry, identity);
        if (turf.booleanPointInPolygon(turf.point([x, y]), feature)) {
          expect(d, `${x}, ${y}`).toBe(0);
          inside++;
        } else {
          expect(d, `${x}, ${y}`).toBeCloseTo(walked(at), 2);
          outside++;
        }
      }
    // Points in the star, in its hole, in the triangle and around them all.
    expect(inside).toBeGreaterThan(20);
    expect(outside).toBeGreaterThan(200);
    expect(distanceTo([50, 50], geometry, identity)).toBeCloseTo(4, 5);
  });
});
