#!/usr/bin/env node
// Finds a Chrome or Chromium for the browser tests and the benchmark. With --ensure, installs Debian's
// chromium when none is found and we run as root with apt-get; otherwise says in one line how to get one.
import {execFileSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {pathToFileURL} from 'node:url';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Flags that keep Chromium from hanging on a closed network or as root. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The browser to use: CHROMIUM_PATH, then the usual install locations; undefined when there is none. */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}

function hasAptGet() {
  try {
    execFileSync('sh', ['-c', 'command -v apt-get'], {stdio: 'ignore'});
    return true;
  } catch {
    return false;
  }
}

function ensure() {
  const found = findChromium();
  if (found) return found;
  if (process.env.CHROMIUM_PATH) {
    console.error(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, but there is no file there.`);
    process.exit(1);
  }
  if (process.getuid?.() === 0 && hasAptGet()) {
    console.log('No Chrome or Chromium found: installing Debian\'s chromium with apt-get…');
    execFileSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium'], {stdio: 'inherit'});
    const installed = findChromium();
    if (installed) return installed;
  }
  console.error('No Chrome or Chromium found: install one (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to its executable.');
  process.exit(1);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const path = process.argv.includes('--ensure') ? ensure() : findChromium();
  if (!path) process.exit(1);
  if (!process.argv.includes('--quiet')) console.log(`Browser for tests: ${path}`);
}
