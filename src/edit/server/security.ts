/**
 * Who may talk to the editor, and which files it may touch. The editor reads and writes the
 * project's registers, so every request for data must show: a `Host` that is an address of this
 * server (a web page cannot rebind a name of its own to it), the token printed at start-up (another
 * local program, or a page that guessed the port, does not have it), and for a write, the editor's
 * own `Origin`. Paths name project files only: no `..`, no absolute path, no link out of the project.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { posix, resolve, sep } from 'node:path';
import { isAllowedHost } from '../../serve/host.js';
import { isInsideProject, realPathOf } from '../../load/inside.js';

/** 32 random bytes, base64url: 256 bits no one can guess. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** A token given on the command line or in the environment: long enough not to be guessed. */
export function isStrongToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{22,}$/.test(token);
}

/** Compared in constant time, whatever the lengths (both are hashed first). */
export function tokenMatches(given: string | undefined, token: string): boolean {
  if (given === undefined) return false;
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(token).digest();
  return timingSafeEqual(a, b) && given.length === token.length;
}

export type Refusal = 'host' | 'token' | 'origin';

/** Why a request to the API is refused, or undefined when it may go on. */
export function refusal(req: IncomingMessage, allowed: ReadonlySet<string>, token: string): Refusal | undefined {
  if (!isAllowedHost(req.headers.host, allowed)) return 'host';
  const given = req.headers['x-seloste-token'];
  if (!tokenMatches(typeof given === 'string' ? given : undefined, token)) return 'token';
  if (req.method !== 'GET' && req.method !== 'HEAD' && !isOwnOrigin(req)) return 'origin';
  return undefined;
}

/** The request comes from a page of this server: its `Origin` is `http://` and the `Host` it was sent to. */
function isOwnOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  return typeof origin === 'string' && origin.toLowerCase() === `http://${(req.headers.host ?? '').trim().toLowerCase()}`;
}

/**
 * The absolute path of a project-relative POSIX path, or undefined when it is not one: empty,
 * absolute, with `..`, a backslash or a NUL, not a YAML file, or outside the project once every
 * symbolic link is followed. Nothing is read to decide but the links on the way.
 */
export function projectPath(root: string, given: unknown): string | undefined {
  if (typeof given !== 'string' || !given || given.length > 1024) return undefined;
  if (given.startsWith('/') || /^[a-zA-Z]:/.test(given) || /[\\\0]/.test(given)) return undefined;
  if (given.split('/').some((part) => part === '..' || part === '.' || part === '')) return undefined;
  if (!/\.ya?ml$/.test(given) || posix.normalize(given) !== given) return undefined;
  const full = resolve(root, ...given.split('/'));
  if (!full.startsWith(root + sep) || !isInsideProject(root, full)) return undefined;
  return full;
}

/** Where a file really is (links followed): what is written, so that a link inside the project is written through, not replaced. */
export function realFile(path: string): string {
  return realPathOf(path);
}
