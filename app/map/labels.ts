/** Cities named at every zoom; the others only once the reader zooms in, to keep the overview legible. */
export const MAJOR_CITIES: ReadonlySet<string> = new Set(['moscow', 'kyiv', 'tbilisi']);

/** The zoom (MapLibre levels) from which every city is named. */
export const DETAIL_ZOOM = 5;
