/**
 * Each of the studio's edits as a pure function of the overrides, on small overrides made in
 * each test (a value computed while Vitest collects the file would hide what a test checks).
 */
import { describe, expect, it } from 'vitest';
import { NO_OVERRIDES, type Overrides } from '../../authoring/overrides.ts';
import {
  acceptEvent,
  addEvent,
  addImplicit,
  addMention,
  composeDraft,
  nameFor,
  newDraft,
  overridesFileName,
  rejectEvent,
  rejectMention,
  removeImplicit,
  restoreEvent,
  restoreMention,
  storyFileName,
  titleOf,
} from './draft.ts';

const none = (): Overrides => structuredClone(NO_OVERRIDES);
const own = (id: string) => ({
  id,
  summary: 'Kerch bridge opens',
  regions: ['crimea'],
  passage: 'p1',
  when: null,
  review: 'curated' as const,
});

describe('the mention edits', () => {
  it('reject a found mention once, take back an editor’s own instead, and restore only the one named', () => {
    const once = rejectMention('p1', 'russia', 'Moscow')(none());
    expect(once.rejectedMentions).toEqual([{ passage: 'p1', region: 'russia', text: 'Moscow' }]);
    expect(rejectMention('p1', 'russia', 'Moscow')(once)).toBe(once);
    const other = rejectMention('p2', 'russia', 'Moscow')(rejectMention('p1', 'russia', 'Kremlin')(once));
    expect(restoreMention('p1', 'russia', 'Moscow')(other).rejectedMentions).toEqual([
      { passage: 'p1', region: 'russia', text: 'Kremlin' },
      { passage: 'p2', region: 'russia', text: 'Moscow' },
    ]);
    const marked = addMention('p1', 'crimea', 'the peninsula')(none());
    expect(rejectMention('p1', 'crimea', 'the peninsula')(marked)).toEqual(none());
    const two = addMention('p1', 'crimea', 'Kerch')(marked);
    expect(rejectMention('p1', 'crimea', 'the peninsula')(two).mentions).toEqual([
      { passage: 'p1', region: 'crimea', text: 'Kerch' },
    ]);
    expect(addMention('p1', 'crimea', 'Kerch')(two)).toEqual(two);
  });

  it('remove an implicit reference by passage, region and quote, and no other', () => {
    const a = addImplicit('p1', 'crimea', 'the peninsula', 'n')(none());
    const b = addImplicit('p2', 'crimea', 'the peninsula', 'n')(a);
    const c = addImplicit('p1', 'russia', 'the peninsula', 'n')(b);
    const d = addImplicit('p1', 'crimea', 'the bridge', 'n')(c);
    expect(
      removeImplicit(
        'p1',
        'crimea',
        'the peninsula',
      )(d).implicit.map((r) => `${r.passage} ${r.region} ${r.quote}`),
    ).toEqual(['p2 crimea the peninsula', 'p1 russia the peninsula', 'p1 crimea the bridge']);
  });
});

