/**
 * The article as the story will hold it, passage by passage, with every mention marked in its
 * region's colour: the tool's, the editor's, those the editor rejected (struck through) and
 * the implicit references (underlined). A mark selects it for the inspector; N and P move to
 * the next and previous mark, X rejects or restores the selected one.
 */
import { useEffect, useMemo } from 'react';
import type { Overrides } from '../../authoring/overrides.ts';
import { splitArticle } from '../../authoring/passages.ts';
import { type Composed, keepLine, rejectMention, restoreMention } from './draft.ts';
import type { StudioData } from './studioData.ts';

export interface Selection {
  passage: string;
  /** The selected mark's key (`passage:start`), or null. */
  mention: string | null;
  /** Words the editor selected in the passage, offered to mark. */
  words?: string;
}

export type MarkKind = 'tool' | 'editor' | 'rejected' | 'implicit';

export interface Mark {
  key: string;
  passage: string;
  kind: MarkKind;
  region: string;
  text: string;
  start: number;
  end: number;
}

/** Every mark of every passage, in reading order; a rejected mention under a live one is not shown. */
export function marksOf(composed: Composed, overrides: Overrides): Mark[] {
  const marks: Mark[] = [];
  for (const passage of composed.story?.passages ?? []) {
    const live: Mark[] = passage.mentions.map((m) => ({
      key: `${passage.id}:${m.start}`,
      passage: passage.id,
      kind: overrides.mentions.some(
        (e) => e.passage === passage.id && e.region === m.region && e.text === m.text,
      )
        ? 'editor'
        : 'tool',
      region: m.region,
      text: m.text,
      start: m.start,
      end: m.end,
    }));
    const overlaps = (m: { start: number; end: number }) =>
      live.some((l) => l.start < m.end && m.start < l.end);
    const rejected: Mark[] = composed.setAside
      .filter((m) => m.passage === passage.id && !overlaps(m))
      .map((m) => ({ ...m, key: `${passage.id}:${m.start}`, kind: 'rejected' }));
    const implicit: Mark[] = passage.implicit.flatMap((r) => {
      const start = passage.text.indexOf(r.quote);
      const mark = { start, end: start + r.quote.length };
      if (start < 0 || overlaps(mark) || rejected.some((x) => x.start < mark.end && mark.start < x.end))
        return [];
      return [
        {
          key: `${passage.id}:${start}`,
          passage: passage.id,
          kind: 'implicit' as const,
          region: r.region,
          text: r.quote,
          ...mark,
        },
      ];
    });
    marks.push(...[...live, ...rejected, ...implicit].sort((a, b) => a.start - b.start));
  }
  return marks;
}

const KIND_LABEL: Record<MarkKind, string> = {
  tool: 'found by the tool',
  editor: 'marked by the editor',
  rejected: 'rejected',
  implicit: 'implicit reference',
};

