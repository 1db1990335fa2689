/**
 * What the tool found, for the editor to check: per region, each passage and the words
 * matched; the events to review; and every line of the article that is not in a passage.
 */
import type { Story } from '../app/story/schema.ts';
import type { Rejected } from './mentions.ts';
import { type DroppedLine, headlineProblem } from './passages.ts';

export function formatReport(
  story: Story,
  dropped: readonly DroppedLine[] = [],
  rejected: readonly (Rejected & { passage: string })[] = [],
): string {
  const lines = [`${story.source}: ${story.passages.length} passages, ${story.events.length} events`];
  const headline = headlineProblem(story.title);
  lines.push(headline ? `title: cannot tell the headline: ${headline}` : `title: “${story.title}”`);
  const regions = [
    ...new Set(story.passages.flatMap((p) => [...p.mentions, ...p.implicit].map((m) => m.region))),
  ];
  for (const region of regions.sort()) {
    const passages = story.passages.filter((p) =>
      [...p.mentions, ...p.implicit].some((m) => m.region === region),
    );
    lines.push(`\n${region}: ${passages.length} passage${passages.length === 1 ? '' : 's'}`);
    for (const p of passages) {
      const words = [
        ...p.mentions.filter((m) => m.region === region).map((m) => `“${m.text}”`),
        ...p.implicit.filter((r) => r.region === region).map((r) => `“${r.quote}” (editor)`),
      ];
      lines.push(`  ${p.id.padEnd(4)} ${words.join(', ')}`);
    }
  }
  const proposed = story.events.filter((e) => e.review === 'proposed');
  lines.push(`\nevents: ${story.events.length - proposed.length} curated, ${proposed.length} proposed`);
  for (const e of proposed) lines.push(`  proposed ${e.id} (${e.when ?? 'undated'}): ${e.summary}`);
  lines.push(`\nnames not taken as mentions: ${rejected.length}`);
  for (const r of rejected) lines.push(`  ${r.passage.padEnd(4)} “${r.text}” (${r.region}): rule ${r.rule}`);
  lines.push(`\nlines not in any passage: ${dropped.length}`);
  for (const d of dropped) lines.push(`  line ${d.line}: “${d.text}” (${d.rule})`);
  return lines.join('\n');
}
