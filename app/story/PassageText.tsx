import { regionName } from '../state/selectors.ts';
import { store, useExplainer } from '../state/store.ts';
import type { Passage } from './schema.ts';
import { segments } from './segments.ts';

/**
 * A passage verbatim, each mention a button that selects its region (the link back from
 * text to map). Mentions of `current` are marked as the region being read about.
 */
export function PassageText({ passage, current = null }: { passage: Passage; current?: string | null }) {
  const names = useExplainer((s) => s.geo);
  const nameOf = (id: string) => (names ? regionName(store.getState(), id) : id);
  return (
    <>
      {segments(passage).map((segment, i) => {
        const key = `${i}-${segment.kind}`;
        if (segment.kind === 'text') return <span key={key}>{segment.text}</span>;
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
          >
            {segment.text}
          </button>
        );
      })}
    </>
  );
}
