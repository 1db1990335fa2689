import { describe, expect, it } from 'vitest';
import { readGazetteer, readRegionIds } from '../../authoring/files.ts';
import { NO_OVERRIDES } from '../../authoring/overrides.ts';
import {
  acceptEvent,
  addEvent,
  addImplicit,
  addMention,
  changeRegion,
  composeDraft,
  edit,
  keepLine,
  nameFor,
  newDraft,
  rejectEvent,
  rejectMention,
  restoreEvent,
  restoreMention,
  setPublication,
} from './draft.ts';

const gazetteer = readGazetteer();
const regionIds = readRegionIds();
const ARTICLE =
  'Crimea and Kerch today\n\nMoscow said on Tuesday that Crimea and the village of Kerch stand.\n\nNothing here.';
const draft = newDraft(ARTICLE, 1, 'd1');
const compose = (overrides = draft.overrides) => composeDraft({ ...draft, overrides }, gazetteer, regionIds);
const mentions = (overrides = draft.overrides, passage = 1) =>
  compose(overrides).story?.passages[passage]?.mentions.map((m) => `${m.region}:${m.text}`);

describe('a draft in the studio', () => {
  it('is named from its headline and composes as the command line does', () => {
    expect(draft.name).toBe('crimea-and-kerch-today.txt');
    expect(nameFor('  \n')).toBe('article.txt');
    expect(nameFor('Ça va? Été 2024!')).toBe('ca-va-ete-2024.txt');
    // Long headlines are cut between words.
    expect(nameFor('Breakaway Tskhinvali: Russia’s creeping occupation of Georgia continues')).toBe(
      'breakaway-tskhinvali-russia-s-creeping.txt',
    );
    expect(nameFor('x'.repeat(80))).toBe(`${'x'.repeat(48)}.txt`);
    const composed = compose();
    expect(composed.problem).toBeNull();
    expect(composed.story?.source).toBe('crimea-and-kerch-today.txt');
  });

  it('says why there is no story, in the tool’s words, instead of throwing', () => {
    const composed = composeDraft(
      { ...draft, article: 'Nothing to link\n\nNor here.' },
      gazetteer,
      regionIds,
    );
    expect(composed.story).toBeNull();
    expect(composed.problem).toMatch(/mentions none of the regions/);
  });

  it('rejects a found mention and restores it; the rejected one is set aside where it stands', () => {
    const rejected = rejectMention('p1', 'russia', 'Moscow')(draft.overrides);
    expect(mentions(rejected)).not.toContain('russia:Moscow');
    expect(compose(rejected).setAside).toEqual([
      expect.objectContaining({ passage: 'p1', text: 'Moscow', start: 0 }),
    ]);
    expect(rejectMention('p1', 'russia', 'Moscow')(rejected)).toEqual(rejected);
    expect(restoreMention('p1', 'russia', 'Moscow')(rejected)).toEqual(draft.overrides);
  });

  it('marks words the tool missed, and takes an editor’s mark back rather than rejecting it', () => {
    const added = addMention('p1', 'crimea', 'Kerch')(draft.overrides);
    expect(mentions(added)).toContain('crimea:Kerch');
    expect(addMention('p1', 'crimea', 'Kerch')(added)).toEqual(added);
    const removed = rejectMention('p1', 'crimea', 'Kerch')(added);
    expect(removed).toEqual(draft.overrides);
  });

  it('changes a mention’s region: the tool’s reading rejected, the editor’s added', () => {
    const changed = changeRegion('p1', 'russia', 'ukraine', 'Moscow')(draft.overrides);
    expect(mentions(changed)).toContain('ukraine:Moscow');
    expect(mentions(changed)).not.toContain('russia:Moscow');
    // And back: the editor's reading removed, the tool's restored.
    expect(changeRegion('p1', 'ukraine', 'russia', 'Moscow')(changed)).toEqual({
      ...draft.overrides,
      mentions: [{ passage: 'p1', region: 'russia', text: 'Moscow' }],
    });
  });

  it('adds implicit references with their note', () => {
    const o = addImplicit('p2', 'crimea', 'Nothing here', 'The peninsula')(draft.overrides);
    expect(compose(o).story?.passages[2]?.implicit).toEqual([
      { region: 'crimea', quote: 'Nothing here', note: 'The peninsula' },
    ]);
  });

  it('accepts, edits, rejects and restores the tool’s events, and adds the editor’s own', () => {
    const proposals = compose().story?.events ?? [];
    const [first] = proposals;
    if (!first) throw new Error('the article should propose an event');
    expect(first.review).toBe('proposed');
    const accepted = acceptEvent(first.id)(draft.overrides);
    expect(compose(accepted).story?.events.find((e) => e.id === first.id)?.review).toBe('curated');
    const edited = acceptEvent(first.id, { summary: 'Moscow speaks.' })(accepted);
    expect(edited.acceptedEvents).toEqual([{ id: first.id, summary: 'Moscow speaks.' }]);
    const rejected = rejectEvent(first.id)(edited);
    expect(compose(rejected).story?.events.map((e) => e.id)).not.toContain(first.id);
    expect(restoreEvent(first.id)(rejected).rejectedEvents).toEqual([]);
    const own = addEvent(
      { summary: 'Kerch bridge opens', regions: ['crimea'], passage: 'p1', when: null },
      [],
    )(draft.overrides);
    expect(own.events.map((e) => e.id)).toEqual(['kerch-bridge-opens']);
    expect(
      addEvent(
        { summary: 'Kerch bridge opens', regions: ['crimea'], passage: 'p1', when: null },
        [],
      )(own).events.map((e) => e.id),
    ).toEqual(['kerch-bridge-opens', 'kerch-bridge-opens-2']);
    expect(rejectEvent('kerch-bridge-opens')(own)).toEqual(draft.overrides);
  });

  it('keeps a line a furniture rule dropped, as a passage of its own, and lists it no longer', () => {
    const pasted = 'Crimea today\nPhoto: the bridge at Kerch\nMoscow said so.';
    const d = newDraft(pasted, 1, 'd2');
    const before = composeDraft(d, gazetteer, regionIds);
    expect(before.dropped.map((x) => x.text)).toEqual(['Photo: the bridge at Kerch']);
    expect(before.story?.passages).toHaveLength(2);
    const kept = composeDraft(edit(d, keepLine('Photo: the bridge at Kerch'), 2), gazetteer, regionIds);
    expect(kept.dropped).toEqual([]);
    expect(kept.story?.passages.map((p) => p.text)).toEqual([
      'Crimea today',
      'Photo: the bridge at Kerch',
      'Moscow said so.',
    ]);
  });

  it('sets and removes the publication', () => {
    const o = setPublication({
      publisher: 'Agenda.ge',
      published: { value: '2015-08-11', source: 'article' },
    })(NO_OVERRIDES);
    expect(compose(o).story?.publication?.publisher).toBe('Agenda.ge');
    expect(setPublication(undefined)(o)).toEqual(NO_OVERRIDES);
  });

  it('keeps the draft it edits: every edit makes a new one', () => {
    const before = structuredClone(draft);
    const after = edit(draft, rejectMention('p1', 'russia', 'Moscow'), 5);
    expect(draft).toEqual(before);
    expect(after.updated).toBe(5);
  });
});
