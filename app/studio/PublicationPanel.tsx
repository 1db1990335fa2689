/**
 * Who published the article, when and where: the byline and source line readers see. The date
 * is the article's or the editor's (with a note saying where it was found), as the schema has it.
 */
import { useState } from 'react';
import type { Overrides } from '../../authoring/overrides.ts';
import { STORY_LIMITS } from '../story/limits.ts';
import { type Composed, type Draft, setPublication } from './draft.ts';

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const URL_RULE = /^https?:\/\/\S+$/;

export function PublicationPanel({
  draft,
  composed,
  apply,
}: {
  draft: Draft;
  composed: Composed;
  apply: (change: (o: Overrides) => Overrides) => void;
}) {
  const current = draft.overrides.publication;
  const [publisher, setPublisher] = useState(current?.publisher ?? '');
  const [date, setDate] = useState(current?.published.value ?? '');
  const [source, setSource] = useState<'article' | 'editor'>(current?.published.source ?? 'article');
  const [note, setNote] = useState(current?.published.note ?? '');
  const [url, setUrl] = useState(current?.url ?? '');
  const problems = [
    publisher.trim() === '' && 'Name the publisher.',
    publisher.length > STORY_LIMITS.nameCharacters &&
      `The publisher’s name is over ${STORY_LIMITS.nameCharacters} characters.`,
    !DATE.test(date) && 'The date is YYYY, YYYY-MM or YYYY-MM-DD.',
    source === 'editor' &&
      note.trim() === '' &&
      'Say where the date comes from, since the article does not state it.',
    url !== '' && !URL_RULE.test(url) && 'The address starts with http:// or https:// and has no spaces.',
  ].filter((p): p is string => typeof p === 'string');
  return (
    <div className="studio__publication">
      <h2>Publication</h2>
      <p>
        <strong>Title:</strong> {composed.story?.title ?? '(the article’s first line)'}
      </p>
      <p className="studio__hint">
        The title is the article’s headline, its first line; edit it in the article.
      </p>
      <form
        className="studio__card"
        onSubmit={(event) => {
          event.preventDefault();
          if (problems.length) return;
          apply(
            setPublication({
              publisher: publisher.trim(),
              published: {
                value: date,
                source,
                ...(source === 'editor' && note.trim() ? { note: note.trim() } : {}),
              },
              ...(url ? { url } : {}),
            }),
          );
        }}
      >
        <label>
          Publisher{' '}
          <input name="publisher" value={publisher} onChange={(e) => setPublisher(e.target.value)} />
        </label>
        <label>
          Published (YYYY-MM-DD){' '}
          <input name="published" value={date} onChange={(e) => setDate(e.target.value)} />
        </label>
        <fieldset>
          <legend>The date is</legend>
          <label>
            <input
              type="radio"
              name="date-source"
              checked={source === 'article'}
              onChange={() => setSource('article')}
            />{' '}
            stated in the article
          </label>
          <label>
            <input
              type="radio"
              name="date-source"
              checked={source === 'editor'}
              onChange={() => setSource('editor')}
            />{' '}
            found elsewhere by the editor (the page says so)
          </label>
        </fieldset>
        {source === 'editor' && (
          <label>
            Where it comes from <input name="note" value={note} onChange={(e) => setNote(e.target.value)} />
          </label>
        )}
        <label>
          The article’s address{' '}
          <input name="url" type="url" value={url} onChange={(e) => setUrl(e.target.value)} />
        </label>
        {problems.length > 0 && (
          <ul className="studio__invalid" aria-live="polite">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        )}
        <div className="studio__row">
          <button type="submit" disabled={problems.length > 0}>
            Set the publication
          </button>
          {current && (
            <button type="button" onClick={() => apply(setPublication(undefined))}>
              Remove it
            </button>
          )}
        </div>
        {current && (
          <p className="studio__hint">
            Now: {current.publisher}, {current.published.value}
            {current.published.source === 'editor' ? ' (editor’s date)' : ''}
          </p>
        )}
      </form>
    </div>
  );
}
