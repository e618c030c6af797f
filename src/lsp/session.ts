/**
 * The server's state between messages: the open documents, what their checks found, and which
 * shared files each register draws on. A document is checked when it opens and again once the
 * editor has been quiet for a moment after an edit; a check overtaken by a later one is dropped.
 */
import type { PublishDiagnosticsParams } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { checkDocument } from './check-document.js';
import { toLspDiagnostic } from './diagnostics.js';
import { kindOf, OpenDocuments } from './documents.js';
import { Findings } from './findings.js';

export interface SessionOptions {
  /** How long after an edit a check waits for the next edit, in milliseconds. */
  delayMs: number;
  /** The folder a file is checked from. */
  cwdFor: (path: string) => string;
  publish: (params: PublishDiagnosticsParams) => void;
  log: (message: string) => void;
}

/** An open document as its last check saw it, with the languages its project publishes in. */
export interface CheckedDocument {
  document: TextDocument;
  languages: readonly string[];
}

export class Session {
  readonly documents = new OpenDocuments();
  readonly findings = new Findings();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly runs = new Map<string, number>();
  private readonly dependsOn = new Map<string, ReadonlySet<string>>();
  private readonly checked = new Map<string, { version: number; languages: string[] }>();

  constructor(private readonly options: SessionOptions) {}

  /** A document was opened: check it now, and the open registers that draw on it, which now read its text. */
  opened(path: string): void {
    void this.check(path);
    for (const owner of this.dependents(path)) this.checkSoon(owner);
  }

  /** A document was edited: check it, and the open registers that draw on it, once the edits pause. */
  edited(path: string): void {
    this.checkSoon(path);
    for (const owner of this.dependents(path)) this.checkSoon(owner);
  }

  /** A document was closed: what its check found goes, and registers that drew on its unsaved text read the file again. */
  closed(path: string): void {
    this.forget(path);
    this.publish(this.findings.remove(path), path);
    for (const owner of this.dependents(path)) this.checkSoon(owner);
  }

  /** Files changed on disk: open registers that draw on them are checked again; a config may change which applies, so all are. */
  changedOnDisk(paths: readonly string[]): void {
    const all = paths.some((p) => kindOf(p) === 'config');
    const owners = all ? this.documents.paths() : paths.flatMap((p) => this.dependents(p));
    for (const owner of new Set(owners)) this.checkSoon(owner);
  }

  /** The document as its last check saw it, when it has not changed since. */
  current(path: string): CheckedDocument | undefined {
    const document = this.documents.get(path);
    const checked = this.checked.get(path);
    return document && checked?.version === document.version ? { document, languages: checked.languages } : undefined;
  }

  /** Check a document now; what is found is dropped when a later check started, or the text changed, meanwhile. */
  async check(path: string): Promise<void> {
    clearTimeout(this.timers.get(path));
    this.timers.delete(path);
    const document = this.documents.get(path);
    const kind = kindOf(path);
    if (!document || !kind) return;
    const { version } = document;
    const run = (this.runs.get(path) ?? 0) + 1;
    this.runs.set(path, run);
    try {
      const result = await checkDocument(path, kind, this.documents.texts(), this.options.cwdFor(path));
      if (this.runs.get(path) !== run || this.documents.get(path)?.version !== version) return;
      this.dependsOn.set(path, result.dependsOn);
      this.checked.set(path, { version, languages: result.languages });
      this.publish(this.findings.set(path, result.byFile), path, version);
    } catch (error) {
      // A fault of Seloste's own: said in the editor's log, and the server goes on.
      this.options.log(`seloste: cannot check ${path}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }

  private checkSoon(path: string): void {
    clearTimeout(this.timers.get(path));
    this.timers.set(path, setTimeout(() => void this.check(path), this.options.delayMs));
  }

  /** The open documents whose last check drew on a file. */
  private dependents(path: string): string[] {
    return [...this.dependsOn].filter(([owner, files]) => owner !== path && files.has(path)).map(([owner]) => owner);
  }

  /** Drop a closed document's state; a check of it still running finds itself overtaken. */
  private forget(path: string): void {
    clearTimeout(this.timers.get(path));
    this.timers.delete(path);
    this.runs.set(path, (this.runs.get(path) ?? 0) + 1);
    this.dependsOn.delete(path);
    this.checked.delete(path);
  }

  /** Send each file's diagnostics; the owner's carry the version of the text they were found in. */
  private publish(files: readonly string[], owner: string, version?: number): void {
    for (const file of files) {
      const params: PublishDiagnosticsParams = { uri: this.documents.uriOf(file), diagnostics: this.findings.in(file).map(toLspDiagnostic) };
      if (file === owner && version !== undefined) params.version = version;
      this.options.publish(params);
    }
  }
}
