/**
 * An editor's draft in the studio: the article as pasted and the editor's overrides, the very
 * inputs of `npm run content`. The story is never stored: it is composed from them by the same
 * authoring modules, so the studio and the command line make the same file. Every edit is a
 * pure function from one draft to the next (undo keeps the old one).
 */
import { ContentError, composeStory } from '../../authoring/compose.ts';
import { findMentions, type Gazetteer, type Rejected } from '../../authoring/mentions.ts';
import { NO_OVERRIDES, type Overrides } from '../../authoring/overrides.ts';
import { type DroppedLine, splitArticle } from '../../authoring/passages.ts';
import type { Mention, Story, StoryDate, StoryEvent } from '../story/schema.ts';

export interface Draft {
  id: string;
  /** The article's file name, which the story names as its source (`NAME.txt`). */
  name: string;
  article: string;
  overrides: Overrides;
  created: number;
  updated: number;
}

export interface Composed {
  story: Story | null;
  /** Why there is no story: the tool's own message, naming what is wrong and where. */
  problem: string | null;
  dropped: DroppedLine[];
  /** Names the gazetteer matched that a rule set aside, with the passage and the rule. */
  notTaken: (Rejected & { passage: string })[];
  /** The tool's mentions the editor rejected, where they stand, to be shown and restored. */
  setAside: (Mention & { passage: string })[];
}

export function composeDraft(draft: Draft, gazetteer: Gazetteer, regionIds: readonly string[]): Composed {
  const { passages, dropped } = splitArticle(draft.article, draft.overrides.keptLines);
  const notTaken: Composed['notTaken'] = [];
  const setAside: Composed['setAside'] = [];
  for (const p of passages) {
    const found: Rejected[] = [];
    const mentions = findMentions(p.text, gazetteer, found);
    notTaken.push(...found.map((r) => ({ ...r, passage: p.id })));
    const rejected = draft.overrides.rejectedMentions.filter((r) => r.passage === p.id);
    for (const m of mentions)
      if (rejected.some((r) => r.region === m.region && r.text === m.text))
        setAside.push({ ...m, passage: p.id });
  }
  try {
    const story = composeStory({
      article: draft.article,
      source: draft.name,
      gazetteer,
      overrides: draft.overrides,
      regionIds,
    });
    return { story, problem: null, dropped, notTaken, setAside };
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return { story: null, problem: error.message, dropped, notTaken, setAside };
  }
}

