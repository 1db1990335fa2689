import { formatHash } from '../state/route.ts';

/** The link to a passage: inside the region panel when a region is open, else in the article. */
export function passageHref(region: string | null, passage: string): string {
  // The hash says "article" only where no passage is named, so this flag cannot change the link.
  // Stryker disable next-line BooleanLiteral: equivalent (the link is the same either way)
  return formatHash({ region, passage, event: null, article: !region });
}
