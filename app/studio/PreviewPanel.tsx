/**
 * The draft as readers will get it: the explainer's own page (studio-preview.html) in a frame
 * of a phone's, an article column's or a desktop's width, page or embed, light or dark. The
 * frame asks for the story when it starts and gets it again on every change.
 */
import { useState } from 'react';
import type { Story } from '../story/schema.ts';
import { PreviewFrame } from './PreviewFrame.tsx';

const WIDTHS = [375, 700, 1000] as const;

export function PreviewPanel({ story }: { story: Story | null }) {
  const [width, setWidth] = useState<(typeof WIDTHS)[number]>(375);
  const [embed, setEmbed] = useState(true);
  const [theme, setTheme] = useState<'light' | 'dark'>('light');
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
      {/* Wider than the studio's column, it scrolls: by keyboard too. */}
      <section
        className="studio__frame"
        data-width={width}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus to be scrolled by keyboard.
        tabIndex={0}
        aria-label={`The explainer at ${width} px`}
      >
        <PreviewFrame
          story={story}
          embed={embed}
          theme={theme}
          width={width}
          height={820}
          title="Preview of the explainer"
        />
      </section>
    </div>
  );
}
