/**
 * Makes sure a Chromium is there before any browser test runs. On Debian as root it installs
 * the distribution's package; anywhere else it stops with what to do.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { CHROMIUM_PATH } from './chromium.ts';

function canInstallWithApt(): boolean {
  return process.getuid?.() === 0 && fs.existsSync('/usr/bin/apt-get');
}

export default function ensureChromium(): void {
  if (fs.existsSync(CHROMIUM_PATH)) return;
  if (process.env.CHROMIUM_PATH) {
    throw new Error(`CHROMIUM_PATH is set to ${CHROMIUM_PATH}, but no file is there.`);
  }
  if (!canInstallWithApt()) {
    throw new Error(
      [
        `The browser tests need Chromium at ${CHROMIUM_PATH}, and it is missing.`,
        'On Debian or Ubuntu: sudo apt-get update && sudo apt-get install -y chromium',
        'Elsewhere: install Chrome or Chromium and run the tests with CHROMIUM_PATH=/path/to/chrome.',
      ].join('\n'),
    );
  }
  console.log('e2e: Chromium is missing; installing Debian’s chromium package (apt-get)…');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (!fs.existsSync(CHROMIUM_PATH))
    throw new Error(`apt-get finished but ${CHROMIUM_PATH} is still missing.`);
}
