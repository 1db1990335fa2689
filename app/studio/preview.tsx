/**
 * The studio's preview (studio-preview.html): the explainer readers get, the same components
 * and the same data files, showing the story of the draft the studio sends it (previewProtocol.ts)
 * instead of a published file. `?embed` shows the embed; `?theme=` the colours.
 */
import { createRoot } from 'react-dom/client';
import { Explainer } from '../Explainer.tsx';
import '../styles.css';
import 'virtual:map-palette.css';
import { startLoadingData } from '../state/loadData.ts';
import { store } from '../state/store.ts';
import { checkRegions } from '../story/loadStory.ts';
import { checkStory, type Story } from '../story/schema.ts';
import { applyThemeFromUrl } from '../theme.ts';
import { previewMessage } from './previewProtocol.ts';

applyThemeFromUrl();

let first: (story: Story) => void = () => {};
const firstStory = new Promise<Story>((resolve) => {
  first = resolve;
});

/** A story from the studio, checked as the app checks a file: the preview shows nothing it would refuse. */
async function show(json: Story): Promise<void> {
  const checked = checkStory(json, null);
  if (!checked.ok) return;
  const { geo, setStory } = store.getState();
  const story = geo
    ? await checkRegions(
        checked.value,
        geo.regions.features.map((f) => f.id),
        'draft',
      )
    : checked.value;
  setStory(story);
}

let started = false;
window.addEventListener('message', (event) => {
  const message = previewMessage(event, location.origin);
  if (message?.studio !== 'story') return;
  if (started) {
    void show(message.story).catch(() => {});
    return;
  }
  const checked = checkStory(message.story, null);
  if (!checked.ok) return;
  started = true;
  first(checked.value);
});
window.parent.postMessage({ studio: 'ready' }, location.origin);

startLoadingData(() => firstStory);
const root = document.getElementById('root');
if (root) createRoot(root).render(<Explainer />);
