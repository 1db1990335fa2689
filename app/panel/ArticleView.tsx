import type { Story } from '../story/schema.ts';
import { PassageText } from './PassageText.tsx';
import { useFocusedPassage } from './RegionPanel.tsx';

/** The whole article, verbatim, every mention a button that selects its region. */
export function ArticleView({ story, focusedPassage }: { story: Story; focusedPassage: string | null }) {
  const [headline, ...body] = story.passages;
  useFocusedPassage(focusedPassage);
  return (
    <section className="panel article" data-panel="article" aria-labelledby="panel-title">
      <h2 id="panel-title" tabIndex={-1}>
        The article
      </h2>
      {headline && (
        <p
          className="article__headline"
          data-passage-id={headline.id}
          data-focused={headline.id === focusedPassage || undefined}
        >
          <PassageText passage={headline} />
        </p>
      )}
      {body.map((p) => (
        <p key={p.id} data-passage-id={p.id} data-focused={p.id === focusedPassage || undefined}>
          <PassageText passage={p} />
        </p>
      ))}
    </section>
  );
}
