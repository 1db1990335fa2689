/**
 * Splits an article into passages: its paragraphs, verbatim, with stable ids (p0 is the
 * headline). Photo credits and page furniture are dropped by the rules in boilerplate.json.
 */
import rules from './boilerplate.json' with { type: 'json' };

interface RawPassage {
  id: string;
  text: string;
}

const dropLine = rules.dropLine.map((r) => new RegExp(r));
const endOfArticle = rules.endOfArticle.map((r) => new RegExp(r));

const isFurniture = (line: string) => dropLine.some((r) => r.test(line.trim()));
const endsArticle = (line: string) => endOfArticle.some((r) => r.test(line.trim()));

export function splitPassages(article: string): RawPassage[] {
  const lines = article.replace(/\r\n?/g, '\n').split('\n');
  const end = lines.findIndex(endsArticle);
  const body = (end === -1 ? lines : lines.slice(0, end)).join('\n');
  const blocks = body
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '');
  // A block with a furniture line keeps only its other lines, each verbatim (none, if all are).
  const paragraphs = blocks.flatMap((block) => {
    const lines = block.split('\n');
    if (!lines.some(isFurniture)) return [block];
    return lines.filter((line) => !isFurniture(line)).map((line) => line.trim());
  });
  return paragraphs.map((text, i) => ({ id: `p${i}`, text }));
}
