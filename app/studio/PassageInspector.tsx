/**
 * The selected passage's review: its selected mark (change its region, reject or restore it),
 * words to mark as a mention or as an implicit reference, the implicit references it has, and
 * the names the tool set aside in it with the rule that did so (each can be taken).
 */
import { useEffect, useId, useState } from 'react';
import { withEditorMentions } from '../../authoring/mentions.ts';
import type { Overrides } from '../../authoring/overrides.ts';
import { marksOf, type Selection } from './ArticleReview.tsx';
import {
  addImplicit,
  addMention,
  type Composed,
  changeRegion,
  type Draft,
  rejectMention,
  removeImplicit,
  restoreMention,
} from './draft.ts';
import { PreviewFrame } from './PreviewFrame.tsx';
import { regionName, type StudioData } from './studioData.ts';

type Ready = Extract<StudioData, { ready: true }>;

/** Whether the engine would find these words as a mention in the passage (its own whole-word rule). */
const wholeWords = (text: string, words: string) =>
  withEditorMentions(text, [], [{ region: '', text: words }]).missing.length === 0;

export function PassageInspector({
  data,
  draft,
  composed,
  selection,
  select,
  apply,
}: {
  data: Ready;
  draft: Draft;
  composed: Composed;
  selection: Selection;
  select: (s: Selection) => void;
  apply: (change: (o: Overrides) => Overrides) => void;
}) {
  const passage = composed.story?.passages.find((p) => p.id === selection.passage);
  const mark = marksOf(composed, draft.overrides).find((m) => m.key === selection.mention);
  const notTaken = composed.notTaken.filter((r) => r.passage === selection.passage);
  if (!passage) return <p>Select a passage of the article.</p>;
  return (
    <div className="studio__inspector">
      <h2>{passage.id === 'p0' ? 'The title' : `Passage ${passage.id.slice(1)}`}</h2>
      {mark ? (
        <section aria-labelledby="mark-heading" className="studio__card">
          <h3 id="mark-heading">“{mark.text}”</h3>
          {mark.kind === 'implicit' ? (
            <>
              <p>Refers to {regionName(data.regions, mark.region)} without naming it.</p>
              <button
                type="button"
                onClick={() => apply(removeImplicit(mark.passage, mark.region, mark.text))}
              >
                Remove this reference
              </button>
            </>
          ) : mark.kind === 'rejected' ? (
            <>
              <p>
                Found by the tool as {regionName(data.regions, mark.region)}; you rejected it, so the story
                does not link it.
              </p>
              <button
                type="button"
                onClick={() => apply(restoreMention(mark.passage, mark.region, mark.text))}
              >
                Restore (X)
              </button>
            </>
          ) : (
            <>
              <p>
                A mention of {regionName(data.regions, mark.region)},{' '}
                {mark.kind === 'tool' ? 'found by the tool' : 'marked by you'}.
              </p>
              <label>
                Region{' '}
                <select
                  value={mark.region}
                  onChange={(e) => apply(changeRegion(mark.passage, mark.region, e.target.value, mark.text))}
                >
                  {data.regions.map((r) => (
                    <option key={r.id} value={r.id}>
                      {r.name}
                    </option>
                  ))}
                </select>
              </label>{' '}
              <button
                type="button"
                onClick={() => apply(rejectMention(mark.passage, mark.region, mark.text))}
              >
                {mark.kind === 'tool' ? 'Not a mention (X)' : 'Remove (X)'}
              </button>
            </>
          )}
        </section>
      ) : (
        <p className="studio__hint">Select a mark in the passage to review it.</p>
      )}
      <section aria-labelledby="map-heading" className="studio__map">
        <h3 id="map-heading">On the map</h3>
        <PreviewFrame
          story={composed.story}
          embed
          theme={null}
          hash={
            mark && mark.kind !== 'rejected'
              ? `#region=${mark.region}&passage=${passage.id}`
              : `#story=${passage.id}`
          }
          width="100%"
          height={460}
          title={`The map for ${passage.id === 'p0' ? 'the title' : `passage ${passage.id.slice(1)}`}`}
        />
      </section>
      <MarkWords
        key={`${passage.id}|${selection.words ?? ''}`}
        data={data}
        text={passage.text}
        passage={passage.id}
        words={selection.words ?? ''}
        apply={apply}
        onDone={() => select({ passage: passage.id, mention: null })}
      />
      {passage.implicit.length > 0 && (
        <section aria-labelledby="implicit-heading">
          <h3 id="implicit-heading">Implicit references</h3>
          <ul className="studio__list">
            {passage.implicit.map((r) => (
              <li key={`${r.region}|${r.quote}`}>
                “{r.quote}” → {regionName(data.regions, r.region)} <em>({r.note})</em>{' '}
                <button
                  type="button"
                  className="studio__quiet"
                  onClick={() => apply(removeImplicit(passage.id, r.region, r.quote))}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="not-taken-heading">
        <h3 id="not-taken-heading">Names set aside in this passage ({notTaken.length})</h3>
        {notTaken.length === 0 ? (
          <p className="studio__hint">None: every name the gazetteer knows here is linked.</p>
        ) : (
          <ul className="studio__list">
            {notTaken.map((r) => (
              <li key={`${r.region}|${r.text}|${r.rule}`}>
                “{r.text}” ({regionName(data.regions, r.region)}): <em>{r.rule}</em>{' '}
                <button type="button" onClick={() => apply(addMention(passage.id, r.region, r.text))}>
                  Take it as a mention
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

/** Words the editor marks: a mention the tool missed, or an implicit reference with its note. */
function MarkWords({
  data,
  text,
  passage,
  words: selected,
  apply,
  onDone,
}: {
  data: Ready;
  text: string;
  passage: string;
  words: string;
  apply: (change: (o: Overrides) => Overrides) => void;
  onDone: () => void;
}) {
  const id = useId();
  const [words, setWords] = useState(selected);
  const [region, setRegion] = useState(data.regions[0]?.id ?? '');
  const [kind, setKind] = useState<'mention' | 'implicit'>('mention');
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);
  useEffect(() => setWords(selected), [selected]);
  const problem =
    words.trim() === ''
      ? 'Type or select the words.'
      : kind === 'mention' && !wholeWords(text, words.trim())
        ? `“${words.trim()}” is not in this passage as whole words.`
        : kind === 'implicit' && !text.includes(words.trim())
          ? `“${words.trim()}” is not in this passage.`
          : kind === 'implicit' && note.trim() === ''
            ? 'Say why these words refer to the region (the note readers see).'
            : null;
  return (
    <form
      className="studio__card"
      aria-labelledby={`${id}-heading`}
      onSubmit={(event) => {
        event.preventDefault();
        setTried(true);
        if (problem) return;
        apply(
          kind === 'mention'
            ? addMention(passage, region, words.trim())
            : addImplicit(passage, region, words.trim(), note.trim()),
        );
        setWords('');
        setNote('');
        setTried(false);
        onDone();
      }}
    >
      <h3 id={`${id}-heading`}>Mark words in this passage</h3>
      <label>
        Words <input value={words} onChange={(e) => setWords(e.target.value)} name="words" />
      </label>
      <fieldset>
        <legend>They</legend>
        <label>
          <input
            type="radio"
            name={`${id}-kind`}
            checked={kind === 'mention'}
            onChange={() => setKind('mention')}
          />{' '}
          name the region (a mention the tool missed)
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-kind`}
            checked={kind === 'implicit'}
            onChange={() => setKind('implicit')}
          />{' '}
          refer to it without naming it (“our republic”)
        </label>
      </fieldset>
      <label>
        Region{' '}
        <select value={region} onChange={(e) => setRegion(e.target.value)} name="region">
          {data.regions.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
      </label>
      {kind === 'implicit' && (
        <label>
          Note for readers <input value={note} onChange={(e) => setNote(e.target.value)} name="note" />
        </label>
      )}
      {tried && problem && (
        <p className="studio__invalid" role="alert">
          {problem}
        </p>
      )}
      <button type="submit">Mark</button>
    </form>
  );
}
