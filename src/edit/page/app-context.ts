/** What every view of the page works with: the server, the project, its schemas, the words of the interface. */
import type { ApiClient } from './api-client.js';
import type { Content, FileState, Project } from './api-types.js';
import type { EditSession } from './edit-session.js';
import type { SchemaSet } from './schema-set.js';
import type { Lang, Words } from './words.js';

export interface AppContext {
  api: ApiClient;
  project: Project;
  schemas: SchemaSet;
  lang: Lang;
  words: Words;
  /** Where the views are drawn. */
  main: HTMLElement;
  /** Said to screen readers (aria-live, polite). */
  announce(message: string): void;
  /** Go to a view by its address: `#/`, `#/file/notices%2Fx.yaml`, `#/new`, `#/import`; `again`: draw it again when it is shown. */
  navigate(hash: string, again?: boolean): void;
  /** The files being edited in this page, kept while the reader moves between views or languages. */
  sessions: Map<string, EditSession>;
  /** Show both versions of a file that changed on disk while it was edited, and let the reader choose. */
  showConflict(file: FileState, mine: Content, disk: { text: string; version: string }): void;
  /** Run `cleanup` when the reader leaves the view now shown. */
  onLeave(cleanup: () => void): void;
  /** Read the project's file list again (after a save, a new register, an import). */
  reloadProject(): Promise<void>;
}

export function fileHash(path: string): string {
  return `#/file/${encodeURIComponent(path)}`;
}
