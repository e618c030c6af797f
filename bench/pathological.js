/**
 * How long Seloste takes on the pathological inputs its tests feed it: Markdown and HTML of
 * nothing but marks, nested thousands deep, or left open, read by `seloste import`; and author text
 * of the same kind rendered into a notice's HTML and Markdown. The tests check what comes out; this
 * bench says how long it takes, at the size the tests use and at twice it (a ratio near 2 grows
 * with the length, near 4 with its square).
 *
 *   node bench/pathological.js    (after `npm run compile`)
 *
 * Prints a Markdown table; writes nothing.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
if (!existsSync(join(ROOT, 'lib', 'import', 'import.js'))) {
  process.stderr.write('bench: lib/ is missing; run `npm run compile` first\n');
  process.exit(2);
}
const { importNotice } = await import('../lib/import/import.js');
const { blocks } = await import('../lib/compose/author-text.js');
const { renderHtmlBody } = await import('../lib/render/html.js');
const { renderMarkdown } = await import('../lib/render/markdown.js');

const MD = '# Tietosuojaseloste\n\n';
const HTML = '<h1>Tietosuojaseloste</h1>\n';

/** [what, how it is read, the text at size n]: n is the size the tests use. */
const SHAPES = [
  ['Markdown emphasis `*a`', 'import', (n) => `${MD}${'*a'.repeat(n)}\n`, 300_000],
  ['Markdown links `[a](b `', 'import', (n) => `${MD}${'[a](b '.repeat(n)}\n`, 150_000],
  ['Markdown quotes `> `', 'import', (n) => `${MD}${'> '.repeat(n)}x\n`, 50_000],
  ['Markdown list nested n deep', 'import', (n) => MD + Array.from({ length: n }, (_, i) => `${'  '.repeat(i)}- a\n`).join(''), 900],
  ['HTML comments left open', 'import-html', (n) => `${HTML}${'<!-- a '.repeat(n)}`, 40_000],
  ['HTML scripts left open', 'import-html', (n) => `${HTML}${'<script>x '.repeat(n)}`, 40_000],
  ['HTML tags left open', 'import-html', (n) => `${HTML}${'<a href=x '.repeat(n)}`, 40_000],
  ['HTML lists nested n deep', 'import-html', (n) => `${HTML}${'<ul><li>kohta '.repeat(n)}${'</li></ul>'.repeat(n)}`, 20_000],
  ['a contact line of n pieces', 'import', (n) => `${MD}## Rekisterinpitäjä\n\nSoutuseura ry, ${'Rantakatu, '.repeat(n)}\n`, 50_000],
  ...['*a', '*a_', 'a]', '[a](b ', '[', 'a\n=\n', '- a\n', '+ '].map((unit) => [`author text \`${JSON.stringify(unit).slice(1, -1)}\``, 'render', (n) => unit.repeat(n / unit.length), 50_000]),
  ['author text: quotes n deep', 'render', (n) => `${'> '.repeat(n)}x`, 1000],
];

async function read(how, text) {
  if (how === 'render') {
    const tree = { type: 'root', children: blocks(text) };
    await renderHtmlBody(tree);
    renderMarkdown(tree);
  } else importNotice(text, { lang: 'fi', ...(how === 'import-html' ? { format: 'html' } : {}) });
}

async function milliseconds(how, text) {
  const start = performance.now();
  await read(how, text);
  return performance.now() - start;
}

// One short run of each kind first, so that loading the modules is not counted in the first shape.
for (const how of ['import', 'import-html', 'render']) await milliseconds(how, 'a');

const rows = [];
for (const [what, how, make, n] of SHAPES) {
  const once = await milliseconds(how, make(n));
  const twice = await milliseconds(how, make(2 * n));
  rows.push(`| ${what} | ${how.replace('-html', '')} | ${n.toLocaleString('en-US')} | ${Math.round(once)} | ${Math.round(twice)} | ${(twice / once).toFixed(1)} |`);
}
process.stdout.write(`| Input | Read by | n | ms at n | ms at 2n | Ratio |\n|---|---|---:|---:|---:|---:|\n${rows.join('\n')}\n`);
