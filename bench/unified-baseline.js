/**
 * The bare unified pipeline over Markdown files, in one process: the baseline for the md+html build.
 *
 *   node bench/unified-baseline.js DIR...   (every *.md under the folders)
 *
 * Prints one line of JSON: files, bytes, readMs (reading the files), importMs (loading unified and
 * the plugins), loopMs (remark-parse → remark-gfm → remark-rehype → rehype-stringify over all files,
 * one frozen processor, `process(md)` per file) and outBytes (HTML produced).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const t0 = performance.now();
const [{ unified }, { default: remarkParse }, { default: remarkGfm }, { default: remarkRehype }, { default: rehypeStringify }] = await Promise.all([
  import('unified'),
  import('remark-parse'),
  import('remark-gfm'),
  import('remark-rehype'),
  import('rehype-stringify'),
]);
const t1 = performance.now();

function mdFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.md'))
    .map((e) => join(e.parentPath ?? e.path, e.name))
    .sort();
}

const docs = process.argv.slice(2).flatMap(mdFiles).map((f) => readFileSync(f, 'utf8'));
const t2 = performance.now();

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeStringify);
let outBytes = 0;
for (const md of docs) {
  const file = await processor.process(md);
  outBytes += String(file).length;
}
const t3 = performance.now();

process.stdout.write(
  `${JSON.stringify({
    files: docs.length,
    bytes: docs.reduce((s, d) => s + Buffer.byteLength(d), 0),
    importMs: t1 - t0,
    readMs: t2 - t1,
    loopMs: t3 - t2,
    outBytes,
  })}\n`,
);
