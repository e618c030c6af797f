/**
 * How the time of `seloste import` and `seloste audit` grows with text no notice has: one word of
 * thousands of letters, a sentence of thousands of words with no end, a run of names or addresses
 * with no space, each in the controller's, the purposes' and the recipients' sections of an HTML page.
 * Each shape is read at two lengths, the second twice the first: a time that grows
 * with the length gives a ratio near 2, one that grows with its square a ratio near 4.
 *
 *   node bench/hostile-text.js [--length N]    (after `npm run compile`; N letters, 40 000 by default)
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
const { auditBytes } = await import('../lib/audit/audit.js');

const at = process.argv.indexOf('--length');
const LENGTH = at > 0 ? Number(process.argv[at + 1]) : 40_000;
if (!Number.isInteger(LENGTH) || LENGTH < 1000) {
  process.stderr.write('bench: --length takes a whole number of at least 1000\n');
  process.exit(2);
}

/** What is repeated, and what it stands for. */
const SHAPES = [
  ['a', 'one word of one letter'],
  ['Oy', 'one word of names'],
  ['A-', 'names joined by hyphens'],
  ['1.1.', 'numbers joined by dots'],
  ['www.a ', 'web addresses'],
  ['käsitellään ', 'a Finnish sentence of verbs with no end'],
  ['we use ', 'an English sentence with no end'],
  ['may ', 'hedges with no end of sentence'],
  ['rekisteriin', 'one word of register names'],
];

function html(unit, length) {
  const long = unit.repeat(Math.ceil(length / unit.length));
  return [
    `<h1>Tietosuojaseloste</h1><h2>Rekisterinpitäjä</h2><p>Seura ry<br>Sähköposti: info@esimerkki.fi</p><p>${long}</p>`,
    `<h2>Käyttötarkoitus</h2><p>Tietoja käsitellään ${long}</p><ul><li>${long}</li></ul>`,
    `<h2>Tietojen luovutukset</h2><p>Tietoja luovutetaan ${long}</p>`,
  ].join('');
}

async function milliseconds(command, text) {
  const start = performance.now();
  if (command === 'import') importNotice(text, { lang: 'fi', format: 'html' });
  else await auditBytes(Buffer.from(text), 'notice.html', { lang: 'fi', cwd: ROOT });
  return performance.now() - start;
}

// One short run first, so that loading the modules is not counted in the first shape.
await milliseconds('audit', html('a ', 1000));

const rows = [];
for (const [unit, what] of SHAPES) {
  for (const command of ['import', 'audit']) {
    const once = await milliseconds(command, html(unit, LENGTH));
    const twice = await milliseconds(command, html(unit, 2 * LENGTH));
    rows.push(`| ${what} (\`${unit.trim()}\`) | ${command} | ${Math.round(once)} | ${Math.round(twice)} | ${(twice / once).toFixed(1)} |`);
  }
}
const n = LENGTH.toLocaleString('en-US');
const n2 = (2 * LENGTH).toLocaleString('en-US');
process.stdout.write(`| Text | Command | ms at ${n} | ms at ${n2} | Ratio |\n|---|---|---:|---:|---:|\n${rows.join('\n')}\n`);
