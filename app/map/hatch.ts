import type { HatchSpec } from './palette.ts';

/**
 * A square, seamlessly tiling tile of diagonal lines, drawn in memory: hatches need no image
 * request. Lines cross the tile corner to corner so neighbouring tiles continue them.
 */
export function drawHatch(spec: HatchSpec, pixelRatio: number): ImageData {
  const size = Math.round(spec.spacing * pixelRatio);
  const canvas = document.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('2D canvas is not available for the map hatches');
  ctx.strokeStyle = spec.color;
  ctx.lineWidth = 1.25 * pixelRatio;
  ctx.lineCap = 'square';
  ctx.beginPath();
  for (const offset of [-size, 0, size]) {
    if (spec.direction === 'rising') {
      ctx.moveTo(offset, size);
      ctx.lineTo(offset + size, 0);
    } else {
      ctx.moveTo(offset, 0);
      ctx.lineTo(offset + size, size);
    }
  }
  ctx.stroke();
  return ctx.getImageData(0, 0, size, size);
}
