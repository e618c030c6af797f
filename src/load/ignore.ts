/**
 * Which YAML files in a folder are not registers: the project's `ignore:` globs, and the YAML files
 * other tools keep beside registers. A file named on the command line is always read.
 */
import picomatch from 'picomatch';
import { relative, sep } from 'node:path';

/** Files of other tools that live in the same folders as registers. */
export const NOT_REGISTERS = [
  '**/docker-compose*.y?(a)ml',
  '**/compose?(.*).y?(a)ml',
  '**/mkdocs.y?(a)ml',
  '**/pnpm-lock.yaml',
  '**/pnpm-workspace.yaml',
  '**/codecov.y?(a)ml',
] as const;

export type Ignored = (path: string) => boolean;

/** `globs` are relative to `root` (the folder of the config), as in `.gitignore`-style tools. */
export function ignoredBy(globs: readonly string[], root: string): Ignored {
  const match = picomatch([...NOT_REGISTERS, ...globs], { dot: true });
  return (path) => {
    const rel = relative(root, path).split(sep).join('/');
    return !rel.startsWith('..') && match(rel);
  };
}

/** `notices/**\/*.yaml` as an argument: a glob, to be matched rather than opened. */
export function isGlob(arg: string): boolean {
  return picomatch.scan(arg).isGlob;
}

/** The folder a glob's matches are under, and the matcher for the paths found there. */
export function globParts(arg: string): { base: string; match: (relPath: string) => boolean } {
  const { base, glob } = picomatch.scan(arg);
  const match = picomatch(glob, { dot: false });
  return { base: base || '.', match };
}
