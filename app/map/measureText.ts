/**
 * Names measured as the browser will set them, for the label placement: a canvas with the
 * label's font, plus its letter spacing. One canvas for the page.
 */
import type { Measure } from '../cartography/labels.ts';
import { LABEL_FONT, LABELS } from '../cartography/style.ts';

let context: CanvasRenderingContext2D | null | undefined;
let contextFont = '';

export function labelFont(kind: keyof typeof LABELS): string {
  const style = LABELS[kind];
  return `${style.italic ? 'italic ' : ''}${style.weight} ${style.size}px ${LABEL_FONT}`;
}

/** Each name's size once measured: the map places its names again on every choice. */
const measured = new Map<string, { width: number; height: number }>();

export const measureText: Measure = (text, kind) => {
  const key = `${kind}\n${text}`;
  const known = measured.get(key);
  if (known) return known;
  const style = LABELS[kind];
  if (context === undefined) context = document.createElement('canvas').getContext('2d');
  const height = style.size * 1.25;
  if (!context) return { width: text.length * style.size * 0.7, height };
  const font = labelFont(kind);
  // Setting a font costs more than measuring with it.
  if (font !== contextFont) {
    context.font = font;
    contextFont = font;
  }
  const size = {
    width: context.measureText(text).width + (style.spacing ?? 0) * Math.max(text.length - 1, 0),
    height,
  };
  measured.set(key, size);
  return size;
};
