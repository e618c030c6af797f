/**
 * `seloste serve`: build into a preview folder, serve it on localhost, rebuild when a register,
 * the config or a template changes, and reload the open page. Check errors show in the terminal and
 * as a banner on the register's page; the server stays up whatever the registers say.
 */
import { rmSync, watch, type FSWatcher } from 'node:fs';
import { onInterrupt } from '../cleanup.js';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { countBySeverity, type Diagnostic } from '../diagnostic.js';
import { DEFAULT_TEMPLATES } from '../render/layout.js';
import { allDiagnostics, loadProjectConfig } from '../pipeline.js';
import { buildSite, type BuildResult } from '../publish/build.js';
import type { Format } from '../publish/pages.js';

export interface PreviewOptions {
  cwd: string;
  paths: readonly string[];
  port?: number;
  host?: string;
  formats?: readonly Format[];
  languages?: readonly string[];
  configFile?: string;
  env?: Record<string, string | undefined>;
  /** Where to say what happens (build results, errors). */
  log: (line: string) => void;
  /** Wait this long after a change before rebuilding, so that a save of several files builds once. */
  debounceMs?: number;
}

export interface Preview {
  url: string;
  /** Resolves after the next rebuild has finished. */
  nextBuild(): Promise<BuildResult | undefined>;
  close(): Promise<void>;
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

/** The live-reload client, added to HTML responses of the preview only (never to a build). */
const RELOAD = `<script>new EventSource('/__seloste/events').onmessage=()=>location.reload()</script>`;

function bannerFor(diagnostics: readonly Diagnostic[]): string | undefined {
  const { errors, warnings } = countBySeverity(diagnostics);
  if (!errors && !warnings) return undefined;
  const first = diagnostics.filter((d) => d.severity === 'error').slice(0, 3);
  const list = first.map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`).join(' · ');
  return `Preview: ${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'} in this register${list ? ` — ${list}` : ''}`;
}

export async function startPreview(options: PreviewOptions): Promise<Preview> {
  const out = await mkdtemp(join(tmpdir(), 'seloste-preview-'));
  const forget = onInterrupt(() => rmSync(out, { recursive: true, force: true }));
  const site = join(out, 'site');
  const clients = new Set<ServerResponse>();
  let waiters: ((r: BuildResult | undefined) => void)[] = [];
  let building: Promise<void> | undefined;
  let again = false;

  const build = async (): Promise<void> => {
    let result: BuildResult | undefined;
    try {
      result = await buildSite({
        cwd: options.cwd,
        paths: options.paths,
        out: site,
        formats: options.formats ?? ['html', 'md', 'json'],
        force: true,
        ...(options.languages ? { languages: options.languages } : {}),
        ...(options.configFile ? { configFile: options.configFile } : {}),
        ...(options.env ? { env: options.env } : {}),
        // The banner follows from the register's own check, so unchanged registers are taken over
        // from the last preview build: an edit in a project of a thousand registers shows at once.
        banner: (file) => bannerFor(file.diagnostics),
        incremental: true,
        alwaysReplace: true,
        siteBanner: (check) => {
          const unread = check.files.filter((f) => !f.loaded);
          if (!unread.length) return undefined;
          return `Preview: not shown because they cannot be read — ${unread.map((f) => `${f.diagnostics[0] ? `${f.file}:${f.diagnostics[0].line}:${f.diagnostics[0].column} ${f.diagnostics[0].message}` : f.file}`).join(' · ')}`;
        },
      });
      const diagnostics = allDiagnostics(result.check);
      const { errors, warnings } = countBySeverity(diagnostics);
      for (const d of diagnostics) options.log(`${d.file}:${d.line}:${d.column}  ${d.severity}  ${d.message}  ${d.ruleId}`);
      for (const p of result.check.problems) options.log(`${p.path}: ${p.message}`);
      const unchanged = result.reused.length ? ` (${result.reused.length} unchanged)` : '';
      options.log(`Built ${result.built.length} ${result.built.length === 1 ? 'register' : 'registers'}${unchanged}: ${errors} errors, ${warnings} warnings`);
    } catch (error) {
      // The previous preview stays up; say what went wrong.
      options.log(`Build failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    for (const c of clients) c.write('data: reload\n\n');
    const done = waiters;
    waiters = [];
    for (const w of done) w(result);
  };

  const rebuild = (): void => {
    if (building) {
      again = true;
      return;
    }
    building = build().finally(() => {
      building = undefined;
      if (again) {
        again = false;
        rebuild();
      }
    });
  };

  await build();

  const server = createServer((req, res) => void serveFile(req, res));
  async function serveFile(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/__seloste/events') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(': connected\n\n');
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }
    let path = decodeURIComponent(url.pathname);
    if (path.endsWith('/')) path += 'index.html';
    const full = normalize(join(site, path));
    if (full !== site && !full.startsWith(site + sep)) {
      res.writeHead(403).end('Forbidden');
      return;
    }
    try {
      const info = await stat(full);
      const file = info.isDirectory() ? join(full, 'index.html') : full;
      let body: Buffer | string = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      if (type.startsWith('text/html')) body = body.toString('utf8').replace('</body>', `${RELOAD}\n</body>`);
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`Not found: ${path}`);
    }
  }

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4000, options.host ?? '127.0.0.1', () => resolveListen());
  });
  const address = server.address() as AddressInfo;
  const url = `http://${options.host ?? '127.0.0.1'}:${address.port}/`;

  // Watch the registers, the config and the templates; a change anywhere rebuilds.
  let timer: NodeJS.Timeout | undefined;
  const onChange = (): void => {
    clearTimeout(timer);
    timer = setTimeout(rebuild, options.debounceMs ?? 80);
  };
  const watchers: FSWatcher[] = [];
  const watched = new Set<string>();
  /** Folders are watched whole; a file through its folder, since editors often save by replacing the file. */
  const watchPath = async (path: string): Promise<void> => {
    const full = resolve(options.cwd, path);
    if (watched.has(full)) return;
    try {
      const info = await stat(full);
      watched.add(full);
      if (info.isDirectory()) watchers.push(watch(full, { recursive: true }, onChange));
      else watchers.push(watch(dirname(full), (_, name) => name === basename(full) && onChange()));
    } catch {
      // A path that does not exist yet is reported by the build; nothing to watch.
    }
  };
  for (const p of options.paths) await watchPath(p);
  const { config } = await loadProjectConfig(options.cwd, options.configFile, options.paths[0]);
  if (config.file) await watchPath(config.file);
  if (config.templates) await watchPath(config.templates);
  await watchPath(DEFAULT_TEMPLATES);

  return {
    url,
    nextBuild: () => new Promise((r) => waiters.push(r)),
    async close() {
      clearTimeout(timer);
      for (const w of watchers) w.close();
      for (const c of clients) c.end();
      await new Promise<void>((r) => server.close(() => r()));
      server.closeAllConnections?.();
      await building;
      forget();
      await rm(out, { recursive: true, force: true });
    },
  };
}
