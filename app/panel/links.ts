import { formatHash } from '../state/route.ts';

/** The link to a passage: inside the region panel when a region is open, else in the article. */
export function passageHref(region: string | null, passage: string): string {
  return formatHash({ region, passage, event: null, article: !region });
}
