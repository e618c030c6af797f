/**
 * A language client for the tests: `seloste lsp` spawned as an editor starts it, spoken to over its
 * standard input and output. Every notification is waited on, never a time.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic, InitializeResult, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { ROOT } from './helpers.js';

type Predicate = (params: PublishDiagnosticsParams) => boolean;

export class TestClient {
  /** Every `publishDiagnostics` received, in order. */
  readonly published: PublishDiagnosticsParams[] = [];
  /** Requests the server made of the editor, by method. */
  readonly requests: { method: string; params: unknown }[] = [];
  private readonly waiting: { uri: string; from: number; test: Predicate; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  readonly exited: Promise<number | null>;

  private constructor(
    readonly connection: MessageConnection,
    readonly child: ChildProcess,
  ) {
    this.exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => this.receive(params));
    connection.onRequest((method, params) => {
      this.requests.push({ method, params });
      return null;
    });
    connection.listen();
  }

  /** Start the server in `cwd` and initialize it with `cwd` as the workspace folder. */
  static async start(cwd: string): Promise<{ client: TestClient; init: InitializeResult }> {
    const bin = join(ROOT, 'bin', 'seloste.js');
    if (!existsSync(join(ROOT, 'lib', 'lsp', 'server.js'))) throw new Error('lib/lsp/server.js is missing: run `npm run compile` first');
    const child = spawn(process.execPath, [bin, 'lsp', '--stdio'], { cwd, stdio: ['pipe', 'pipe', 'inherit'] });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new TestClient(connection, child);
    const uri = pathToFileURL(cwd).href;
    const init: InitializeResult = await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: uri,
      workspaceFolders: [{ uri, name: 'project' }],
      capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } },
    });
    await connection.sendNotification('initialized', {});
    return { client, init };
  }

  /** The first publication for `uri` from now on (or since the last one waited for) that passes `test`. */
  next(uri: string, test: Predicate = () => true): Promise<PublishDiagnosticsParams> {
    const from = this.published.length;
    return new Promise((resolve) => {
      this.waiting.push({ uri, from, test, resolve });
    });
  }

  /** The latest diagnostics published for each file since publication number `from`. */
  latestSince(from: number): Map<string, Diagnostic[]> {
    return new Map(this.published.slice(from).map((p) => [p.uri, p.diagnostics]));
  }

  open(uri: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version, text } });
  }

  /** Replace the whole text of a document. */
  change(uri: string, version: number, text: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  async stop(): Promise<number | null> {
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    const code = await this.exited;
    this.connection.dispose();
    return code;
  }

  private receive(params: PublishDiagnosticsParams): void {
    this.published.push(params);
    const index = this.published.length - 1;
    for (const w of [...this.waiting]) {
      if (w.uri !== params.uri || index < w.from || !w.test(params)) continue;
      this.waiting.splice(this.waiting.indexOf(w), 1);
      w.resolve(params);
    }
  }
}

/** The file URI of a path, as editors send it. */
export function uriOf(path: string): string {
  return pathToFileURL(path).href;
}
