/**
 * The draft's files, the ones `npm run content` reads and writes: the story for the app
 * (public/content/NAME.json), its overrides (NAME.overrides.json beside the article) and the
 * article itself, so the command line and the studio take each other's work; and the snippet a
 * newsroom pastes.
 */
import { useState } from 'react';
import { serialiseStory } from '../../authoring/serialise.ts';
import { embedSnippet } from '../embed/snippet.ts';
import { type Composed, type Draft, overridesFileName, storyFileName } from './draft.ts';

function download(name: string, content: string | Uint8Array<ArrayBuffer>, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function ExportPanel({ draft, composed }: { draft: Draft; composed: Composed }) {
  const storyName = storyFileName(draft).replace(/\.json$/, '');
  const [address, setAddress] = useState(() => new URL('./', location.href).href);
  const [packing, setPacking] = useState<string | null>(null);
  let page: string | null = null;
  try {
    const url = new URL(address);
    if (/^https?:$/.test(url.protocol)) {
      url.searchParams.set('story', storyName);
      page = url.href;
    }
  } catch {
    page = null;
  }
  return (
    <div className="studio__export">
      <h2>Export</h2>
      {composed.problem && (
        <p className="studio__invalid">
          The story cannot be exported until it can be made: {composed.problem}
        </p>
      )}
      <ul className="studio__files">
        <li>
          <button
            type="button"
            disabled={!composed.story}
            onClick={() =>
              composed.story &&
              download(storyFileName(draft), serialiseStory(composed.story), 'application/json')
            }
          >
            The story: {storyFileName(draft)}
          </button>
          <span>
            for the app’s <code>public/content/</code>; readers open it with <code>?story={storyName}</code>
          </span>
        </li>
        <li>
          <button
            type="button"
            onClick={() =>
              download(overridesFileName(draft), serialiseStory(draft.overrides), 'application/json')
            }
          >
            Your choices: {overridesFileName(draft)}
          </button>
          <span>
            beside the article in <code>authoring/articles/</code>: <code>npm run content</code> makes the
            same story from them
          </span>
        </li>
        <li>
          <button type="button" onClick={() => download(draft.name, draft.article, 'text/plain')}>
            The article: {draft.name}
          </button>
          <span>as pasted</span>
        </li>
      </ul>
      <h3>The explainer, ready to upload</h3>
      <p>
        <button
          type="button"
          disabled={!composed.story || packing === 'Packing…'}
          onClick={async () => {
            if (!composed.story) return;
            setPacking('Packing…');
            try {
              const { packExplainer } = await import('./packExplainer.ts');
              const zip = await packExplainer(composed.story, storyName);
              download(`${storyName}-explainer.zip`, zip as Uint8Array<ArrayBuffer>, 'application/zip');
              setPacking(`Packed: ${(zip.length / 1_000_000).toFixed(1)} MB.`);
            } catch (error) {
              setPacking(`Not packed: ${(error as Error).message}`);
            }
          }}
        >
          Download the explainer (zip)
        </button>
        <span className="studio__hint" role="status">
          {packing ??
            ' The whole explainer with this story as its default: unzip it and upload the folder to any static host.'}
        </span>
      </p>
      <h3>Embed it</h3>
      <label>
        Where the explainer is published{' '}
        <input value={address} onChange={(e) => setAddress(e.target.value)} name="address" type="url" />
      </label>
      {page ? (
        <>
          <label htmlFor="snippet">Paste this into the article’s page</label>
          <textarea id="snippet" readOnly rows={5} value={embedSnippet(page, null)} />
        </>
      ) : (
        <p className="studio__invalid">The address starts with http:// or https://.</p>
      )}
    </div>
  );
}
