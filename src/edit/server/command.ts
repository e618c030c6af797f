/**
 * `seloste edit [paths…]`: start the editor on the project's registers, print its address with
 * the token, and open it in the browser when one can be opened (on a terminal, with a well-known
 * opener: `xdg-open` under a desktop session, `open` on macOS); `--no-open` never does.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { FILE_WORDS } from '../../load/file-messages.js';
import { isGlob } from '../../load/ignore.js';
import type { Environment, MessageLanguage } from '../../interface-language.js';
import { ListenError } from '../../serve/listen.js';
import { isStrongToken, newToken } from './security.js';
import { startEditor } from './server.js';
import { EDIT_WORDS } from './words.js';

export interface EditFlags {
  port: number;
  host: string;
  open: boolean;
  token?: string;
  config?: string;
}

export interface EditIo {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
  cwd: string;
  env: Environment;
  isTTY?: boolean;
  until?: Promise<void>;
  language: MessageLanguage;
}

/** Addresses of this machine alone. */
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

/** The program that opens an address in the browser here, when there is a well-known one. */
function opener(env: Environment): string | undefined {
  const onPath = (name: string): string | undefined =>
    (env['PATH'] ?? '').split(delimiter).map((dir) => join(dir, name)).find((p) => p && existsSync(p));
  if (process.platform === 'darwin') return onPath('open');
  if (process.platform === 'linux' && (env['DISPLAY'] || env['WAYLAND_DISPLAY'])) return onPath('xdg-open');
  return undefined;
}

function openBrowser(url: string, env: Environment): boolean {
  const program = opener(env);
  if (!program) return false;
  try {
    const child = spawn(program, [url], { detached: true, stdio: 'ignore' });
    child.on('error', () => undefined);
    child.unref();
    return true;
  } catch {
    return false;
  }
}

export async function editCommand(paths: string[], flags: EditFlags, io: EditIo): Promise<number> {
  const words = EDIT_WORDS[io.language];
  const say = (line: string): void => void io.stderr.write(`${line}\n`);
  const token = flags.token ?? (io.env['SELOSTE_EDIT_TOKEN'] || undefined) ?? newToken();
  if (!isStrongToken(token)) {
    say(`seloste: ${words.weakToken}`);
    return 2;
  }
  const missing = paths.find((p) => !isGlob(p) && !existsSync(resolve(io.cwd, p)));
  if (missing !== undefined) {
    say(`seloste: ${missing}: ${FILE_WORDS[io.language].noSuchPath}`);
    return 2;
  }
  let editor;
  try {
    editor = await startEditor({
      cwd: io.cwd,
      paths,
      port: flags.port,
      host: flags.host,
      token,
      env: io.env,
      ...(flags.config ? { configFile: flags.config } : {}),
      log: say,
    });
  } catch (error) {
    if (error instanceof ListenError) {
      say(`seloste: ${error.message}`);
      return 2;
    }
    throw error;
  }
  if (!LOOPBACK.has(flags.host.toLowerCase())) say(`seloste: ${words.exposed(flags.host)}`);
  io.stdout.write(`${words.editing(editor.url)}\n`);
  if (flags.open && io.isTTY && openBrowser(editor.url, io.env)) say(words.opened);
  await (io.until ?? new Promise<void>(() => undefined));
  await editor.close();
  return 0;
}
