import { useId, useState } from 'react';

/** Query parameters that choose what the embed shows, and so travel with the snippet (not `debug`). */
const KEPT = ['story', 'theme'];

/**
 * The code a newsroom pastes into its page: a placeholder and the loader, from wherever this
 * app is hosted, for the view on screen: the story, the theme and the route in the hash.
 */
export function embedSnippet(pageUrl: string): string {
  const page = new URL(pageUrl);
  const embed = new URL('embed.html', page);
  for (const key of KEPT) {
    const value = page.searchParams.get(key);
    if (value !== null) embed.searchParams.set(key, value);
  }
  embed.hash = page.hash;
  return [
    `<div data-region-explainer-src="${embed.href.replaceAll('"', '&quot;')}"></div>`,
    `<script src="${new URL('embed.js', page).href}" async></script>`,
  ].join('\n');
}

/** "Embed this map": shows the snippet (for the view on screen) and copies it. */
export function EmbedSnippet() {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const id = useId();
  // For the view on screen when it is opened (and nothing for the build, which has no address).
  const snippet = open ? embedSnippet(location.href) : '';
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
          rows={3}
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
