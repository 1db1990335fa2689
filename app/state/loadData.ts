/**
 * The map's layers and the story, fetched side by side into the store. Each failure is
 * reported in words; whatever did load still works.
 */
import { DataError } from '../data/fetchJson.ts';
import { loadGeo } from '../geo/loadGeo.ts';
import { checkRegions, loadStory, storyFromUrl, storyUrl } from '../story/loadStory.ts';
import type { Story } from '../story/schema.ts';
import { loadViews } from '../views/loadViews.ts';
import { store } from './store.ts';

const failureMessage = (what: string, error: unknown) =>
  error instanceof DataError ? `${what}: ${error.message}` : `${what} failed to load: ${String(error)}`;

/** `storyFrom`: the story from elsewhere than the URL's file (the studio's preview: its draft). */
export async function loadData(storyFrom?: () => Promise<Story>): Promise<void> {
  const { setGeo, setStory, setViews, reportProblem } = store.getState();
  // Whose map: small, and the URL may ask for one, so it comes with the rest. Without it the
  // map is the explainer's own and the switch is not offered.
  const views = loadViews().then(setViews, (error: unknown) =>
    reportProblem(failureMessage('Points of view', error)),
  );
  const url = new Promise<string>((resolve) => resolve(storyUrl(storyFromUrl())));
  // A story that cannot be used is reported as soon as that is known, not after the map's layers.
  const story = (storyFrom ? storyFrom() : url.then(loadStory)).then(
    (value) => value,
    (error: unknown) => {
      reportProblem(failureMessage('Article', error));
      return null;
    },
  );
  // The map is drawn as soon as its layers are in, without waiting for the story.
  const geo = await loadGeo().then(
    ({ geo, failures }) => {
      setGeo(geo);
      for (const failure of failures) reportProblem(failureMessage('Map data', failure));
      return geo;
    },
    (error: unknown) => {
      reportProblem(failureMessage('Map data', error));
      return null;
    },
  );
  const loaded = await story;
  await views;
  if (!loaded) return;
  try {
    const regionIds = geo ? geo.regions.features.map((f) => f.id) : null;
    setStory(regionIds ? await checkRegions(loaded, regionIds, await url) : loaded);
  } catch (error) {
    reportProblem(failureMessage('Article', error));
  }
}

let early: Promise<void> | null = null;

/** Starts the fetches before React first renders, so they do not wait for it. */
export function startLoadingData(storyFrom?: () => Promise<Story>): Promise<void> {
  early ??= loadData(storyFrom);
  return early;
}

/** The load started early, for the first app that asks; a later one (a remount) loads afresh. */
export function dataLoaded(): Promise<void> {
  const loading = early ?? loadData();
  early = null;
  return loading;
}
