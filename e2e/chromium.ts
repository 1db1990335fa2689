/**
 * Where the tests find Chromium. Playwright's own browser download cannot run here, so the
 * tests use the system's Chromium (Debian's package); CHROMIUM_PATH overrides the location.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--no-first-run',
  // The embed tests stand a newsroom's page (served by page.route) in front of the app on
  // 127.0.0.1. Chromium's private/local-network rules would treat that as a public site
  // reaching into loopback; real newsrooms and the app are both public, so the rule is off.
  '--disable-features=LocalNetworkAccessChecks,BlockInsecurePrivateNetworkRequests,PrivateNetworkAccessSendPreflights',
];
