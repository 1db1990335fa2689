/**
 * Colours read back from a screenshot, through an image in the page (no PNG decoder in the
 * tests): the mean and per-channel median of square patches at given corners.
 */
import type { Page } from '@playwright/test';

export interface PatchColour {
  mean: number[];
  median: number[];
}

/**
 * `width` is the screenshot's width in CSS pixels (the image may be larger at a higher
 * device pixel ratio); corners and `size` are in CSS pixels too.
 */
export async function patchColours(
  page: Page,
  png: Buffer,
  width: number,
  corners: readonly { x: number; y: number }[],
  size: number,
): Promise<PatchColour[]> {
  return page.evaluate(
    async ({ data, corners, size, width }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2D canvas');
      ctx.drawImage(image, 0, 0);
      const scale = image.width / width;
      const side = Math.max(1, Math.round(size * scale));
      return corners.map(({ x, y }) => {
        const px = ctx.getImageData(Math.round(x * scale), Math.round(y * scale), side, side).data;
        const channels = [0, 1, 2].map((c) => {
          const values: number[] = [];
          for (let i = c; i < px.length; i += 4) values.push(px[i] ?? 0);
          return values;
        });
        return {
          mean: channels.map((v) => v.reduce((a, b) => a + b, 0) / v.length),
          median: channels.map((v) => v.sort((a, b) => a - b)[Math.floor(v.length / 2)] ?? 0),
        };
      });
    },
    { data: png.toString('base64'), corners, size, width },
  );
}
