import { hatchSegments } from '../../cartography/hatch.ts';
import type { Palette } from '../../cartography/palette.ts';
import { HATCH_LINE_WIDTH, type HatchSpec } from '../../cartography/style.ts';

/** A hatch tile as MapLibre's fill-pattern image, drawn in memory from the one hatch drawing. */
export function hatchImage(spec: HatchSpec, palette: Palette, pixelRatio: number): ImageData {
  const size = Math.round(spec.spacing * pixelRatio);
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('2D canvas is not available for the map hatches');
  ctx.strokeStyle = palette[spec.colour];
  ctx.lineWidth = HATCH_LINE_WIDTH * pixelRatio;
  ctx.lineCap = 'square';
  ctx.beginPath();
  for (const [x0, y0, x1, y1] of hatchSegments(spec, size)) {
    ctx.moveTo(x0, y0);
    ctx.lineTo(x1, y1);
  }
  ctx.stroke();
  return ctx.getImageData(0, 0, size, size);
}
