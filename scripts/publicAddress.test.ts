import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageHead, withHead } from '../app/pageHead.ts';
import { readGeo } from '../geo/published.ts';
import { defaultCard, readStoryFile } from './card.ts';
import { publicAddress, withPublicAddress } from './publicAddress.ts';

/** index.html with its head written, as the build writes it before this step. */
const page = withHead(
  fs.readFileSync(path.join(import.meta.dirname, '..', 'index.html'), 'utf8'),
  pageHead(readStoryFile(readGeo()), defaultCard()),
);

describe('the public address (PUBLIC_URL) in the Open Graph tags', () => {
  it('leaves the pages relative without one, as dist/ works from any folder', () => {
    expect(publicAddress(undefined)).toBeNull();
    expect(publicAddress(' ')).toBeNull();
    expect(withPublicAddress(page, 'index.html', null)).toBe(page);
    expect(page).toContain('<meta property="og:image" content="./map.png" />');
  });

  it('makes og:image absolute and adds og:url for each page with one', () => {
    const address = publicAddress('https://news.example.org/maps/ossetia');
    expect(address).toBe('https://news.example.org/maps/ossetia/');
    const index = withPublicAddress(page, 'index.html', address);
    expect(index).toContain(
      '<meta property="og:image" content="https://news.example.org/maps/ossetia/map.png" />',
    );
    expect(index).toContain('<meta property="og:url" content="https://news.example.org/maps/ossetia/" />');
    const embed = withPublicAddress(page, 'embed.html', address);
    expect(embed).toContain(
      '<meta property="og:url" content="https://news.example.org/maps/ossetia/embed.html" />',
    );
    // Nothing else changes.
    expect(
      index
        .replace(/\n\s*<meta property="og:url"[^>]*>/, '')
        .replace(/https:\/\/news\.example\.org\/maps\/ossetia\//, './'),
    ).toBe(page);
  });

  it('refuses what is not an absolute web address, saying what to give', () => {
    expect(() => publicAddress('news.example.org/map')).toThrow(
      /PUBLIC_URL: "news\.example\.org\/map" is not an address/,
    );
    expect(() => publicAddress('ftp://example.org/')).toThrow(/must start with https:\/\//);
  });
});
