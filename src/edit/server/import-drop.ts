/**
 * A notice dropped on the page, turned into draft registers by `seloste import`'s own code and
 * written beside the project's registers (`notices/<name>.yaml`, `<name>-2.yaml`, …), never over a
 * file that is there: when any of the names is taken, nothing is written.
 */
import { existsSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { draftPaths, MAX_TEXT_BYTES, schemaFor } from '../../import/command.js';
import { sniff } from '../../import/document/sniff.js';
import { importBytes } from '../../import/import.js';
import { slugify } from '../../init/questions.js';
import { writeFileAtomically } from '../../write-file.js';
import { ApiError } from './http-io.js';
import { registersFolder } from './new-register.js';
import type { Project } from './project.js';
import type { EditWords } from './words.js';

/** The name the file was dropped under, as the header carries it (percent-encoded when it is not ASCII). */
export function droppedName(header: string | string[] | undefined, words: EditWords): string {
  const raw = typeof header === 'string' ? header : '';
  let name = raw;
  try {
    name = decodeURIComponent(raw);
  } catch {
    // Taken as it is.
  }
  name = basename(name.replace(/\\/g, '/')).replace(/[\0-\x1f]/g, '');
  if (!name.trim()) throw new ApiError(400, words.noFileName);
  return name;
}

/** Import the bytes; returns the drafts written (absolute) and their `# TODO` count. */
export async function importDrop(project: Project, bytes: Buffer, name: string, words: EditWords): Promise<{ paths: string[]; todos: number }> {
  const sniffed = sniff(bytes, name);
  if (sniffed.problem !== undefined) throw new ApiError(422, `${name}: ${sniffed.problem}`);
  if ((sniffed.format === 'text' || sniffed.format === 'markdown') && bytes.length > MAX_TEXT_BYTES) throw new ApiError(413, words.tooLarge(MAX_TEXT_BYTES / 1024 / 1024));
  const stem = slugify(basename(name, extname(name))) || 'notice';
  const first = join(registersFolder(project), `${stem}.yaml`);
  const results = await importBytes(bytes, name, { schema: schemaFor(first), source: name });
  if ('problem' in results) throw new ApiError(422, `${name}: ${results.problem}`);
  const paths = draftPaths(first, results.length);
  const taken = paths.find((p) => existsSync(p));
  if (taken) throw new ApiError(409, words.exists(project.rel(taken)));
  for (const [i, result] of results.entries()) {
    let written: 'written' | 'exists';
    try {
      written = await writeFileAtomically(paths[i]!, result.yaml, false);
    } catch (error) {
      throw new ApiError(500, words.cannotWrite(project.rel(paths[i]!), (error as NodeJS.ErrnoException).code ?? 'error'));
    }
    if (written === 'exists') throw new ApiError(409, words.exists(project.rel(paths[i]!)));
  }
  return { paths, todos: results.reduce((n, r) => n + r.todos, 0) };
}
