/**
 * The documents open in the editor, by the path of their file: their texts, unsaved edits included,
 * are what the checks read in place of the files on disk.
 */
import { basename } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { CONFIG_FILE } from '../config/config.js';
import { isOrganisationFile } from '../load/collect.js';

export type DocumentKind = 'register' | 'organisation' | 'config';

/** What a YAML file is to Seloste, by its name; undefined for a file that is not YAML. */
export function kindOf(path: string): DocumentKind | undefined {
  if (basename(path) === CONFIG_FILE) return 'config';
  if (isOrganisationFile(path)) return 'organisation';
  return /\.ya?ml$/i.test(path) ? 'register' : undefined;
}

/** The file a `file:` URI names; undefined for other schemes (an unsaved `untitled:` buffer). */
export function pathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export class OpenDocuments {
  private readonly byPath = new Map<string, TextDocument>();
  /** The URI each file was opened by, kept after it closes so that its diagnostics can be cleared. */
  private readonly uris = new Map<string, string>();

  open(uri: string, version: number, text: string): string | undefined {
    const path = pathOf(uri);
    if (path === undefined || !kindOf(path)) return undefined;
    this.byPath.set(path, TextDocument.create(uri, 'yaml', version, text));
    this.uris.set(path, uri);
    return path;
  }

  change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): string | undefined {
    const path = pathOf(uri);
    const document = path === undefined ? undefined : this.byPath.get(path);
    if (path === undefined || !document) return undefined;
    this.byPath.set(path, TextDocument.update(document, changes, version));
    return path;
  }

  close(uri: string): string | undefined {
    const path = pathOf(uri);
    return path !== undefined && this.byPath.delete(path) ? path : undefined;
  }

  get(path: string): TextDocument | undefined {
    return this.byPath.get(path);
  }

  paths(): string[] {
    return [...this.byPath.keys()];
  }

  /** The URI the editor knows a file by (as it sent it), or the file's own. */
  uriOf(path: string): string {
    return this.uris.get(path) ?? pathToFileURL(path).href;
  }

  /** The texts of every open document, to be read in place of their files. */
  texts(): Map<string, string> {
    return new Map([...this.byPath].map(([path, document]) => [path, document.getText()]));
  }
}