/** A file name for an article from its headline: lower-case words joined by dashes. */
export function nameFor(article: string): string {
  const headline = article.trim().split('\n')[0] ?? '';
  const slug = headline
    .toLowerCase()
    .normalize('NFKD')
    // Letters keep their base, without accents: "Été" is "ete".
    .replace(/\p{M}+/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  // At most 48 characters, cut between words.
  const head = slug.slice(0, 49);
  const cut = slug.length <= 48 ? slug : head.includes('-') ? head.replace(/-[^-]*$/, '') : slug.slice(0, 48);
  return `${cut || 'article'}.txt`;
}

export function newDraft(
  article: string,
  now: number,
  id: string,
  overrides: Overrides = NO_OVERRIDES,
): Draft {
  return {
    id,
    name: nameFor(article),
    article,
    overrides: structuredClone(overrides),
    created: now,
    updated: now,
  };
}

/** The draft's title as the list of drafts shows it: its headline, or its file name. */
export function titleOf(draft: Draft): string {
  const headline = draft.article.trim().split('\n')[0]?.trim();
  return headline || draft.name;
}

type Edit = (overrides: Overrides) => Overrides;

export function edit(draft: Draft, change: Edit, now: number): Draft {
  return { ...draft, overrides: change(draft.overrides), updated: now };
}

const sameMention = (a: { passage: string; region: string; text: string }) => (b: typeof a) =>
  a.passage === b.passage && a.region === b.region && a.text === b.text;

/** A mention the tool found is not one (in this passage, this region and these words). */
export const rejectMention =
  (passage: string, region: string, text: string): Edit =>
  (o) => {
    const m = { passage, region, text };
    // An editor's own mention is simply taken back.
    if (o.mentions.some(sameMention(m)))
      return { ...o, mentions: o.mentions.filter((x) => !sameMention(m)(x)) };
    return o.rejectedMentions.some(sameMention(m))
      ? o
      : { ...o, rejectedMentions: [...o.rejectedMentions, m] };
  };

export const restoreMention =
  (passage: string, region: string, text: string): Edit =>
  (o) => ({
    ...o,
    rejectedMentions: o.rejectedMentions.filter((x) => !sameMention({ passage, region, text })(x)),
  });

/** Words the tool missed (or set aside) are a mention of a region. */
export const addMention =
  (passage: string, region: string, text: string): Edit =>
  (o) => {
    const m = { passage, region, text };
    const rest = { ...o, rejectedMentions: o.rejectedMentions.filter((x) => !sameMention(m)(x)) };
    return rest.mentions.some(sameMention(m)) ? rest : { ...rest, mentions: [...rest.mentions, m] };
  };

/** The same words, another region: the tool's reading rejected, the editor's added. */
export const changeRegion =
  (passage: string, from: string, to: string, text: string): Edit =>
  (o) =>
    addMention(passage, to, text)(rejectMention(passage, from, text)(o));

export const addImplicit =
  (passage: string, region: string, quote: string, note: string): Edit =>
  (o) => ({ ...o, implicit: [...o.implicit, { passage, region, quote, note }] });

export const removeImplicit =
  (passage: string, region: string, quote: string): Edit =>
  (o) => ({
    ...o,
    implicit: o.implicit.filter((r) => !(r.passage === passage && r.region === region && r.quote === quote)),
  });

export type EventEdits = Partial<Pick<StoryEvent, 'summary' | 'regions' | 'when' | 'whenBy' | 'date'>>;

/**
 * A proposed event accepted, with the editor's edits (merged over earlier ones); an editor's
 * own event edited in place.
 */
export const acceptEvent =
  (id: string, edits: EventEdits = {}): Edit =>
  (o) => {
    if (o.events.some((e) => e.id === id))
      return { ...o, events: o.events.map((e) => (e.id === id ? { ...e, ...edits } : e)) };
    const earlier = o.acceptedEvents.find((a) => a.id === id);
    const accepted = { ...earlier, ...edits, id };
    return {
      ...o,
      rejectedEvents: o.rejectedEvents.filter((r) => r !== id),
      acceptedEvents: earlier
        ? o.acceptedEvents.map((a) => (a.id === id ? accepted : a))
        : [...o.acceptedEvents, accepted],
    };
  };

export const rejectEvent =
  (id: string): Edit =>
  (o) => ({
    ...o,
    events: o.events.filter((e) => e.id !== id),
    acceptedEvents: o.acceptedEvents.filter((a) => a.id !== id),
    rejectedEvents:
      o.events.some((e) => e.id === id) || o.rejectedEvents.includes(id)
        ? o.rejectedEvents
        : [...o.rejectedEvents, id],
  });

export const restoreEvent =
  (id: string): Edit =>
  (o) => ({ ...o, rejectedEvents: o.rejectedEvents.filter((r) => r !== id) });

/** A new event of the editor's, in a passage: an id not yet taken. */
export const addEvent =
  (event: Omit<StoryEvent, 'id' | 'review'>, taken: readonly string[]): Edit =>
  (o) => {
    const base =
      event.summary
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .split('-')
        .slice(0, 4)
        .join('-') || 'event';
    let id = base;
    for (let n = 2; taken.includes(id) || o.events.some((e) => e.id === id); n++) id = `${base}-${n}`;
    return { ...o, events: [...o.events, { ...event, id, review: 'curated' }] };
  };

export interface Publication {
  publisher: string;
  published: StoryDate;
  url?: string;
}

export const setPublication =
  (publication: Publication | undefined): Edit =>
  (o) => {
    const { publication: _, ...rest } = o;
    return publication ? { ...rest, publication } : rest;
  };

/** A line a furniture rule dropped is the article's own text after all: a passage again. */
export const keepLine =
  (text: string): Edit =>
  (o) =>
    o.keptLines.includes(text) ? o : { ...o, keptLines: [...o.keptLines, text] };

/** The draft's overrides file as `npm run content` reads it (NAME.overrides.json). */
export function overridesFileName(draft: Draft): string {
  return draft.name.replace(/\.[^.]+$/, '.overrides.json');
}

export function storyFileName(draft: Draft): string {
  return draft.name.replace(/\.[^.]+$/, '.json');
}
