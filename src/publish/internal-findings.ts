/**
 * A site keeps each register's findings in its cache, to report them again while the register is
 * unchanged. A finding on internal facts may quote a little of them (a placeholder left in a risk
 * note): in the cache it keeps its place and rule, and its message says only where to read it.
 */
import type { Diagnostic } from '../diagnostic.js';
import type { Source } from '../load/source.js';
import { locate, rangeOf } from '../load/yaml-ast.js';
import { INTERNAL_KEYS } from '../resolve/public-register.js';
import type { LoadedRegister } from '../resolve/resolve.js';

const KEPT = 'A finding on internal facts, which the site does not hold: run `seloste check` to read it';

/** The lines of a file's internal blocks, first to last. */
function internalLines(source: Source): [number, number][] {
  const { doc, lineCounter } = source;
  if (!doc || !lineCounter) return [];
  return INTERNAL_KEYS.flatMap((key) => {
    const found = locate(doc, [key]);
    if (found.depth !== 1 || !found.key) return [];
    return [[lineCounter.linePos(rangeOf(found.key)[0]).line, lineCounter.linePos(rangeOf(found.node)[1]).line] as [number, number]];
  });
}

export function cachedFindings(loaded: LoadedRegister, diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const sources = [loaded.source, ...loaded.origin.values()].filter((s, i, all) => all.indexOf(s) === i && diagnostics.some((d) => d.file === s.file));
  const ranges = new Map(sources.map((s) => [s.file, internalLines(s)]));
  return diagnostics.map((d) => {
    const inside = ranges.get(d.file)?.some(([first, last]) => d.line >= first && d.line <= last);
    return inside ? { ...d, message: KEPT } : d;
  });
}
