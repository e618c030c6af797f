/** Finding and starting the Chromium that prints PDFs: one per build, never downloaded. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readlinkSync, rmSync, statSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
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

/** The id of the Chromium that holds `profile`, from its lock there (`host-pid`): known while it starts. */
function lockHolder(profile: string): number | undefined {
  try {
    return Number(/-(\d+)$/.exec(readlinkSync(join(profile, 'SingletonLock')))?.[1]) || undefined;
  } catch {
    return undefined;
  }
}

/** Chromium and every process it started: they share its process group (puppeteer starts it detached). */
function killBrowser(pid: number | undefined): void {
  if (!pid) return;
  try {
    process.kill(process.platform === 'win32' ? pid : -pid, 'SIGKILL');
  } catch {
    // Gone already.
  }
}

/** Sleep while nothing else can run: the process is ending, and only synchronous work still does. */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** The longest path of a Unix socket (104 bytes on macOS, 108 on Linux, with its final NUL). */
const SOCKET_PATH_MAX = 103;

/**
 * The temporary folder Chromium is given, when its singleton socket fits there: Chromium puts it
 * in `TMPDIR/org.chromium.Chromium.XXXXXX/` and does not start when the path is too long.
 */
function browserTemp(folder: string): string | undefined {
  const temporary = join(folder, 'tmp');
  return join(temporary, 'org.chromium.Chromium.XXXXXX', 'SingletonSocket').length <= SOCKET_PATH_MAX ? temporary : undefined;
}

/**
 * The folder Chromium made for its singleton socket, found through the link to the socket in its
 * profile, and removed: it is outside Seloste's folder when TMPDIR was too long to move it there.
 */
function removeSocketFolder(profile: string): void {
  try {
    const socket = readlinkSync(join(profile, 'SingletonSocket'));
    const dir = dirname(socket);
    if (basename(socket) === 'SingletonSocket' && /^(org\.chromium\.|com\.google\.chrome)/i.test(basename(dir))) rmSync(dir, { recursive: true, force: true });
  } catch {
    // No socket yet, or gone already.
  }
}

/**
 * Remove the browser's folder when Seloste ends before closing it (interrupted, crashed): kill the
 * browser first, then remove the folder until it stays gone, since a Chromium process that was
 * still ending can write its profile again a moment after it was removed.
 */
function removeNow(folder: string, pid: () => number | undefined): void {
  killBrowser(pid());
  removeSocketFolder(join(folder, 'profile'));
  for (let i = 0; i < 10; i++) {
    rmSync(folder, { recursive: true, force: true, maxRetries: 3 });
    pause(30);
    if (!existsSync(folder)) return;
  }
}

export async function launchBrowser(env: Record<string, string | undefined> = process.env): Promise<LaunchedBrowser> {
  const executablePath = findBrowser(env);
  if (!executablePath) throw new BrowserNotFoundError();
  removeStaleProfiles();
  // One folder per browser holds its profile and its temporary files: Chromium makes folders of its
  // own in TMPDIR (`org.chromium.Chromium.*`) that it leaves behind when it is killed; inside this
  // folder they go with it, in every ending, the killed build's included (removeStaleProfiles).
  // Where TMPDIR is too long for that, the one folder it makes is removed by name.
  const folder = mkdtempSync(join(tmpdir(), `${PROFILE_PREFIX}${process.pid}-`));
  const userDataDir = join(folder, 'profile');
  const temporary = browserTemp(folder);
  if (temporary) mkdirSync(temporary);
  let browser: Browser | undefined;
  // Registered before the launch: an interrupt while Chromium starts must not leave it behind.
  const cleanup = (): void => removeNow(folder, () => browser?.process()?.pid ?? lockHolder(userDataDir));
  const forgetInterrupt = onInterrupt(cleanup);
  process.on('exit', cleanup);
  const forget = (): void => {
    forgetInterrupt();
    process.off('exit', cleanup);
  };
  try {
    browser = await puppeteer.launch({
      executablePath,
      headless: true,
      // Talk to Chromium over a pipe, not a port: when Seloste's process ends in any way, even
      // killed with SIGKILL, the pipe closes and Chromium exits instead of living on.
      pipe: true,
      args: [...CHROMIUM_ARGS, `--user-data-dir=${userDataDir}`],
      ...(temporary ? { env: { ...process.env, TMPDIR: temporary } } : {}),
      // Interrupts are handled by Seloste itself (src/cleanup.ts), which kills the browser below.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
  } catch (error) {
    forget();
    cleanup();
    throw error;
  }
  const launched = browser;
  let closed = false;
  return {
    browser: launched,
    async close() {
      if (closed) return;
      closed = true;
      await launched.close().catch(() => undefined);
      forget();
      removeSocketFolder(userDataDir);
      rmSync(folder, { recursive: true, force: true, maxRetries: 3 });
    },
  };
}
