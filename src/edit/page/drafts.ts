/**
 * Unsaved edits, kept in localStorage per project and file with the version of the file they were
 * made on: they survive a reload of the page and a restart of the server, and are offered back.
 */
import type { Content } from './api-types.js';

export interface Draft {
  /** The version (sha256) of the file the edits were made on. */
  version: string;
  content: Content;
  /** When the edits were last made, as milliseconds since 1970. */
  time: number;
}

const key = (root: string, path: string): string => `seloste-edit:draft:${root}:${path}`;

export function saveDraft(root: string, path: string, draft: Draft): void {
  try {
    localStorage.setItem(key(root, path), JSON.stringify(draft));
  } catch {
    // Storage full or refused: the edits are still in the page, only not kept over a reload.
  }
}

export function loadDraft(root: string, path: string): Draft | undefined {
  try {
    const text = localStorage.getItem(key(root, path));
    const draft = text ? (JSON.parse(text) as Draft) : undefined;
    return draft && typeof draft.version === 'string' && draft.content ? draft : undefined;
  } catch {
    return undefined;
  }
}

export function clearDraft(root: string, path: string): void {
  localStorage.removeItem(key(root, path));
}