export function ArticleReview({
  data,
  composed,
  selection,
  select,
  apply,
  overrides,
  article,
}: {
  data: Extract<StudioData, { ready: true }>;
  composed: Composed;
  selection: Selection;
  select: (s: Selection) => void;
  apply: (change: (o: Overrides) => Overrides) => void;
  overrides: Overrides;
  article: string;
}) {
  const marks = useMemo(() => marksOf(composed, overrides), [composed, overrides]);
  const passages = useMemo(
    () =>
      composed.story?.passages ??
      splitArticle(article, overrides.keptLines).passages.map((p) => ({ ...p, mentions: [], implicit: [] })),
    [composed, article, overrides.keptLines],
  );
  const colour = (region: string) => data.regions.find((r) => r.id === region)?.colour ?? 'none';
  const name = (region: string) => data.regions.find((r) => r.id === region)?.name ?? region;

  // N / P / X anywhere but in a field: the review by keyboard.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if ((event.target as Element | null)?.closest?.('input, textarea, select, [role="tab"]')) return;
      const key = event.key.toLowerCase();
      if (key !== 'n' && key !== 'p' && key !== 'x') return;
      const at = marks.findIndex((m) => m.key === selection.mention);
      if (key === 'x') {
        const mark = marks[at];
        if (!mark || mark.kind === 'implicit') return;
        event.preventDefault();
        apply(
          mark.kind === 'rejected'
            ? restoreMention(mark.passage, mark.region, mark.text)
            : rejectMention(mark.passage, mark.region, mark.text),
        );
        return;
      }
      const next = marks[key === 'n' ? (at + 1) % marks.length : (at - 1 + marks.length) % marks.length];
      if (!next) return;
      event.preventDefault();
      select({ passage: next.passage, mention: next.key });
      document.querySelector<HTMLElement>(`[data-mark="${next.key}"]`)?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [marks, selection, select, apply]);

  const counts = data.regions
    .map((r) => ({
      ...r,
      passages: new Set(marks.filter((m) => m.region === r.id && m.kind !== 'rejected').map((m) => m.passage))
        .size,
    }))
    .filter((r) => r.passages > 0);

  return (
    <section className="studio__article" aria-labelledby="article-heading">
      <h2 id="article-heading">The article</h2>
      <p className="studio__hint">
        Each region’s mentions in its colour. Select a mark, or press <kbd>N</kbd> and <kbd>P</kbd> to move
        between them and <kbd>X</kbd> to reject or restore one. Select words in a passage to mark them.
      </p>
      <ul className="studio__key" aria-label="Regions the story links">
        {counts.map((r) => (
          <li key={r.id} data-colour={r.colour}>
            {r.name}: {r.passages} passage{r.passages === 1 ? '' : 's'}
          </li>
        ))}
      </ul>
      {passages.map((p) => {
        const own = marks.filter((m) => m.passage === p.id);
        const pieces: React.ReactNode[] = [];
        let at = 0;
        for (const m of own) {
          if (m.start < at) continue;
          pieces.push(p.text.slice(at, m.start));
          pieces.push(
            <button
              key={m.key}
              type="button"
              className="studio__mark"
              data-mark={m.key}
              data-kind={m.kind}
              data-colour={colour(m.region)}
              aria-pressed={selection.mention === m.key}
              aria-label={`${m.text}: ${name(m.region)}, ${KIND_LABEL[m.kind]}`}
              onClick={(event) => {
                event.stopPropagation();
                select({ passage: p.id, mention: m.key });
              }}
            >
              {m.text}
            </button>,
          );
          at = m.end;
        }
        pieces.push(p.text.slice(at));
        return (
          // biome-ignore lint/a11y/useKeyWithClickEvents lint/a11y/noStaticElementInteractions: the passage is chosen by keyboard through its number button and its marks; the mouse also selects words here.
          <div
            key={p.id}
            className="studio__passage"
            data-passage={p.id}
            aria-current={selection.passage === p.id ? 'true' : undefined}
            onClick={() => select({ passage: p.id, mention: null })}
            onMouseUp={() => {
              const words = window.getSelection()?.toString().trim();
              if (words && p.text.includes(words)) select({ passage: p.id, mention: null, words });
            }}
          >
            <button
              type="button"
              className="studio__pid"
              aria-pressed={selection.passage === p.id}
              onClick={(event) => {
                event.stopPropagation();
                select({ passage: p.id, mention: null });
              }}
            >
              {p.id === 'p0' ? 'Title' : `¶ ${p.id.slice(1)}`}
            </button>
            <p>{pieces}</p>
          </div>
        );
      })}
      {composed.dropped.length > 0 && (
        <section className="studio__dropped" aria-labelledby="dropped-heading">
          <h3 id="dropped-heading">Lines not in the story ({composed.dropped.length})</h3>
          <p className="studio__hint">
            Set aside as page furniture, each by its rule. Keep one that is the article’s text.
          </p>
          <ul>
            {composed.dropped.map((d) => (
              <li key={d.line}>
                <span>line {d.line}</span> “{d.text}” <em>({d.rule})</em>{' '}
                {!d.rule.startsWith('end of article') && (
                  <button type="button" className="studio__quiet" onClick={() => apply(keepLine(d.text))}>
                    Keep it
                  </button>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
