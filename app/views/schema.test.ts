/**
 * The points-of-view schema on small documents: what it accepts, and each rule it enforces,
 * refused at the place named. (views.test.ts checks the published views.json against it.)
 */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { isoDate, viewsSchema } from './schema.ts';

const entry = (over: Record<string, unknown> = {}) => ({
  from: '2008-08-26',
  drawn: 'part-of',
  of: 'georgia',
  name: 'Abkhazia',
  term: 'occupied territory',
  status: 'Occupied territory of Georgia.',
  source: { title: 'Law on Occupied Territories, 23 October 2008', url: 'https://example.org/law' },
  ...over,
});
const view = (over: Record<string, unknown> = {}) => ({
  id: 'explainer',
  party: 'the explainer',
  label: 'Ours',
  summary: [{ from: '2008', text: 'Abkhazia as part of Georgia.' }],
  naturalEarth: null,
  regions: { abkhazia: [entry()] },
  ...over,
});
const doc = (views: unknown[] = [view()]) => ({ views });

/** The dot path of the first issue, or 'ok'. */
function verdict(input: unknown): string {
  const result = v.safeParse(viewsSchema, input);
  if (result.success) return 'ok';
  const [issue] = result.issues;
  return `${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`;
}

describe('a points-of-view document', () => {
  it('is accepted in its smallest complete form, with or without optional fields', () => {
    expect(verdict(doc())).toBe('ok');
    const { url: _, ...noUrl } = entry().source;
    expect(
      verdict(doc([view({ regions: { abkhazia: [entry({ source: noUrl, naturalEarth: 'Same.' })] } })])),
    ).toBe('ok');
    expect(verdict({ about: 'notes', ...doc() })).toBe('ok');
    expect(verdict(doc([view({ naturalEarth: 'RU' })]))).toBe('ok');
  });

  it('has at least one view, the explainer’s own first, and no two views share an id', () => {
    expect(verdict(doc([]))).toMatch(/^views: /);
    expect(verdict(doc([view({ id: 'russia' })]))).toBe(
      "(root): the first view is the explainer's own ('explainer')",
    );
    expect(verdict(doc([view(), view({ id: 'russia' })]))).toBe('ok');
    expect(verdict(doc([view(), view({ id: 'russia' }), view({ id: 'russia' })]))).toBe(
      '(root): two views share an id',
    );
  });

  it('takes lower-case ids of up to 64 characters, starting with a letter or digit, for views, regions and states', () => {
    for (const good of ['a', '9', 'south-ossetia', `a${'b'.repeat(63)}`])
      expect(verdict(doc([view(), view({ id: good })])), good).toBe('ok');
    for (const bad of ['', '-a', 'A', 'south ossetia', 'ab_c', `a${'b'.repeat(64)}`, 'a\n', 'é']) {
      expect(verdict(doc([view(), view({ id: bad })])), JSON.stringify(bad)).toBe(
        'views.1.id: expected a lower-case id',
      );
      expect(verdict(doc([view({ regions: { [bad]: [entry()] } })])), JSON.stringify(bad)).toMatch(
        /expected a lower-case id/,
      );
      expect(verdict(doc([view({ regions: { abkhazia: [entry({ of: bad })] } })])), JSON.stringify(bad)).toBe(
        'views.0.regions.abkhazia.0.of: expected a lower-case id',
      );
    }
  });

  it('dates things at the precision known: a year, a month or a day, nothing else', () => {
    for (const good of ['2008', '2008-08', '2008-08-26']) expect(v.is(isoDate, good), good).toBe(true);
    for (const bad of [
      '08',
      '20088',
      '2008-8',
      '2008-08-2',
      '2008-aa',
      '2008-08-aa',
      'x2008',
      '2008-08-26x',
      '2008-08-',
      'abcd',
      '',
    ]) {
      const result = v.safeParse(isoDate, bad);
      expect(result.success, bad).toBe(false);
      expect(result.issues?.[0]?.message, bad).toBe('expected YYYY, YYYY-MM or YYYY-MM-DD');
    }
    expect(verdict(doc([view({ summary: [{ from: '2008-8', text: 'x' }] })]))).toBe(
      'views.0.summary.0.from: expected YYYY, YYYY-MM or YYYY-MM-DD',
    );
  });

  it('names a state for “part-of” and only for it', () => {
    expect(verdict(doc([view({ regions: { abkhazia: [entry({ of: undefined })] } })]))).toBe(
      "views.0.regions.abkhazia.0: 'of' names the state, for 'part-of' only",
    );
    expect(verdict(doc([view({ regions: { abkhazia: [entry({ drawn: 'state' })] } })]))).toBe(
      "views.0.regions.abkhazia.0: 'of' names the state, for 'part-of' only",
    );
    expect(
      verdict(doc([view({ regions: { abkhazia: [entry({ drawn: 'disputed', of: undefined })] } })])),
    ).toBe('ok');
    expect(verdict(doc([view({ regions: { abkhazia: [entry({ drawn: 'annexed' })] } })]))).toMatch(
      /^views\.0\.regions\.abkhazia\.0\.drawn: /,
    );
  });

  it('asks every entry for a name, a term, a status line and a cited source with a full address', () => {
    for (const key of ['name', 'term', 'status']) {
      expect(verdict(doc([view({ regions: { abkhazia: [entry({ [key]: '' })] } })])), key).toMatch(
        new RegExp(`^views\\.0\\.regions\\.abkhazia\\.0\\.${key}: `),
      );
    }
    expect(verdict(doc([view({ regions: { abkhazia: [entry({ source: { title: '' } })] } })]))).toMatch(
      /^views\.0\.regions\.abkhazia\.0\.source\.title: /,
    );
    expect(
      verdict(
        doc([view({ regions: { abkhazia: [entry({ source: { title: 'Act', url: 'example.org' } })] } })]),
      ),
    ).toBe('views.0.regions.abkhazia.0.source.url: expected a full https:// address');
    expect(verdict(doc([view({ regions: { abkhazia: [] } })]))).toMatch(/^views\.0\.regions\.abkhazia: /);
  });

  it('asks every view for a party, a label, a summary and a Natural Earth code or null', () => {
    for (const key of ['party', 'label'])
      expect(verdict(doc([view({ [key]: '' })])), key).toMatch(new RegExp(`^views\\.0\\.${key}: `));
    expect(verdict(doc([view({ summary: [] })]))).toMatch(/^views\.0\.summary: /);
    expect(verdict(doc([view({ summary: [{ from: '2008', text: '' }] })]))).toMatch(
      /^views\.0\.summary\.0\.text: /,
    );
    expect(verdict(doc([view({ naturalEarth: 'GE' })]))).toMatch(/^views\.0\.naturalEarth: /);
    for (const code of ['RU', 'UA', null])
      expect(verdict(doc([view({ naturalEarth: code })])), String(code)).toBe('ok');
  });

  it('keeps a region’s entries in date order, one per date', () => {
    const dated = (...froms: string[]) =>
      doc([view({ regions: { abkhazia: froms.map((from) => entry({ from })) } })]);
    expect(verdict(dated('2008', '2008-08-26', '2019-08'))).toBe('ok');
    expect(verdict(dated('2008-08-26', '2008-08-26'))).toBe(
      "(root): a region's entries are in date order, one per date",
    );
    expect(verdict(dated('2019-08', '2008-08-26'))).toBe(
      "(root): a region's entries are in date order, one per date",
    );
    expect(verdict(dated('2008', '2019', '2010'))).toBe(
      "(root): a region's entries are in date order, one per date",
    );
    // Every view is checked, not only the first one.
    const second = doc([
      view(),
      view({ id: 'russia', regions: { abkhazia: [entry({ from: '2010' }), entry({ from: '2009' })] } }),
    ]);
    expect(verdict(second)).toBe("(root): a region's entries are in date order, one per date");
    // And every region of a view.
    const laterRegion = doc([
      view({ regions: { abkhazia: [entry()], crimea: [entry({ from: '2015' }), entry({ from: '2014' })] } }),
    ]);
    expect(verdict(laterRegion)).toBe("(root): a region's entries are in date order, one per date");
  });
});
