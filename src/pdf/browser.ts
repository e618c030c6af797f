/** Finding and starting the Chromium that prints PDFs: one per build, never downloaded. */
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { onInterrupt } from '../cleanup.js';
import { isAlive } from '../publish/atomic.js';

const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

/** Chrome builds in puppeteer's own cache (`~/.cache/puppeteer`), newest first. */
function cachedBrowsers(env: Record<string, string | undefined>): string[] {
  const root = env['PUPPETEER_CACHE_DIR'] ?? join(homedir(), '.cache', 'puppeteer');
  const out: string[] = [];
  for (const product of ['chrome', 'chromium', 'chrome-headless-shell']) {
    const dir = join(root, product);
    if (!existsSync(dir)) continue;
    for (const version of readdirSync(dir).sort().reverse()) {
      for (const exe of ['chrome-linux64/chrome', 'chrome-linux/chrome', 'chrome-headless-shell-linux64/chrome-headless-shell']) {
        out.push(join(dir, version, exe));
      }
    }
  }
  return out;
}

/** The browser to print with: `PUPPETEER_EXECUTABLE_PATH`, then the usual system paths, then puppeteer's cache. */
export function findBrowser(env: Record<string, string | undefined> = process.env): string | undefined {
  const explicit = env['PUPPETEER_EXECUTABLE_PATH'];
  if (explicit) return existsSync(explicit) ? explicit : undefined;
  return [...SYSTEM_PATHS, ...cachedBrowsers(env)].find((p) => existsSync(p));
}

export const NO_BROWSER_MESSAGE =
  'No Chromium or Chrome found to print PDFs. Install one (Debian/Ubuntu: `sudo apt-get install chromium`; macOS: install Google Chrome) or set PUPPETEER_EXECUTABLE_PATH to its path. The other formats were built.';

export class BrowserNotFoundError extends Error {
  constructor() {
    super(NO_BROWSER_MESSAGE);
  }
}

/** Flags for a quiet, offline, headless Chromium (as root it needs --no-sandbox). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-quic',
  '--font-render-hinting=none',
];

/** Chromium's profile folders are named after the process that started it. */
const PROFILE_PREFIX = 'seloste-chromium-';

/** A running Chromium writes to its profile all the time; one untouched this long is not in use. */
const PROFILE_IDLE_MS = 10 * 60 * 1000;

/**
 * Profile folders of builds that were killed outright (their process is gone, so nothing removed
 * them): removed before a new browser starts, as stale staging folders are. Only the user's own,
 * and only when also untouched for a while: a temporary folder shared with another machine or
 * container may hold the profile of a process this one cannot see. Never an error.
 */
function removeStaleProfiles(): void {
  let names: string[];
  try {
    names = readdirSync(tmpdir());
  } catch {
    return;
  }
  const uid = process.getuid?.();
  for (const name of names) {
    if (!name.startsWith(PROFILE_PREFIX)) continue;
    const pid = Number(/^seloste-chromium-(\d+)-/.exec(name)?.[1]);
    if (!pid || pid === process.pid || isAlive(pid)) continue;
    const path = join(tmpdir(), name);
    try {
      const info = statSync(path);
      if ((uid !== undefined && info.uid !== uid) || Date.now() - info.mtimeMs < PROFILE_IDLE_MS) continue;
      rmSync(path, { recursive: true, force: true });
    } catch {
      // Not ours to remove after all, or gone already.
    }
  }
}

export interface LaunchedBrowser {
  browser: Browser;
  close(): Promise<void>;
}

export async function launchBrowser(env: Record<string, string | undefined> = process.env): Promise<LaunchedBrowser> {
  const executablePath = findBrowser(env);
  if (!executablePath) throw new BrowserNotFoundError();
  removeStaleProfiles();
  const userDataDir = mkdtempSync(join(tmpdir(), `${PROFILE_PREFIX}${process.pid}-`));
  const browser = await puppeteer
    .launch({
      executablePath,
      headless: true,
      // Talk to Chromium over a pipe, not a port: when Seloste's process ends in any way, even
      // killed with SIGKILL, the pipe closes and Chromium exits instead of living on.
      pipe: true,
      args: [...CHROMIUM_ARGS, `--user-data-dir=${userDataDir}`],
      // Interrupts are handled by Seloste itself (src/cleanup.ts), which kills the browser below.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    })
    .catch((error: unknown) => {
      rmSync(userDataDir, { recursive: true, force: true });
      throw error;
    });
  const forget = onInterrupt(() => {
    browser.process()?.kill('SIGKILL');
    rmSync(userDataDir, { recursive: true, force: true });
  });
  let closed = false;
  return {
    browser,
    async close() {
      if (closed) return;
      closed = true;
      forget();
      await browser.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
