/**
 * Saving a file: only over the version the edits were made on. The file's bytes are compared with
 * that version when the save is asked for and again just before the new text is moved into place;
 * when they differ, nothing is written and the page gets the disk's text to choose from (409).
 */
import { replaceFileIfUnchanged } from '../../write-file.js';
import { textWithData } from './edited-text.js';
import { readFile, versionOf } from './file-data.js';
import { ApiError } from './http-io.js';
import { realFile } from './security.js';
import type { EditWords } from './words.js';

export interface SaveRequest {
  version: string;
  data?: Record<string, unknown>;
  text?: string;
}

/** The file's text now and its version; refused (404) when it cannot be read. */
function current(path: string, words: EditWords): { text: string; version: string } {
  const read = readFile(path);
  if (read.problem) throw new ApiError(read.problem.code === 'missing' ? 404 : 422, read.problem.code === 'missing' ? words.notFound : read.problem.message);
  return read;
}

/** The save of each file under way: saves of one file run one after the other, so that each compares with what the last wrote. */
const saving = new Map<string, Promise<unknown>>();

/** Write the edit over the disk's text when it is still `version`; returns the text written and its version. */
export function saveFile(path: string, shown: string, request: SaveRequest, words: EditWords): Promise<{ text: string; version: string }> {
  const target = realFile(path);
  const next = (saving.get(target) ?? Promise.resolve()).catch(() => undefined).then(() => saveNow(target, shown, request, words));
  saving.set(target, next);
  void next.finally(() => {
    if (saving.get(target) === next) saving.delete(target);
  }).catch(() => undefined);
  return next;
}

async function saveNow(target: string, shown: string, request: SaveRequest, words: EditWords): Promise<{ text: string; version: string }> {
  const disk = current(target, words);
  const conflict = (): ApiError => {
    const now = current(target, words);
    return new ApiError(409, words.changedOnDisk(shown), { disk: now });
  };
  if (disk.version !== request.version) throw conflict();
  const text = request.data ? textWithData(disk.text, request.data) : (request.text ?? disk.text);
  const written = await replaceFileIfUnchanged(target, text, () => {
    const read = readFile(target);
    return !read.problem && read.version === request.version;
  });
  if (written === 'changed') throw conflict();
  return { text, version: versionOf(text) };
}
