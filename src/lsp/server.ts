/**
 * The language server: every diagnostic `seloste check` reports, as the author types, with quick
 * fixes where the fix is certain and the rule's doc on hover. One handler per message; the state
 * lives in the session.
 */
import {
  CodeActionKind,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { VERSION } from '../version.js';
import { codeActions } from './code-actions.js';
import { toLspDiagnostic } from './diagnostics.js';
import { pathOf } from './documents.js';
import { hoverAt } from './hover.js';
import { overlaps } from './ranges.js';
import { Session } from './session.js';
import { watchSharedFiles } from './watched-files.js';
import { cwdFor } from './workspace.js';

export interface ServerOptions {
  /** The folder files outside every workspace folder are checked from, when it holds them. */
  cwd: string;
  /** How long after an edit a check waits for the next edit, in milliseconds. */
  delayMs?: number;
}

const CAPABILITIES: InitializeResult['capabilities'] = {
  textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
  codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
  hoverProvider: true,
};

/** The workspace folders the editor opened, as paths. */
function workspaceFolders(params: InitializeParams): string[] {
  const uris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  return uris.flatMap((uri) => pathOf(uri) ?? []);
}

export function startServer(connection: Connection, options: ServerOptions): void {
  let folders: string[] = [];
  let capabilities: ClientCapabilities = {};
  const session = new Session({
    delayMs: options.delayMs ?? 200,
    cwdFor: (path) => cwdFor(path, folders, options.cwd),
    publish: (params) => void connection.sendDiagnostics(params),
    log: (message) => connection.console.error(message),
  });
  connection.onInitialize((params) => {
    folders = workspaceFolders(params);
    capabilities = params.capabilities;
    return { capabilities: CAPABILITIES, serverInfo: { name: 'seloste', version: VERSION } };
  });
  connection.onInitialized(() => watchSharedFiles(connection, capabilities));
  connection.onDidOpenTextDocument(({ textDocument: d }) => {
    const path = session.documents.open(d.uri, d.version, d.text);
    if (path !== undefined) session.opened(path);
  });
  connection.onDidChangeTextDocument(({ textDocument: d, contentChanges }) => {
    const path = session.documents.change(d.uri, d.version, contentChanges);
    if (path !== undefined) session.edited(path);
  });
  connection.onDidCloseTextDocument(({ textDocument: d }) => {
    const path = session.documents.close(d.uri);
    if (path !== undefined) session.closed(path);
  });
  connection.onDidChangeWatchedFiles(({ changes }) => session.changedOnDisk(changes.flatMap((c) => pathOf(c.uri) ?? [])));
  connection.onCodeAction(({ textDocument, range }) => {
    const path = pathOf(textDocument.uri);
    const checked = path === undefined ? undefined : session.current(path);
    if (path === undefined || !checked) return [];
    // The fixes come from what the server found there, whatever of it the editor kept.
    const here = session.findings.in(path).map(toLspDiagnostic).filter((d) => overlaps(d.range, range));
    return codeActions(checked.document, here, checked.languages);
  });
  connection.onHover(({ textDocument, position }) => {
    const path = pathOf(textDocument.uri);
    return path === undefined ? undefined : hoverAt(session.findings.in(path), position);
  });
  connection.listen();
}
