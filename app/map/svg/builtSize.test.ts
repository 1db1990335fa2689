/**
 * The build draws the SVG map for a box of BUILT_SIZE before a browser has measured one; the
 * stylesheet gives the map that box on a phone. The two are written in two languages, so this
 * reads the stylesheet and checks they agree: a map drawn for another height than the one it
 * gets is scaled and letterboxed on the first paint.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_SIZE } from './SvgMap.tsx';

const css = fs.readFileSync(path.join(import.meta.dirname, '..', '..', 'styles.css'), 'utf8');

/** The declarations of every rule for this selector inside the phone-width media query. */
function phoneRules(selector: string): string {
  const phone = css.split('@media (max-width: 720px)').slice(1).join('\n');
  const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [...phone.matchAll(new RegExp(`(?:^|\\n)\\s*${escaped}\\s*\\{([^}]*)\\}`, 'g'))]
    .map((m) => m[1])
    .join('\n');
}

describe('the size the build draws the map for', () => {
  it("is the page map's height on a phone", () => {
    expect(phoneRules('.explainer')).toContain(`--map-height: min(42vh, ${BUILT_SIZE.page.height}px)`);
  });

  it("is the embed's map row on a phone, in reading and in story mode", () => {
    const rows = /grid-template-rows:\s*auto auto (\d+)px/;
    expect(phoneRules('.explainer--embed').match(rows)?.[1]).toBe(String(BUILT_SIZE.embed.height));
    expect(phoneRules('.explainer--embed.explainer--story').match(rows)?.[1]).toBe(
      String(BUILT_SIZE.embed.height),
    );
  });
});
