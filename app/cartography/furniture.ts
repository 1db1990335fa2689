/**
 * What sits over the map besides the map: the story steps at its foot, the locator inset and
 * the detail inset in its top left corner. One place decides where each goes, so the framing
 * keeps the subject clear of them and the names are placed around them, in both renderers.
 */

import type { GeoData } from '../geo/schema.ts';
import { type Detail, detailFor } from './detail.ts';
import { type Camera, cameraForRegions } from './framing.ts';
import type { Box } from './labels.ts';
import { type Locator, locatorFor } from './locator.ts';

/** The story steps ("‹ Previous  6 of 18  Next ›", `.story-controls` in styles.css): at most this wide, centred at the foot. */
export const STORY_STEPS = { width: 300, height: 54, bottom: 8 } as const;

/** Pixels at the map's foot the story steps cover, when shown. */
export const footOf = (storySteps: boolean): number =>
  storySteps ? STORY_STEPS.height + STORY_STEPS.bottom : 0;

/** The camera for these highlighted regions in a map of this size, with or without the story steps: the call both renderers make. */
export function cameraForMap(
  geo: GeoData,
  ids: readonly string[],
  width: number,
  height: number,
  storySteps: boolean,
): Camera {
  return cameraForRegions(geo, ids, width, height, footOf(storySteps));
}

export interface Furniture {
  /** Pixels at the map's foot that the story steps cover: the framing fits the subject above them. */
  foot: number;
  locator: Locator | null;
  detail: Detail | null;
  /** Every box they cover, in CSS px: names keep clear of them. */
  boxes: Box[];
}

/** What goes over a map of this size showing these highlighted regions, with or without the story steps. */
export function furnitureFor(
  geo: GeoData,
  ids: readonly string[],
  width: number,
  height: number,
  storySteps: boolean,
): Furniture {
  const foot = footOf(storySteps);
  const locator = locatorFor(geo, ids, width, height, foot);
  const detail = detailFor(geo, ids, width, height, foot, locator?.box ?? null);
  const steps: Box | null = storySteps
    ? [
        Math.max(0, (width - STORY_STEPS.width) / 2),
        height - foot,
        Math.min(width, (width + STORY_STEPS.width) / 2),
        height,
      ]
    : null;
  return { foot, locator, detail, boxes: [locator?.box, detail?.box, steps].filter((b): b is Box => !!b) };
}
