/**
 * `check --output-file FILE`: the report is written whole or not at all, and never over a register
 * or other YAML file, which a slip of the keyboard would lose.
 */
import { stat } from 'node:fs/promises';
import { writeFileAtomically } from '../write-file.js';

export class OutputFileError extends Error {}

async function refuseUnsafeTarget(path: string): Promise<void> {
  if (/\.ya?ml$/i.test(path)) throw new OutputFileError(`--output-file \`${path}\` is a YAML file: a report is never written over a register or a configuration`);
  const info = await stat(path).catch(() => undefined);
  if (info && !info.isFile()) throw new OutputFileError(`--output-file \`${path}\` exists and is not a file`);
}

export async function writeReport(path: string, text: string): Promise<void> {
  await refuseUnsafeTarget(path);
  try {
    await writeFileAtomically(path, text, true);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new OutputFileError(`cannot write --output-file \`${path}\` (${code})`);
  }
}
