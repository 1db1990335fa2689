import type { HatchSpec } from './style.ts';

/** A line segment [x0, y0, x1, y1] in a hatch tile. */
export type Segment = readonly [number, number, number, number];

/**
 * The one drawing of a hatch: the lines of a square, seamlessly tiling tile `size` units
 * wide. Lines cross the tile corner to corner, and the copies one tile either side complete
 * the corners, so neighbouring tiles continue each line. The MapLibre image (canvas), the
 * SVG pattern and the legend all draw these segments.
 */
export function hatchSegments(spec: Pick<HatchSpec, 'direction'>, size: number): Segment[] {
  const rising = [-size, 0, size].map((offset): Segment => [offset, size, offset + size, 0]);
  const falling = [-size, 0, size].map((offset): Segment => [offset, 0, offset + size, size]);
  if (spec.direction === 'cross') return [...rising, ...falling];
  return spec.direction === 'rising' ? rising : falling;
}

/** The same segments as SVG path data. */
export function hatchPath(spec: Pick<HatchSpec, 'direction'>, size: number): string {
  return hatchSegments(spec, size)
    .map(([x0, y0, x1, y1]) => `M${x0} ${y0}L${x1} ${y1}`)
    .join('');
}
