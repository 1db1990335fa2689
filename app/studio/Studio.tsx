/**
 * The studio (studio.html): an editor turns an article into an explainer in the browser. It
 * holds the draft being edited with its undo history, writes every edit to the browser's
 * storage as it is made, and composes the story with the authoring modules on every change.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { articleOfStory, overridesOfStory } from '../../authoring/fromStory.ts';
import type { Overrides } from '../../authoring/overrides.ts';
import { ArticleReview, type Selection } from './ArticleReview.tsx';
import { type Composed, composeDraft, type Draft, edit, newDraft, titleOf } from './draft.ts';
import { deleteDraft, listDrafts, type Saved, saveDraft } from './drafts.ts';
import { EventsPanel } from './EventsPanel.tsx';
import { ExportPanel } from './ExportPanel.tsx';
import { historyOf, record, redo, undo } from './history.ts';
import { type Opened, openFile, tooLarge } from './openFile.ts';
import { PassageInspector } from './PassageInspector.tsx';
import { PreviewPanel } from './PreviewPanel.tsx';
import { PublicationPanel } from './PublicationPanel.tsx';
import { type StudioData, useStudioData } from './studioData.ts';

type Tab = 'review' | 'events' | 'publication' | 'preview' | 'export';
const TABS: [Tab, string][] = [
  ['review', 'Mentions'],
  ['events', 'Events'],
  ['publication', 'Publication'],
  ['preview', 'Preview'],
  ['export', 'Export'],
];

type Status = { kind: 'saved' | 'saving' | 'error' | 'refused' | 'info'; text: string } | null;

const newId = () => `d${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

export function Studio() {
  const data = useStudioData();
  const [saved, setSaved] = useState<Saved | null>(null);
  const [drafts, setDrafts] = useState<Saved[] | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [tab, setTab] = useState<Tab>('review');

  // The draft edited last opens again: a reload continues where the editor was.
  useEffect(() => {
    listDrafts().then(
      (all) => {
        setDrafts(all);
        if (all[0]) setSaved(all[0]);
      },
      (error: unknown) =>
        setStatus({ kind: 'error', text: `The browser’s storage cannot be used: ${String(error)}` }),
    );
  }, []);

  /** Every change: the new state is shown and written at once. */
  const keep = useCallback((next: Saved) => {
    setSaved(next);
    setStatus({ kind: 'saving', text: 'Saving…' });
    saveDraft(next).then(
      () =>
        setStatus({
          kind: 'saved',
          text: `Saved in this browser at ${new Date(next.present.updated).toLocaleTimeString()}`,
        }),
      (error: unknown) =>
        setStatus({ kind: 'error', text: `Not saved: ${String(error)}. Export your work before closing.` }),
    );
  }, []);

  const apply = useCallback(
    (change: (o: Overrides) => Overrides) => {
      if (saved) keep(record(saved, edit(saved.present, change, Date.now())));
    },
    [saved, keep],
  );

  const start = useCallback(
    (draft: Draft) => {
      keep(historyOf(draft));
      setTab('review');
    },
    [keep],
  );

  const opened = useCallback(
    (file: Opened) => {
      if (file.kind === 'refused') {
        setStatus({ kind: 'refused', text: `Not opened. ${file.message}. Your draft is unchanged.` });
        return;
      }
      if (!data.ready) return;
      if (file.kind === 'article') start(newDraft(file.article, Date.now(), newId()));
      else if (file.kind === 'story') {
        const draft = newDraft(
          articleOfStory(file.story),
          Date.now(),
          newId(),
          overridesOfStory(file.story, data.gazetteer),
        );
        start({ ...draft, name: file.story.source });
      } else if (saved) {
        keep(record(saved, { ...saved.present, overrides: file.overrides, updated: Date.now() }));
        setStatus({
          kind: 'info',
          text: `${file.name}: the editor’s choices in it now apply to this draft (Undo takes them back).`,
        });
      } else
        setStatus({ kind: 'refused', text: `${file.name} is an overrides file: open its article first.` });
    },
    [data, saved, start, keep],
  );

  const back = useCallback(() => {
    setSaved(null);
    listDrafts().then(setDrafts, () => {});
  }, []);

  // Undo and redo from anywhere but a text field (which has its own).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!saved || !(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'z') return;
      if ((event.target as Element | null)?.closest?.('input, textarea, select')) return;
      event.preventDefault();
      keep(event.shiftKey ? redo(saved) : undo(saved));
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [saved, keep]);

  const composed = useMemo(
    () => (saved && data.ready ? composeDraft(saved.present, data.gazetteer, data.regionIds) : null),
    [saved, data],
  );

  return (
    <div className="studio">
      <header className="studio__bar">
        <h1 className="studio__brand">
          Map explainer <span>studio</span>
        </h1>
        {saved && (
          <>
            <p className="studio__title" title={titleOf(saved.present)}>
              {titleOf(saved.present)}
            </p>
            <div className="studio__actions">
              <button
                type="button"
                onClick={() => keep(undo(saved))}
                disabled={saved.past.length === 0}
                aria-keyshortcuts="Control+Z"
              >
                Undo
              </button>
              <button
                type="button"
                onClick={() => keep(redo(saved))}
                disabled={saved.future.length === 0}
                aria-keyshortcuts="Control+Shift+Z"
              >
                Redo
              </button>
              <OpenButton data={data} onOpened={opened} label="Open a file…" />
              <button type="button" onClick={back}>
                All drafts
              </button>
            </div>
          </>
        )}
      </header>
      <main aria-label="The studio">
        <p className={`studio__status studio__status--${status?.kind ?? 'none'}`} role="status">
          {status?.text}
        </p>
        {!data.ready ? (
          <p className="studio__loading" role={data.problem ? 'alert' : undefined}>
            {data.problem ?? 'Loading the map’s regions…'}
          </p>
        ) : !saved || !composed ? (
          <Start
            data={data}
            drafts={drafts}
            onStart={(article) => start(newDraft(article, Date.now(), newId()))}
            onOpened={opened}
            onOpen={(s) => setSaved(s)}
            onDelete={(id) =>
              deleteDraft(id).then(
                () => listDrafts().then(setDrafts),
                (error: unknown) => setStatus({ kind: 'error', text: String(error) }),
              )
            }
          />
        ) : (
          <Editor
            data={data}
            draft={saved.present}
            composed={composed}
            apply={apply}
            tab={tab}
            setTab={setTab}
          />
        )}
      </main>
    </div>
  );
}

