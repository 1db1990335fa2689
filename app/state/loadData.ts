/**
 * The map's layers and the story, fetched side by side into the store. Each failure is
 * reported in words; whatever did load still works.
 */
import { DataError } from '../data/fetchJson.ts';
import { loadGeo } from '../geo/loadGeo.ts';
import { checkRegions, loadStory, storyFromUrl, storyUrl } from '../story/loadStory.ts';
import { store } from './store.ts';

const failureMessage = (what: string, error: unknown) =>
  error instanceof DataError ? `${what}: ${error.message}` : `${what} failed to load: ${String(error)}`;

export async function loadData(): Promise<void> {
  const { setGeo, setStory, reportProblem } = store.getState();
  const url = new Promise<string>((resolve) => resolve(storyUrl(storyFromUrl())));
  const [geo, story] = await Promise.allSettled([loadGeo(), url.then(loadStory)]);
  if (geo.status === 'fulfilled') {
    setGeo(geo.value.geo);
    for (const failure of geo.value.failures) reportProblem(failureMessage('Map data', failure));
  } else {
    reportProblem(failureMessage('Map data', geo.reason));
  }
  if (story.status === 'rejected') return reportProblem(failureMessage('Article', story.reason));
  try {
    const regionIds = geo.status === 'fulfilled' ? geo.value.geo.regions.features.map((f) => f.id) : null;
    setStory(regionIds ? checkRegions(story.value, regionIds, await url) : story.value);
  } catch (error) {
    reportProblem(failureMessage('Article', error));
  }
}

let early: Promise<void> | null = null;

/** Starts the fetches before React first renders, so they do not wait for it. */
export function startLoadingData(): void {
  early ??= loadData();
}

/** The load started early, for the first app that asks; a later one (a remount) loads afresh. */
export function dataLoaded(): Promise<void> {
  const loading = early ?? loadData();
  early = null;
  return loading;
}
