/**
 * The editor's server started on a copy of the example project in a temporary folder, on an
 * ephemeral port, with a client that sends what the editor page sends: the token header, the
 * page's own Origin on a POST, JSON bodies.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEditor, type RunningEditor } from '../src/edit/server/server.js';
import { ROOT } from './helpers.js';

export interface Reply {
  status: number;
  body: any;
  headers: Headers;
}

export interface TestEditor {
  dir: string;
  base: string;
  token: string;
  editor: RunningEditor;
  get(path: string, headers?: Record<string, string>): Promise<Reply>;
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<Reply>;
  /** A request as a browser (or another program) would send it, headers as given. */
  raw(path: string, init: RequestInit): Promise<Reply>;
  close(): Promise<void>;
}

export const TOKEN = 'test-token-0123456789abcdefghijklmnop';

/** A copy of the example project: its config and every file of notices/. */
export function copyExamples(): string {
  const dir = mkdtempSync(join(tmpdir(), 'seloste-edit-'));
  cpSync(join(ROOT, 'notices'), join(dir, 'notices'), { recursive: true });
  cpSync(join(ROOT, 'seloste.config.yaml'), join(dir, 'seloste.config.yaml'));
  return dir;
}

async function reply(response: Response): Promise<Reply> {
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON: kept as text.
  }
  return { status: response.status, body, headers: response.headers };
}

export async function startTestEditor(dir = copyExamples(), pageFolder?: string): Promise<TestEditor> {
  const log: string[] = [];
  const editor = await startEditor({ cwd: dir, paths: ['notices'], port: 0, token: TOKEN, env: {}, log: (l) => log.push(l), ...(pageFolder ? { pageFolder } : {}) });
  const base = new URL(editor.url).origin;
  const raw = async (path: string, init: RequestInit): Promise<Reply> => reply(await fetch(`${base}${path}`, init));
  return {
    dir,
    base,
    token: TOKEN,
    editor,
    raw,
    get: (path, headers = {}) => raw(path, { headers: { 'x-seloste-token': TOKEN, ...headers } }),
    post: (path, body, headers = {}) =>
      raw(path, { method: 'POST', headers: { 'x-seloste-token': TOKEN, origin: base, 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) }),
    async close() {
      await editor.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
