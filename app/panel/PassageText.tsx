import { regionName } from '../state/selectors.ts';
import { store, useExplainer } from '../state/store.ts';
import { formatDate } from '../story/dates.ts';
import type { Passage } from '../story/schema.ts';
import { type Segment, segments } from '../story/segments.ts';

/**
 * A passage verbatim, each mention a button that selects its region (the link back from
 * text to map). Mentions of `current` are marked as the region being read about.
 */
/** Ends a mention's hover, unless the map's pointer has moved on to another region meanwhile. */
function unhover(region: string): void {
  if (store.getState().hoveredRegionId === region) store.getState().hoverRegion(null);
}

export function PassageText({ passage, current = null }: { passage: Passage; current?: string | null }) {
  const names = useExplainer((s) => s.geo);
  const nameOf = (id: string) => (names ? regionName(store.getState(), id) : id);
  const render = (segment: Segment, key: string) => {
    if (segment.kind === 'text') return <span key={key}>{segment.text}</span>;
    if (segment.kind === 'dated') {
      const { date } = segment.dated;
      return (
        <span key={key} className="dated">
          {segment.text}
          <span className="editor-date" data-date-source={date.source}>
            {' ['}
            {formatDate(date.value)}
            {date.source === 'editor' && (
              <>
                {', '}
                <abbr title={date.note ?? 'This date is not in the article; an editor added it.'}>
                  editor
                </abbr>
              </>
            )}
            ]
          </span>
        </span>
      );
    }
    if (segment.kind === 'implicit') {
      const { region, note } = segment.reference;
      return (
        <mark
          key={key}
          className="implicit"
          data-region-id={region}
          data-current={region === current || undefined}
          title={note}
        >
          {segment.text}
        </mark>
      );
    }
    const { region } = segment.mention;
    return (
      <button
        key={key}
        type="button"
        className="mention"
        data-region-id={region}
        data-current={region === current || undefined}
        aria-label={`${segment.text}: show ${nameOf(region)} on the map`}
        onClick={() => store.getState().selectRegion(region, passage.id)}
        // The map outlines what the words name while the pointer or focus is on them; the camera stays.
        onPointerEnter={() => store.getState().hoverRegion(region)}
        onPointerLeave={() => unhover(region)}
        onFocus={() => store.getState().hoverRegion(region)}
        onBlur={() => unhover(region)}
      >
        {segment.text}
      </button>
    );
  };
  return (
    <>
      {glued(segments(passage)).map((group, i) =>
        group.length === 1 && group[0] ? (
          render(group[0], `${i}`)
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments of a verbatim passage never reorder
          <span key={i} className="nowrap">
            {group.map((segment, j) => render(segment, `${i}-${j}`))}
          </span>
        ),
      )}
    </>
  );
}

/**
 * Groups each mark with the punctuation touching it (“Russia’s”, “Ukraine’s”), so a line
 * never breaks between a name and its apostrophe or quote mark.
 */
function glued(parts: Segment[]): Segment[][] {
  const out: Segment[][] = [];
  for (const part of parts) {
    const last = out.at(-1);
    const previous = last?.at(-1);
    if (part.kind === 'text' && previous && previous.kind !== 'text') {
      const [, touching = '', rest = ''] = /^(\S*)([\s\S]*)$/.exec(part.text) ?? [];
      if (touching) last?.push({ kind: 'text', text: touching });
      if (rest) out.push([{ kind: 'text', text: rest }]);
      continue;
    }
    if (part.kind !== 'text' && previous?.kind === 'text' && last) {
      const [, rest = '', touching = ''] = /^([\s\S]*?)(\S*)$/.exec(previous.text) ?? [];
      if (touching) {
        last.pop();
        if (rest) last.push({ kind: 'text', text: rest });
        out.push([{ kind: 'text', text: touching }, part]);
        continue;
      }
    }
    out.push([part]);
  }
  return out.filter((group) => group.length > 0);
}
