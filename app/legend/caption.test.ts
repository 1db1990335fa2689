import { describe, expect, it } from 'vitest';
import type { View } from '../views/schema.ts';
import { viewCaption } from './caption.ts';

const view = (party: string) => ({ id: 'x', party }) as unknown as View;

describe('the caption of a point of view', () => {
  it('says whose view and as of which date, the article’s or today’s, starting a sentence', () => {
    expect(viewCaption(view('Russia'), '2017-03-22', false)).toBe(
      'Russia’s view, as of 22 March 2017, the article’s date',
    );
    expect(viewCaption(view('the UN General Assembly'), '2026-12-06', true)).toBe(
      'The UN General Assembly’s view, as of today, 6 December 2026',
    );
  });
});
