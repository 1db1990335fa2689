/**
 * The explainer's public address (`PUBLIC_URL`, e.g. https://news.example.org/explainers/ossetia/,
 * set when building for a known host): link previews (Open Graph) resolve only absolute
 * addresses, so with it each page's og:image is absolute and its og:url is written; without it
 * they stay relative (dist/ works from any folder), and previews show no image.
 */

/** The address, checked: absolute http(s), with a trailing slash; null when unset. */
export function publicAddress(value: string | undefined): string | null {
  if (value === undefined || value.trim() === '') return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(
      `PUBLIC_URL: "${value}" is not an address; give the absolute one, e.g. https://news.example.org/map/`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`PUBLIC_URL: "${value}" must start with https:// (or http://)`);
  url.search = '';
  url.hash = '';
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** A built page with its Open Graph addresses made absolute (og:image, og:url) under `address`. */
export function withPublicAddress(html: string, page: string, address: string | null): string {
  if (!address) return html;
  const image = /(<meta property="og:image" content=")\.\/([^"]+)(")/;
  if (!image.test(html)) throw new Error(`${page}: no relative og:image to make absolute`);
  const url = new URL(page === 'index.html' ? './' : page, address).href;
  const escaped = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return html
    .replace(image, (_, start, file, end) => `${start}${escaped(new URL(file, address).href)}${end}`)
    .replace(
      /(<meta property="og:image" [^>]*>)/,
      `$1\n    <meta property="og:url" content="${escaped(url)}" />`,
    );
}