describe('the event edits', () => {
  it('accept a proposal with edits merged over earlier ones, taking it off the rejected list', () => {
    const rejected = rejectEvent('p1-in-2014')(none());
    expect(rejected.rejectedEvents).toEqual(['p1-in-2014']);
    const first = acceptEvent('p1-in-2014', { summary: 'One.' })(rejected);
    expect(first.rejectedEvents).toEqual([]);
    const other = acceptEvent('p2-in-2008')(first);
    const second = acceptEvent('p1-in-2014', { regions: ['crimea'] })(other);
    expect(second.acceptedEvents).toEqual([
      { id: 'p1-in-2014', summary: 'One.', regions: ['crimea'] },
      { id: 'p2-in-2008' },
    ]);
  });

  it('edit an editor’s own event in place, and remove it outright when rejected', () => {
    const o = { ...none(), events: [own('a'), own('b')] };
    const edited = acceptEvent('b', { summary: 'Edited.' })(o);
    expect(edited.events.map((e) => e.summary)).toEqual(['Kerch bridge opens', 'Edited.']);
    expect(edited.acceptedEvents).toEqual([]);
    const gone = rejectEvent('a')(edited);
    expect(gone.events.map((e) => e.id)).toEqual(['b']);
    expect(gone.rejectedEvents).toEqual([]);
  });

  it('accept, reject and name proposals beside an editor’s own events, which they leave alone', () => {
    const o = { ...none(), events: [own('a'), own('kerch-bridge-opens-to')], rejectedEvents: ['z'] };
    const accepted = acceptEvent('p1-in-2014', { summary: 'One.' })(o);
    expect(accepted.acceptedEvents).toEqual([{ id: 'p1-in-2014', summary: 'One.' }]);
    expect(accepted.events).toEqual(o.events);
    // Accepting one proposal leaves another rejected.
    expect(accepted.rejectedEvents).toEqual(['z']);
    const rejected = rejectEvent('p2-in-2008')(o);
    expect(rejected.rejectedEvents).toEqual(['z', 'p2-in-2008']);
    expect(rejected.events).toEqual(o.events);
    // An editor's event takes an id none of theirs has, whatever the story's own ids.
    const added = addEvent(
      { summary: 'Kerch bridge opens to traffic', regions: [], passage: 'p1', when: null },
      [],
    )(o);
    expect(added.events.map((e) => e.id)).toEqual(['a', 'kerch-bridge-opens-to', 'kerch-bridge-opens-to-2']);
  });

  it('reject an accepted proposal (forgetting its edits) once, and restore only it', () => {
    const accepted = acceptEvent('x', { summary: 'X.' })(acceptEvent('y')(none()));
    const rejected = rejectEvent('x')(accepted);
    expect(rejected.acceptedEvents).toEqual([{ id: 'y' }]);
    expect(rejectEvent('x')(rejected).rejectedEvents).toEqual(['x']);
    const both = rejectEvent('z')(rejected);
    expect(restoreEvent('x')(both).rejectedEvents).toEqual(['z']);
  });

  it('name an editor’s event from its summary’s first four words, with a number when taken', () => {
    const event = {
      summary: '  Kerch bridge: opens to traffic, at last!',
      regions: ['crimea'],
      passage: 'p1',
      when: null,
    };
    const o = addEvent(event, [])(none());
    expect(o.events).toEqual([{ ...event, id: 'kerch-bridge-opens-to', review: 'curated' }]);
    expect(addEvent(event, ['kerch-bridge-opens-to-2'])(o).events.map((e) => e.id)).toEqual([
      'kerch-bridge-opens-to',
      'kerch-bridge-opens-to-3',
    ]);
    expect(addEvent({ ...event, summary: '¡¿…?!' }, [])(none()).events[0]?.id).toBe('event');
  });
});

describe('a draft’s names', () => {
  it('are its headline as the list shows it, else its file name, and its outputs beside its article', () => {
    const draft = newDraft('  Crimea today  \n\nMoscow said so.', 1, 'd');
    expect(titleOf(draft)).toBe('Crimea today');
    expect(titleOf({ ...draft, article: ' \n ' })).toBe('crimea-today.txt');
    expect(overridesFileName(draft)).toBe('crimea-today.overrides.json');
    expect(storyFileName(draft)).toBe('crimea-today.json');
    expect(storyFileName({ ...draft, name: 'a.b.txt' })).toBe('a.b.json');
    expect(overridesFileName({ ...draft, name: 'a.b.txt' })).toBe('a.b.overrides.json');
    // The headline is the first line with words, not the blank lines above it.
    expect(nameFor('\n\n Crimea today \nMoscow said so.')).toBe('crimea-today.txt');
    expect(titleOf({ ...draft, article: '\n\n Crimea today \nMoscow said so.' })).toBe('Crimea today');
    // 48 characters is short enough to keep whole; one more is cut between words.
    const words = `${'a'.repeat(20)} ${'b'.repeat(27)}`;
    expect(nameFor(words)).toBe(`${'a'.repeat(20)}-${'b'.repeat(27)}.txt`);
    expect(nameFor(`${words}b`)).toBe(`${'a'.repeat(20)}.txt`);
  });
});

describe('a composed draft', () => {
  const gazetteer = () => ({
    regions: { russia: ['Russia', 'Moscow'], crimea: ['Crimea'] },
    notMentions: ['Moscow Times'],
  });
  const article = 'Crimea now\n\nThe Moscow Times said Russia holds Crimea.\n\nMoscow said Crimea is calm.';

  it('lists, by passage, the names a rule set aside and the mentions the editor rejected', () => {
    const draft = newDraft(article, 1, 'd', {
      ...none(),
      rejectedMentions: [
        { passage: 'p1', region: 'crimea', text: 'Crimea' },
        { passage: 'p2', region: 'russia', text: 'Russia' },
        // A rejection of words the tool now reads as another region sets nothing aside.
        { passage: 'p2', region: 'russia', text: 'Crimea' },
      ],
    });
    const composed = composeDraft(draft, gazetteer(), ['russia', 'crimea']);
    expect(composed.notTaken).toEqual([
      expect.objectContaining({ passage: 'p1', region: 'russia', text: 'Moscow' }),
    ]);
    expect(composed.setAside.map((m) => `${m.passage} ${m.region} ${m.text}`)).toEqual(['p1 crimea Crimea']);
  });
});
