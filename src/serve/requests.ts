/**
 * Answering the preview's requests: files of the preview folder, and the live-reload stream. Every
 * request gets an answer and none can end the server: a malformed request target is a 400, a
 * foreign `Host` a 421, and anything unforeseen a 500.
 */
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { isAllowedHost } from './host.js';

export interface Site {
  /** The folder served. */
  root: string;
  /** `Host` values answered to (see host.ts). */
  allowed: ReadonlySet<string>;
  /** Open live-reload streams. */
  clients: Set<ServerResponse>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.pdf': 'application/pdf',
  '.xml': 'application/xml; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

export const EVENTS_PATH = '/__seloste/events';
export const RELOAD_PATH = '/__seloste/reload.js';

/**
 * The live-reload client, added to HTML responses of the preview only (never to a build). It is a
 * file of its own, not an inline script, so the preview works under the same strict
 * Content-Security-Policy as the built site.
 */
const RELOAD_TAG = `<script src="${RELOAD_PATH}"></script>`;
const RELOAD_SCRIPT = `new EventSource('${EVENTS_PATH}').onmessage = () => location.reload();\n`;

function answer(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  res.end(`${text}\n`);
}

/**
 * The decoded path of a request target, or undefined when it is not one: only a path from the
 * root (`/…`) is, without a NUL and with valid percent-encoding of UTF-8. `//x` is refused as
 * well, since URL parsers read `x` as a host name there.
 */
export function requestPath(target: string | undefined): string | undefined {
  if (!target || !target.startsWith('/') || target.startsWith('//')) return undefined;
  const raw = target.replace(/[?#].*$/s, '');
  let path: string;
  try {
    path = decodeURIComponent(raw);
  } catch {
    return undefined;
  }
  return path.includes('\0') ? undefined : path;
}

export function handleRequest(site: Site, req: IncomingMessage, res: ServerResponse): void {
  respond(site, req, res).catch(() => {
    if (!res.headersSent) answer(res, 500, 'Internal error');
    else res.destroy();
  });
}

async function respond(site: Site, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (!isAllowedHost(req.headers.host, site.allowed)) return answer(res, 421, 'Misdirected request: this preview answers only to its own address');
  if (req.method !== 'GET' && req.method !== 'HEAD') return answer(res, 405, 'Method not allowed');
  const path = requestPath(req.url);
  if (path === undefined) return answer(res, 400, 'Bad request');
  if (path === EVENTS_PATH) return openEvents(site, req, res);
  if (path === RELOAD_PATH) return sendReloadScript(res);
  await serveFile(site.root, path.endsWith('/') ? `${path}index.html` : path, res);
}

function openEvents(site: Site, req: IncomingMessage, res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
  res.write(': connected\n\n');
  site.clients.add(res);
  const forget = (): void => void site.clients.delete(res);
  req.on('close', forget);
  res.on('error', forget);
}

function sendReloadScript(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  res.end(RELOAD_SCRIPT);
}

async function serveFile(root: string, path: string, res: ServerResponse): Promise<void> {
  const full = normalize(join(root, path));
  if (full !== root && !full.startsWith(root + sep)) return answer(res, 403, 'Forbidden');
  let body: Buffer | string;
  let file = full;
  try {
    if ((await stat(full)).isDirectory()) file = join(full, 'index.html');
    body = await readFile(file);
  } catch {
    return answer(res, 404, `Not found: ${path}`);
  }
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  if (type.startsWith('text/html')) body = body.toString('utf8').replace('</body>', `${RELOAD_TAG}\n</body>`);
  res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

/** Tell every open page to reload. A stream that has ended or failed is dropped, not written to. */
export function reloadClients(clients: Set<ServerResponse>): void {
  for (const c of clients) {
    if (c.writableEnded || c.destroyed) clients.delete(c);
    else c.write('data: reload\n\n');
  }
}
