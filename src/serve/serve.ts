/**
 * `seloste serve`: build into a preview folder, serve it on localhost, rebuild when a register,
 * the config or a template changes, and reload the open page. Check errors show in the terminal and
 * as a banner on the register's page; the server stays up whatever the registers, the requests or
 * the watched folders hold, and its folder goes with it however it ends.
 */
import { createServer, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { countBySeverity } from '../diagnostic.js';
import type { MessageLanguage } from '../interface-language.js';
import { allDiagnostics, loadProjectConfig } from '../pipeline.js';
import { formatCompact } from '../report/compact.js';
import { buildSite, type BuildResult } from '../publish/build.js';
import type { Format } from '../publish/pages.js';
import { DEFAULT_TEMPLATES } from '../render/layout.js';
import { registerBanner, siteBanner } from './banner.js';
import { allowedHosts, hostPort } from './host.js';
import { closeServer, listen } from './listen.js';
import { makePreviewFolder } from './preview-folder.js';
import { handleRequest, reloadClients } from './requests.js';
import { watchPaths, type Watching } from './watch.js';
import { PREVIEW_WORDS } from './words.js';

export { ListenError } from './listen.js';

export interface PreviewOptions {
  cwd: string;
  paths: readonly string[];
  port?: number;
  host?: string;
  formats?: readonly Format[];
  languages?: readonly string[];
  configFile?: string;
  env?: Record<string, string | undefined>;
  /** The language of the log and the banners (default English). */
  language?: MessageLanguage;
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

/** Builds the preview once at a time; a change during a build builds again after it. */
interface Builder {
  rebuild(): void;
  nextBuild(): Promise<BuildResult | undefined>;
  /** Resolves when no build runs. */
  idle(): Promise<void>;
}

function makeBuilder(options: PreviewOptions, site: string, clients: Set<ServerResponse>): Builder {
  let waiters: ((r: BuildResult | undefined) => void)[] = [];
  let building: Promise<void> | undefined;
  let again = false;

  const build = async (): Promise<void> => {
    const result = await buildOnce(options, site);
    reloadClients(clients);
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
  return {
    rebuild,
    nextBuild: () => new Promise((r) => waiters.push(r)),
    idle: async () => {
      while (building) await building;
    },
  };
}

/** One build into the preview folder, said in the log; a failed build leaves the last preview up. */
async function buildOnce(options: PreviewOptions, site: string): Promise<BuildResult | undefined> {
  const words = PREVIEW_WORDS[options.language ?? 'en'];
  try {
    const result = await buildSite({
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
      banner: (file) => registerBanner(file, options.language),
      incremental: true,
      alwaysReplace: true,
      siteBanner,
    });
    const diagnostics = allDiagnostics(result.check);
    const { errors, warnings } = countBySeverity(diagnostics);
    // The same lines as `seloste check --format compact`.
    for (const line of formatCompact(diagnostics).split('\n').filter(Boolean)) options.log(line);
    for (const p of result.check.problems) options.log(`${p.path}: ${p.message}`);
    options.log(words.built(result.built.length, result.reused.length, errors, warnings));
    return result;
  } catch (error) {
    options.log(words.failed(error instanceof Error ? error.message : String(error)));
    return undefined;
  }
}

/** The registers, the config and the templates: a change in any of them rebuilds. */
async function watchSources(options: PreviewOptions, rebuild: () => void): Promise<Watching> {
  const { config } = await loadProjectConfig(options.cwd, options.configFile, options.paths[0], options.env);
  const paths = [...options.paths, ...(config.file ? [config.file] : []), ...(config.templates ? [config.templates] : []), DEFAULT_TEMPLATES];
  let timer: NodeJS.Timeout | undefined;
  const watching = watchPaths(paths, {
    cwd: options.cwd,
    log: options.log,
    onChange: () => {
      clearTimeout(timer);
      timer = setTimeout(rebuild, options.debounceMs ?? 80);
    },
  });
  return {
    close() {
      clearTimeout(timer);
      watching.close();
    },
  };
}

export async function startPreview(options: PreviewOptions): Promise<Preview> {
  const folder = makePreviewFolder();
  const clients = new Set<ServerResponse>();
  const site = join(folder.path, 'site');
  const builder = makeBuilder(options, site, clients);
  const host = options.host ?? '127.0.0.1';
  const server = createServer();
  let watching: Watching | undefined;

  const close = async (): Promise<void> => {
    watching?.close();
    for (const c of clients) c.end();
    clients.clear();
    await closeServer(server);
    await builder.idle();
    await folder.remove();
  };

  try {
    builder.rebuild();
    await builder.idle();
    const { port } = await listen(server, options.port ?? 4000, host);
    const served = { root: site, allowed: allowedHosts(host, port), clients };
    server.on('request', (req, res) => handleRequest(served, req, res));
    // After it listens, a server error (out of file descriptors, say) is said, not thrown.
    server.on('error', (error) => options.log(`Server error: ${error.message}`));
    watching = await watchSources(options, builder.rebuild);
    return { url: `http://${hostPort(host, port)}/`, nextBuild: builder.nextBuild, close };
  } catch (error) {
    await close();
    throw error;
  }
}
