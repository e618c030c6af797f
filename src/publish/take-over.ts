/**
 * What a build takes over from the previous site instead of rendering: the outputs of registers
 * that did not change, and the published notices of registers that cannot be built now, which stay
 * as they were (stale) until a build renders them again.
 */
import { resolve } from 'node:path';
import type { FileResult } from '../pipeline.js';
import type { CacheEntry } from './cache.js';
import type { Format } from './pages.js';
import type { BuildPlan } from './plan.js';
import type { Contribution } from './render-register.js';
import type { Outputs, SiteWriter } from './site-writer.js';

/** The contribution of a register taken over as it was (its outputs found intact by the plan). */
export function takeOverUnchanged(file: FileResult, plan: BuildPlan, writer: SiteWriter): Contribution {
  const path = plan.cacheKey(resolve(plan.options.cwd, file.file));
  const entry = plan.previous!.entries[path]!;
  const outputs: Outputs = {};
  writer.take(entry.outputs, outputs);
  return { file: file.file, index: entry.index, pages: currentPages(entry), path, entry: { ...entry, outputs }, feed: entry.feed ?? {} };
}

/**
 * The earlier notice of a register that is not built now, when the previous site has it intact and
 * no register built now has its id. Only its outputs in the languages and formats of this build are
 * kept. Its cache entry is the earlier one: the register is taken over again only once its text is
 * back to what those outputs were made from.
 */
export function keepStale(
  file: FileResult,
  plan: BuildPlan,
  writer: SiteWriter,
  scope: { languages: readonly string[]; formats: ReadonlySet<Format>; ids: ReadonlySet<string> },
): Contribution | undefined {
  const path = plan.cacheKey(resolve(plan.options.cwd, file.file));
  const earlier = plan.site.cache?.entries[path];
  if (!earlier || scope.ids.has(earlier.id)) return undefined;
  const kept: Outputs = {};
  for (const [output, sum] of Object.entries(earlier.outputs)) if (inScope(output, scope)) kept[output] = sum;
  if (!Object.keys(kept).length || !plan.site.allIntact(kept)) return undefined;
  const outputs: Outputs = {};
  writer.take(kept, outputs);
  const entry: CacheEntry = { ...earlier, outputs };
  return { file: file.file, index: earlier.index, pages: currentPages(entry), path, entry, feed: earlier.feed ?? {} };
}

/**
 * After a PDF failed to print (or no browser could be started), the register's PDF of the previous
 * site, if intact, stays published. The register is then never taken over as it is: its key is
 * cleared, so the next build prints it again.
 */
export function keepEarlierPdf(contribution: Contribution, output: string, plan: BuildPlan, writer: SiteWriter): boolean {
  contribution.entry.key = '';
  const sum = plan.site.cache?.entries[contribution.path]?.outputs[output];
  if (!sum || output in contribution.entry.outputs || !plan.site.intact(output, sum)) return false;
  writer.take({ [output]: sum }, contribution.entry.outputs);
  return true;
}

/** The current notice pages of an entry (not earlier versions), for the sitemap. */
function currentPages(entry: CacheEntry): string[] {
  return Object.keys(entry.outputs)
    .filter((o) => o.endsWith('.html') && !o.includes('/history/'))
    .sort();
}

const EXTENSION: Record<string, Format> = { html: 'html', md: 'md', pdf: 'pdf', json: 'json' };

function inScope(output: string, scope: { languages: readonly string[]; formats: ReadonlySet<Format> }): boolean {
  const format = EXTENSION[output.slice(output.lastIndexOf('.') + 1)];
  const top = output.slice(0, output.indexOf('/'));
  return format !== undefined && scope.formats.has(format) && (format === 'json' ? top === 'json' : scope.languages.includes(top));
}
