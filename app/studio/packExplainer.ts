/**
 * The studio's "Download the explainer": loads only when asked (React's server renderer and the
 * explainer come with it), fills the one store with the published map and views and the draft's
 * story as the app's own load does, and packs the built explainer for it (bundle.ts).
 */
import { withFirstView, withoutFirstView } from '../firstView.tsx';
import { loadGeo } from '../geo/loadGeo.ts';
import { store } from '../state/store.ts';
import type { Story } from '../story/schema.ts';
import { loadViews } from '../views/loadViews.ts';
import { explainerZip } from './bundle.ts';

async function bytesOf(file: string): Promise<Uint8Array> {
  const response = await fetch(file);
  if (!response.ok) throw new Error(`${file} could not be read (HTTP ${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}

export async function packExplainer(story: Story, name: string): Promise<Uint8Array> {
  const listing = await fetch('studio-files.json');
  if (!listing.ok)
    throw new Error('the built explainer’s list of files (studio-files.json) is missing: run npm run build');
  const files = (await listing.json()) as string[];
  const [{ geo }, views] = await Promise.all([loadGeo(), loadViews()]);
  const { setGeo, setStory, setViews } = store.getState();
  setGeo(geo);
  setViews(views);
  setStory(story);
  return explainerZip({
    story,
    name,
    files,
    read: bytesOf,
    render: (page, embed, builtFrom) => withFirstView(page, embed, story, builtFrom),
    unbuild: withoutFirstView,
  });
}
