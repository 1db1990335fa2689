import { useId, useState } from 'react';
import { type Card, embedSnippet } from './snippet.ts';

/** The page's social card (its Open Graph image and alt text), for the snippet's no-script image. */
function cardOfPage(doc: Document = document): Card | null {
  const meta = (property: string) =>
    doc.querySelector<HTMLMetaElement>(`meta[property="${property}"]`)?.content ?? '';
  const image = meta('og:image');
  if (!image) return null;
  return {
    url: new URL(image, doc.baseURI).href,
    alt: meta('og:image:alt'),
    width: Number(meta('og:image:width')) || 1200,
    height: Number(meta('og:image:height')) || 630,
  };
}

/** "Embed this map": shows the snippet (for the view on screen) and copies it. */
export function EmbedSnippet() {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const id = useId();
  // For the view on screen when it is opened (and nothing for the build, which has no address).
  const snippet = open ? embedSnippet(location.href, cardOfPage()) : '';
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setStatus('Copied to the clipboard.');
    } catch {
      setStatus('Copying is blocked here: select the code and copy it.');
    }
  };
  return (
    <section className="embed-snippet" aria-label="Embed this map">
      <button type="button" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        Embed this map
      </button>
      <div id={id} hidden={!open}>
        <label htmlFor={`${id}-code`}>Paste this where the map should appear:</label>
        <textarea
          id={`${id}-code`}
          readOnly
          rows={4}
          value={snippet}
          onFocus={(e) => e.currentTarget.select()}
        />
        <button type="button" onClick={copy}>
          Copy the code
        </button>
        <span role="status">{status}</span>
      </div>
    </section>
  );
}
