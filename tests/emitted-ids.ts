/** Every id of a diagnostic the code can report: the rules', and those written out where diagnostics are made. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { rules } from '../src/rules/index.js';
import { ROOT } from './helpers.js';

/** The text of each file under a folder of the checkout, by its path from the checkout. */
export function texts(folder: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out.set(relative(ROOT, path).split(sep).join('/'), readFileSync(path, 'utf8'));
  }
  return out;
}

/** The ids, sorted: `schema/type`, `text/too-long`, `transfer-mechanism` … */
export function emittedIds(): string[] {
  const ids = new Set(rules.map((r) => r.meta.id));
  for (const [file, text] of texts('src')) {
    for (const m of text.matchAll(/'((?:schema|yaml|file|register)\/[a-z-]+)'/gu)) ids.add(m[1]!);
    if (file === 'src/check/text-check.ts') for (const m of text.matchAll(/ruleId: '(text\/[a-z-]+)'/gu)) ids.add(m[1]!);
  }
  return [...ids].sort();
}
