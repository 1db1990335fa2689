/**
 * The story's events in the article's order, each with its passage: the tool's proposals to
 * accept, edit or reject, the editor's own to edit or remove, the rejected ones to restore, and
 * a form for a new one. The schema's rules are checked as the editor types.
 */
import { useMemo, useState } from 'react';
import type { Overrides } from '../../authoring/overrides.ts';
import { STORY_LIMITS } from '../story/limits.ts';
import type { StoryEvent } from '../story/schema.ts';
import {
  acceptEvent,
  addEvent,
  type Composed,
  composeDraft,
  type Draft,
  type EventEdits,
  rejectEvent,
  restoreEvent,
} from './draft.ts';
import { regionName, type StudioData } from './studioData.ts';

type Ready = Extract<StudioData, { ready: true }>;
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const passageNumber = (id: string) => Number(id.slice(1));

export function EventsPanel({
  data,
  draft,
  composed,
  apply,
}: {
  data: Ready;
  draft: Draft;
  composed: Composed;
  apply: (change: (o: Overrides) => Overrides) => void;
}) {
  const [editing, setEditing] = useState<string | null>(null);
  const events = [...(composed.story?.events ?? [])].sort(
    (a, b) => passageNumber(a.passage) - passageNumber(b.passage),
  );
  // The rejected proposals as the tool makes them, to be seen and restored.
  const rejected = useMemo(() => {
    const all = composeDraft(
      { ...draft, overrides: { ...draft.overrides, rejectedEvents: [] } },
      data.gazetteer,
      data.regionIds,
    );
    return (all.story?.events ?? []).filter((e) => draft.overrides.rejectedEvents.includes(e.id));
  }, [draft, data]);
  const own = new Set(draft.overrides.events.map((e) => e.id));
  const passageText = (id: string) => composed.story?.passages.find((p) => p.id === id)?.text ?? '';
  const badge = (e: StoryEvent) =>
    own.has(e.id) ? 'Yours' : e.review === 'proposed' ? 'Proposed' : 'Accepted';
  return (
    <div className="studio__events">
      <h2>Events ({events.length})</h2>
      <p className="studio__hint">
        The tool proposes an event where a passage dates what happened in a region. Accept what is right, edit
        the summary or the time, reject what is not an event.
      </p>
      <ol className="studio__event-list">
        {events.map((e) => (
          <li key={e.id} className="studio__card" data-event={e.id} data-review={badge(e).toLowerCase()}>
            <p className="studio__event-head">
              <span className="studio__badge">{badge(e)}</span> {e.when ?? 'undated'}
              {e.whenBy === 'editor' && ' (editor’s words)'}
              {e.date && ` · ${e.date.value}${e.date.source === 'editor' ? ' (editor’s date)' : ''}`} ·{' '}
              {e.regions.map((r) => regionName(data.regions, r)).join(', ')} · ¶ {e.passage.slice(1)}
            </p>
            {editing === e.id ? (
              <EventForm
                data={data}
                initial={e}
                submit="Save"
                onCancel={() => setEditing(null)}
                onSubmit={(edits) => {
                  apply(acceptEvent(e.id, edits));
                  setEditing(null);
                }}
              />
            ) : (
              <>
                <p className="studio__summary">{e.summary}</p>
                <details>
                  <summary>The passage</summary>
                  <p>{passageText(e.passage)}</p>
                </details>
                <div className="studio__row">
                  {e.review === 'proposed' && (
                    <button type="button" onClick={() => apply(acceptEvent(e.id))}>
                      Accept
                    </button>
                  )}
                  <button type="button" onClick={() => setEditing(e.id)}>
                    Edit
                  </button>
                  <button type="button" onClick={() => apply(rejectEvent(e.id))}>
                    {own.has(e.id) ? 'Remove' : 'Reject'}
                  </button>
                </div>
              </>
            )}
          </li>
        ))}
      </ol>
      {rejected.length > 0 && (
        <section aria-labelledby="rejected-events">
          <h3 id="rejected-events">Rejected ({rejected.length})</h3>
          <ul className="studio__list">
            {rejected.map((e) => (
              <li key={e.id}>
                {e.summary}{' '}
                <button type="button" onClick={() => apply(restoreEvent(e.id))}>
                  Restore
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="new-event" className="studio__card">
        <h3 id="new-event">A new event</h3>
        <EventForm
          data={data}
          passages={composed.story?.passages.map((p) => p.id) ?? []}
          submit="Add the event"
          onSubmit={(edits, passage) =>
            apply(
              addEvent(
                {
                  summary: edits.summary ?? '',
                  regions: edits.regions ?? [],
                  when: edits.when ?? null,
                  whenBy: edits.when ? 'editor' : undefined,
                  passage: passage ?? 'p1',
                  ...(edits.date ? { date: edits.date } : {}),
                },
                composed.story?.events.map((e) => e.id) ?? [],
              ),
            )
          }
        />
      </section>
    </div>
  );
}

/** An event's words, time, date and regions, with the schema's rules said as the editor types. */
function EventForm({
  data,
  initial,
  passages,
  submit,
  onSubmit,
  onCancel,
}: {
  data: Ready;
  initial?: StoryEvent;
  passages?: string[];
  submit: string;
  onSubmit: (edits: EventEdits, passage?: string) => void;
  onCancel?: () => void;
}) {
  const [summary, setSummary] = useState(initial?.summary ?? '');
  const [when, setWhen] = useState(initial?.when ?? '');
  const [date, setDate] = useState(initial?.date?.value ?? '');
  const [regions, setRegions] = useState<string[]>(initial?.regions ?? []);
  const [passage, setPassage] = useState(passages?.[1] ?? passages?.[0] ?? 'p0');
  // An event being edited is checked as the editor types; a new one once it is tried.
  const [tried, setTried] = useState(initial !== undefined);
  const limit = STORY_LIMITS.summaryCharacters;
  const problems = [
    summary.trim() === '' && 'The summary is empty.',
    summary.length > limit && `The summary is ${summary.length} characters; at most ${limit}.`,
    date !== '' && !DATE.test(date) && 'A date is YYYY, YYYY-MM or YYYY-MM-DD.',
    regions.length === 0 && 'Choose at least one region.',
  ].filter((p): p is string => typeof p === 'string');
  return (
    <form
      className="studio__event-form"
      onSubmit={(event) => {
        event.preventDefault();
        setTried(true);
        if (problems.length) return;
        const edits: EventEdits = { summary: summary.trim(), regions };
        const newWhen = when.trim() === '' ? null : when.trim();
        if (!initial || newWhen !== initial.when) {
          edits.when = newWhen;
          if (newWhen) edits.whenBy = 'editor';
        }
        if (date !== (initial?.date?.value ?? '') && date !== '')
          edits.date = { value: date, source: 'editor' };
        onSubmit(edits, passage);
        if (!initial) {
          setSummary('');
          setWhen('');
          setDate('');
          setRegions([]);
          setTried(false);
        }
      }}
    >
      {passages && (
        <label>
          Passage{' '}
          <select value={passage} onChange={(e) => setPassage(e.target.value)}>
            {passages.map((p) => (
              <option key={p} value={p}>
                {p === 'p0' ? 'Title' : `¶ ${p.slice(1)}`}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        Summary{' '}
        <textarea value={summary} onChange={(e) => setSummary(e.target.value)} rows={3} name="summary" />
        <span className="studio__count" data-over={summary.length > limit || undefined}>
          {summary.length} / {limit}
        </span>
      </label>
      <label>
        When, in the article’s words{' '}
        <input value={when} onChange={(e) => setWhen(e.target.value)} name="when" />
      </label>
      <label>
        Date (YYYY, YYYY-MM or YYYY-MM-DD){' '}
        <input value={date} onChange={(e) => setDate(e.target.value)} name="date" inputMode="numeric" />
      </label>
      <fieldset>
        <legend>Regions</legend>
        {data.regions.map((r) => (
          <label key={r.id} className="studio__check">
            <input
              type="checkbox"
              checked={regions.includes(r.id)}
              onChange={(e) =>
                setRegions(e.target.checked ? [...regions, r.id] : regions.filter((x) => x !== r.id))
              }
            />{' '}
            {r.name}
          </label>
        ))}
      </fieldset>
      {tried && problems.length > 0 && (
        <ul className="studio__invalid" aria-live="polite">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <div className="studio__row">
        <button type="submit" disabled={tried && problems.length > 0}>
          {submit}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
