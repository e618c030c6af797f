/**
 * The editor's HTTP server: the page's files, the API and the previews, on one address. Every
 * request must name this server in `Host`; the API also wants the token and, for a change, the
 * page's own `Origin` (security.ts). Every request gets an answer and none can end the server.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Environment, MessageLanguage } from '../../interface-language.js';
import { isMessageLanguage } from '../../interface-language.js';
import { allowedHosts, hostPort, isAllowedHost } from '../../serve/host.js';
import { closeServer, listen } from '../../serve/listen.js';
import { requestPath } from '../../serve/requests.js';
import { ApiError, sendJson } from './http-io.js';
import { PAGE_FOLDER, servePageFile } from './page-files.js';
import { Previews } from './preview.js';
import { Project } from './project.js';
import { ROUTES, type Editor } from './routes.js';
import { refusal, tokenMatches } from './security.js';
import { EDIT_WORDS } from './words.js';

export interface EditorOptions {
  cwd: string;
  paths: readonly string[];
  port?: number;
  host?: string;
  token: string;
  configFile?: string;
  env: Environment;
  /** The folder of the page's files (default: `lib/edit/page/`, beside the server). */
  pageFolder?: string;
  /** Where to say what went wrong inside the server. */
  log: (line: string) => void;
}

export interface RunningEditor {
  /** The address to open, with the token. */
  url: string;
  project: Project;
  /** Resolves when the first listing of the project is done. */
  listed: Promise<void>;
  close(): Promise<void>;
}

interface Served extends Editor {
  allowed: ReadonlySet<string>;
  pageFolder: string;
  log: (line: string) => void;
}

function languageOf(url: URL, served: Served): MessageLanguage {
  const asked = url.searchParams.get('lang');
  return isMessageLanguage(asked) ? asked : served.project.config.messageLanguage;
}

async function answerApi(served: Served, req: IncomingMessage, res: ServerResponse, path: string, url: URL): Promise<void> {
  const lang = languageOf(url, served);
  const words = EDIT_WORDS[lang];
  const refused = refusal(req, served.allowed, served.token);
  if (refused) return sendJson(res, 403, { error: words[refused] });
  const handler = ROUTES[`${req.method} ${path}`];
  if (!handler) {
    const known = Object.keys(ROUTES).some((r) => r.endsWith(` ${path}`));
    return sendJson(res, known ? 405 : 404, { error: known ? words.method : words.notFound });
  }
  try {
    const answer = await handler({ editor: served, req, url, lang, words });
    sendJson(res, answer.status, answer.body);
  } catch (error) {
    if (error instanceof ApiError) return sendJson(res, error.status, { error: error.message, ...error.extra });
    served.log(`seloste edit: ${req.method} ${path}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    sendJson(res, 500, { error: words.internal });
  }
}

function plain(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  res.end(`${text}\n`);
}

async function respond(served: Served, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const path = requestPath(req.url);
  if (path === undefined) return plain(res, 400, 'Bad request');
  const url = new URL(req.url ?? '/', 'http://editor');
  if (path.startsWith('/api/')) return answerApi(served, req, res, path, url);
  const words = EDIT_WORDS[languageOf(url, served)];
  if (!isAllowedHost(req.headers.host, served.allowed)) return plain(res, 403, words.host);
  if (req.method !== 'GET' && req.method !== 'HEAD') return plain(res, 405, words.method);
  if (path.startsWith('/preview/')) {
    const given = url.searchParams.get('token');
    if (given !== null && !tokenMatches(given, served.token)) return plain(res, 403, words.token);
    if (await served.previews.serve(path, res)) return;
    return plain(res, 404, words.notFound);
  }
  if (await servePageFile(path, res, served.pageFolder)) return;
  plain(res, 404, words.notFound);
}

export async function startEditor(options: EditorOptions): Promise<RunningEditor> {
  const host = options.host ?? '127.0.0.1';
  const project = new Project({ cwd: options.cwd, paths: options.paths, env: options.env, ...(options.configFile ? { configFile: options.configFile } : {}) });
  await project.loadConfig();
  // The registers are checked while the page loads; the listing waits for it.
  const listed = project.refresh();
  listed.catch((error: unknown) => options.log(`seloste edit: ${error instanceof Error ? error.message : String(error)}`));
  const server = createServer();
  const { port } = await listen(server, options.port ?? 4100, host);
  const served: Served = { project, previews: new Previews(), token: options.token, allowed: allowedHosts(host, port), pageFolder: options.pageFolder ?? PAGE_FOLDER, log: options.log };
  server.on('request', (req, res) => {
    respond(served, req, res).catch(() => {
      if (!res.headersSent) plain(res, 500, 'Internal error');
      else res.destroy();
    });
  });
  server.on('error', (error) => options.log(`seloste edit: ${error.message}`));
  const shown = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  return { url: `http://${hostPort(shown, port)}/?token=${options.token}`, project, listed, close: () => closeServer(server) };
}
