/**
 * The editor page's own files, served without the token since they hold no project data: what the
 * page build puts in `lib/edit/page/` (`index.html`, `app.js`, `app.css`, …) and nothing else of
 * the disk, under a policy that lets the page load only its own files and frame only the previews.
 */
import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const PAGE_POLICY = "default-src 'self'; img-src 'self' data:; frame-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  ico: 'image/x-icon',
  woff2: 'font/woff2',
  json: 'application/json; charset=utf-8',
  map: 'application/json; charset=utf-8',
};

/** The folder of the page's files, beside this server's folder. */
export const PAGE_FOLDER = fileURLToPath(new URL('../page/', import.meta.url));

/** The file a request path names, relative to the page folder, or undefined when it names none the page may have. */
function pageFile(path: string): string | undefined {
  const name = path === '/' ? 'index.html' : path.slice(1);
  const parts = name.split('/');
  if (parts.some((p) => !/^[A-Za-z0-9_-][A-Za-z0-9._-]*$/.test(p) || p.includes('..'))) return undefined;
  const ext = name.slice(name.lastIndexOf('.') + 1);
  return TYPES[ext] && ext !== name ? name : undefined;
}

/** Answer with a file of the page; false when there is none by that name. */
export async function servePageFile(path: string, res: ServerResponse, folder: string): Promise<boolean> {
  const name = pageFile(path);
  if (!name) return false;
  let body: Buffer;
  try {
    body = await readFile(join(folder, ...name.split('/')));
  } catch {
    return false;
  }
  res.writeHead(200, {
    'content-type': TYPES[name.slice(name.lastIndexOf('.') + 1)]!,
    'content-security-policy': PAGE_POLICY,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
    'referrer-policy': 'no-referrer',
  });
  res.end(body);
  return true;
}
