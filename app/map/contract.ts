/**
 * What the page gives a map renderer and what a renderer gives back. Both renderers (the
 * MapLibre map, map/maplibre/, and the SVG drawing, map/svg/) take one feed of `MapInput` and report
 * everything through one callback; neither knows the store. `app/map/input.ts` connects the
 * two to it, and only MapArea uses that.
 */
import type { PointerGesture } from '../cartography/pointer.ts';
import type { GeoData } from '../geo/schema.ts';

/** Everything a renderer draws from, at one moment. */
export interface MapInput {
  /** The regions as the chosen point of view draws and names them on the chosen date. */
  geo: GeoData;
  /** The regions the map highlights and frames, in the order the framing takes them. */
  highlighted: readonly string[];
  /** The region under the pointer, if any. */
  hovered: string | null;
  /** Whether story mode's steps cover the map's foot (the framing and the names leave them room). */
  storySteps: boolean;
  /** Whether the reader is in story mode: reading on there moves the map without a panel to paint first. */
  storyMode: boolean;
  /** Goes up each time the reader asks to see the highlight again (the same choice made twice). */
  frameRequests: number;
  /** Whether the URL has been read: the highlight is the one the reader's address asked for. */
  urlRead: boolean;
}

/** The input as it is now, and a way to hear that it may have changed (read again then). */
export interface MapFeed {
  /** The same object for as long as nothing in it changes. */
  read(): MapInput;
  subscribe(listener: () => void): () => void;
}

/** Where the MapLibre map is: loading, drawn (`ready`), gone (`idle`), or given up for the drawing (`failed`). */
export type MapStatus = 'idle' | 'loading' | 'ready' | 'failed';

/** What a renderer reports: a gesture on a region (or on none), its own status, or a problem to show. */
export type MapReport =
  | { gesture: PointerGesture; region: string | null }
  | { status: MapStatus }
  | { problem: string };

/** What each renderer is given: the feed, the callback, and the map's accessible name and description. */
export interface RendererProps {
  feed: MapFeed;
  report: (report: MapReport) => void;
  label: string;
  description: string;
}