function Editor({
  data,
  draft,
  composed,
  apply,
  tab,
  setTab,
}: {
  data: Extract<StudioData, { ready: true }>;
  draft: Draft;
  composed: Composed;
  apply: (change: (o: Overrides) => Overrides) => void;
  tab: Tab;
  setTab: (tab: Tab) => void;
}) {
  const [selection, select] = useState<Selection>({ passage: 'p0', mention: null });
  return (
    <div className="studio__editor">
      {composed.problem && (
        <div className="studio__problem" role="alert">
          <strong>The story cannot be made yet.</strong> {composed.problem}
        </div>
      )}
      <ArticleReview
        data={data}
        composed={composed}
        selection={selection}
        select={select}
        apply={apply}
        overrides={draft.overrides}
        article={draft.article}
      />
      <section className="studio__side" aria-label="Review and publish">
        <div role="tablist" className="studio__tabs" aria-label="Steps">
          {TABS.map(([id, label]) => (
            <button
              key={id}
              type="button"
              role="tab"
              id={`tab-${id}`}
              aria-selected={tab === id}
              aria-controls={`panel-${id}`}
              onClick={() => setTab(id)}
            >
              {label}
            </button>
          ))}
        </div>
        <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="studio__panel">
          {tab === 'review' && (
            <PassageInspector
              data={data}
              draft={draft}
              composed={composed}
              selection={selection}
              select={select}
              apply={apply}
            />
          )}
          {tab === 'events' && <EventsPanel data={data} draft={draft} composed={composed} apply={apply} />}
          {tab === 'publication' && <PublicationPanel draft={draft} composed={composed} apply={apply} />}
          {tab === 'preview' && <PreviewPanel story={composed.story} />}
          {tab === 'export' && <ExportPanel draft={draft} composed={composed} />}
        </div>
      </section>
    </div>
  );
}

function OpenButton({
  data,
  onOpened,
  label,
}: {
  data: StudioData;
  onOpened: (file: Opened) => void;
  label: string;
}) {
  return (
    <label className="studio__open">
      {label}
      <input
        type="file"
        accept=".txt,.json,text/plain,application/json"
        className="visually-hidden"
        onChange={async (event) => {
          const input = event.currentTarget;
          const file = input.files?.[0];
          input.value = '';
          if (!file || !data.ready) return;
          // A file over the limit is refused by its size, before it is read.
          const large = tooLarge(file.name, file.size);
          onOpened(large ?? openFile(file.name, new Uint8Array(await file.arrayBuffer()), data.regionIds));
        }}
      />
    </label>
  );
}

function Start({
  data,
  drafts,
  onStart,
  onOpened,
  onOpen,
  onDelete,
}: {
  data: StudioData;
  drafts: Saved[] | null;
  onStart: (article: string) => void;
  onOpened: (file: Opened) => void;
  onOpen: (saved: Saved) => void;
  onDelete: (id: string) => void;
}) {
  const [text, setText] = useState('');
  return (
    <div className="studio__start">
      <section aria-labelledby="new-heading">
        <h2 id="new-heading">A new explainer</h2>
        <p>
          Paste the article: its headline first, then its text, as plain text or straight from the web page.
          Captions, bylines and other furniture are set aside and listed; nothing is dropped without saying
          so.
        </p>
        <label htmlFor="article-text">The article</label>
        <textarea id="article-text" value={text} onChange={(e) => setText(e.target.value)} rows={14} />
        <div className="studio__row">
          <button
            type="button"
            className="studio__primary"
            disabled={text.trim() === ''}
            onClick={() => onStart(text)}
          >
            Find the regions
          </button>
          <OpenButton data={data} onOpened={onOpened} label="Or open an article, story or overrides file…" />
        </div>
      </section>
      <section aria-labelledby="drafts-heading">
        <h2 id="drafts-heading">Drafts in this browser</h2>
        {drafts === null ? (
          <p>Reading…</p>
        ) : drafts.length === 0 ? (
          <p>None yet. Each draft is kept here as you work, and stays when you close the page.</p>
        ) : (
          <ul className="studio__drafts">
            {drafts.map((d) => (
              <li key={d.present.id}>
                <button type="button" onClick={() => onOpen(d)}>
                  {titleOf(d.present)}
                </button>
                <span>{new Date(d.present.updated).toLocaleString()}</span>
                <button
                  type="button"
                  className="studio__quiet"
                  onClick={() => onDelete(d.present.id)}
                  aria-label={`Delete “${titleOf(d.present)}”`}
                >
                  Delete
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
