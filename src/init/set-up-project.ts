/** Writes what `projectFiles` lists that is not there yet, and says what it wrote and what it left. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { escapeTerminal } from '../report/escape.js';
import { appendIgnoreLines, missingIgnoreLines, projectFiles } from './project.js';
import type { InitWords } from './words.js';
import { writeFileAtomically } from '../write-file.js';

interface ProjectIo {
  stdout: { write(s: string): unknown };
  cwd: string;
}

/** Returns a message when a file could not be written; nothing otherwise. */
export async function setUpProject(io: ProjectIo, languages: readonly string[], words: InitWords): Promise<string | undefined> {
  const say = words.command;
  for (const file of projectFiles(languages)) {
    const path = join(io.cwd, file.path);
    const shown = escapeTerminal(file.path.split('\\').join('/'));
    if (existsSync(path)) {
      io.stdout.write(`${say.kept(shown)}\n`);
      continue;
    }
    let written: 'written' | 'exists';
    try {
      written = await writeFileAtomically(path, file.text, false);
    } catch (error) {
      return say.cannotWrite(shown, (error as NodeJS.ErrnoException).code ?? (error as Error).message);
    }
    io.stdout.write(`${written === 'exists' ? say.kept(shown) : say.wroteFile(shown)}\n`);
  }
  const lines = missingIgnoreLines(io.cwd);
  if (lines.length) {
    await appendIgnoreLines(io.cwd, lines);
    io.stdout.write(`${say.gitignore(lines.length)}\n`);
  }
  return undefined;
}
