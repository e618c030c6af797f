/**
 * What the checks of the open documents found, kept by the document whose check found it and by the
 * file it is in: a register's check finds problems in its organisation files too, and a file shows
 * what every check found in it, once.
 */
import { uniqueDiagnostics, type Diagnostic } from '../diagnostic.js';

export class Findings {
  private readonly byOwner = new Map<string, Map<string, Diagnostic[]>>();

  /** Replace what a document's check found; returns the files whose diagnostics may change, the document last. */
  set(owner: string, byFile: Map<string, Diagnostic[]>): string[] {
    const before = this.byOwner.get(owner);
    this.byOwner.set(owner, byFile);
    return touched(owner, [...(before?.keys() ?? []), ...byFile.keys()]);
  }

  /**
   * Forget what a closed document's check found, and what other checks found in its text, which is
   * gone with it (they find it again in the file); returns the files whose diagnostics change, the document last.
   */
  remove(owner: string): string[] {
    const before = this.byOwner.get(owner);
    this.byOwner.delete(owner);
    for (const byFile of this.byOwner.values()) byFile.delete(owner);
    return touched(owner, [...(before?.keys() ?? [])]);
  }

  /** Every diagnostic found in a file, once, in order. */
  in(file: string): Diagnostic[] {
    return uniqueDiagnostics([...this.byOwner.values()].flatMap((byFile) => byFile.get(file) ?? []));
  }
}

function touched(owner: string, files: readonly string[]): string[] {
  return [...new Set(files.filter((f) => f !== owner)), owner];
}
