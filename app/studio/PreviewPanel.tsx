/**
 * The draft as readers will get it: the explainer's own page (studio-preview.html) in a frame
 * of a phone's, an article column's or a desktop's width, page or embed, light or dark. The
 * frame asks for the story when it starts and gets it again on every change.
 */
import { useEffect, useRef, useState } from 'react';
import type { Story } from '../story/schema.ts';
import { previewMessage } from './previewProtocol.ts';

const WIDTHS = [375, 700, 1000] as const;

export function PreviewPanel({ story }: { story: Story | null }) {
  const frame = useRef<HTMLIFrameElement>(null);
  const [width, setWidth] = useState<(typeof WIDTHS)[number]>(375);
  const [embed, setEmbed] = useState(true);
  const [theme, setTheme] = useState<'light' | 'dark'>('light');
  const latest = useRef(story);
  latest.current = story;

  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      if (event.source !== frame.current?.contentWindow) return;
      if (previewMessage(event, location.origin)?.studio === 'ready' && latest.current)
        frame.current?.contentWindow?.postMessage(
          { studio: 'story', story: latest.current },
          location.origin,
        );
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);
  useEffect(() => {
    if (story) frame.current?.contentWindow?.postMessage({ studio: 'story', story }, location.origin);
  }, [story]);

  const src = `studio-preview.html?${new URLSearchParams({ ...(embed ? { embed: '' } : {}), theme }).toString()}`;
  return (
    <div className="studio__preview">
      <h2>Preview</h2>
      {!story && (
        <p className="studio__invalid">The story cannot be made yet: the preview shows it once it can.</p>
      )}
      <fieldset className="studio__row studio__settings">
        <legend className="visually-hidden">Preview settings</legend>
        {WIDTHS.map((w) => (
          <button key={w} type="button" aria-pressed={width === w} onClick={() => setWidth(w)}>
            {w} px
          </button>
        ))}
        <button type="button" aria-pressed={embed} onClick={() => setEmbed(!embed)}>
          Embed
        </button>
        <button
          type="button"
          aria-pressed={theme === 'dark'}
          onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')}
        >
          Dark
        </button>
      </fieldset>
      <div className="studio__frame" data-width={width}>
        <iframe ref={frame} key={src} src={src} title="Preview of the explainer" width={width} height={820} />
      </div>
    </div>
  );
}
