/**
 * Nothing of an imported notice is lost: every sentence, heading, list item and table cell of a
 * generated notice, written as plain text, Markdown and HTML, is in the draft — in a value or,
 * verbatim, in a comment — and the draft loads.
 *
 * Kept, read on the written YAML (not on the importer's own notes): the sentence's words (letters
 * and digits, lower-cased, dates as the register writes them) occur next to each other in the
 * comments or in one value; or it is a detail line of at most eight words after its label ("Puhelin:",
 * "Päivitetty") whose every word of two or more characters is a word of the register's values.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importNotice } from '../src/import/import.js';
import { checkPaths } from '../src/pipeline.js';
import { asHtml, asMarkdown, asText, notice, texts } from './generated-notice.js';

const CONFIG = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'rules', 'seloste.config.yaml');
const SEED = 20_261_202;
const RUNS = 40;

function words(text: string): string[] {
  const dated = text.replace(/(?<!\d)(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?!\d)/gu, (_, d: string, m: string, y: string) => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`);
  return dated.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function scalars(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(scalars);
  if (value && typeof value === 'object') return Object.values(value).flatMap(scalars);
  return value === undefined || value === null ? [] : [String(value)];
}

/** What a reader of the draft sees: its comments as one text, and its values. */
function readDraft(yaml: string): { comments: string; values: string[]; valueWords: Set<string> } {
  const comments = yaml
    .split('\n')
    .map((line) => /(?:^|\s)#(.*)$/u.exec(line)?.[1] ?? '')
    .join(' ');
  const values = scalars(parse(yaml)).map((v) => ` ${words(v).join(' ')} `);
  return { comments: ` ${words(comments).join(' ')} `, values, valueWords: new Set(values.flatMap((v) => v.trim().split(' '))) };
}

function isKept(text: string, draft: ReturnType<typeof readDraft>): boolean {
  const needle = ` ${words(text).join(' ')} `;
  if (draft.comments.includes(needle) || draft.values.some((v) => v.includes(needle))) return true;
  const rest = text.replace(/^[^:]{1,40}:\s|^[\s(]*\p{L}[\p{L}.-]*(?:\s+\p{L}[\p{L}.-]*)?\s+(?=\S*\d)/u, '');
  const details = words(rest).filter((w) => w.length >= 2);
  return details.length > 0 && details.length <= 8 && details.every((w) => draft.valueWords.has(w));
}

async function expectLoads(yaml: string, register: object, lang: string): Promise<void> {
  expect(parse(yaml)).toEqual(register);
  const dir = mkdtempSync(join(tmpdir(), 'seloste-import-property-'));
  try {
    writeFileSync(join(dir, 'draft.yaml'), yaml);
    const result = await checkPaths({ cwd: dir, paths: ['draft.yaml'], configFile: CONFIG, languages: [lang] });
    expect(result.problems).toEqual([]);
    const file = result.files[0]!;
    expect(file.diagnostics.filter((d) => /^(?:schema|yaml|file|register)\//u.test(d.ruleId))).toEqual([]);
    expect(file.loaded).toBeDefined();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const FORMATS = [
  ['text', asText],
  ['markdown', asMarkdown],
  ['html', asHtml],
] as const;

describe('seloste import loses nothing', () => {
  for (const [format, write] of FORMATS) {
    it(`keeps every sentence of a generated notice in ${format}, in a draft that loads`, async () => {
      await fc.assert(
        fc.asyncProperty(notice, async (n) => {
          const text = write(n);
          const result = importNotice(text, { format });
          expect(importNotice(text, { format }).yaml).toBe(result.yaml);
          const draft = readDraft(result.yaml);
          expect(texts(n).filter((t) => !isKept(t, draft))).toEqual([]);
          await expectLoads(result.yaml, result.register, result.lang);
        }),
        { seed: SEED, numRuns: RUNS, verbose: 1 },
      );
    }, 60_000);
  }
});

/** The comment lines of a draft, without their `#` and indentation. */
function commentLines(yaml: string): string[] {
  return yaml.split('\n').flatMap((line) => /^\s*#\s*(.*)$/u.exec(line)?.[1] ?? []);
}

describe('seloste import keeps what recognisers leave out', () => {
  const keeps = (text: string, ...verbatim: string[]) => {
    const { yaml } = importNotice(text, { format: 'markdown' });
    const lines = commentLines(yaml);
    for (const v of verbatim) expect(lines, v).toContain(v);
    return yaml;
  };

  it('a title the register name was taken from', () => {
    keeps('# Asiakasrekisterin tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy\n', 'Asiakasrekisterin tietosuojaseloste');
  });

  it('the heading of a section mapped in full', () => {
    const yaml = keeps('# Tietosuojaseloste\n\n## Henkilötietojen käsittelyn tarkoitus\n\n- Asiakassuhteen hoito\n', 'The original says:', 'Henkilötietojen käsittelyn tarkoitus');
    expect(parse(yaml).purposes).toEqual([{ description: { fi: 'Asiakassuhteen hoito' } }]);
  });

  it('a sentence under a date heading that holds a date', () => {
    keeps('# Tietosuojaseloste\n\n## Laadittu\n\nSeloste on laadittu 1.2.2020 ja se tarkistetaan vuosittain.\n', 'Seloste on laadittu 1.2.2020 ja se tarkistetaan vuosittain.');
  });

  it('a sentence and nested list items in a contact section', () => {
    const text = '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy\n\nAsiakaspalvelu vastaa arkisin.\n\n- Toimipisteet\n  - Helsinki\n    - Keskusta\n';
    keeps(text, 'Asiakaspalvelu vastaa arkisin.', 'Toimipisteet', 'Helsinki', 'Keskusta');
  });

  it('the heading cell of a two-column HTML table row mapped in full', () => {
    const { yaml, register } = importNotice('<html><body><table><tr><th>Rekisterin nimi</th><th>Asiakasrekisteri</th></tr></table></body></html>');
    expect(register['name']).toEqual({ fi: 'Asiakasrekisteri' });
    expect(commentLines(yaml)).toContain('Rekisterin nimi');
  });

  it('list items nested three and four deep in Markdown', () => {
    const { yaml } = importNotice('# Tietosuojaseloste\n\n## Rekisterin tietosisältö\n\n- Perustiedot\n  - Nimi\n    - Etunimi\n      - Kutsumanimi\n', { format: 'markdown' });
    const draft = readDraft(yaml);
    expect(['Perustiedot', 'Nimi', 'Etunimi', 'Kutsumanimi'].filter((item) => !isKept(item, draft))).toEqual([]);
  });

  it('every one of a megabyte of sentences no recogniser maps, in a moment', () => {
    const sentences = Array.from({ length: 15_000 }, (_, i) => `Kohta ${i} koskee asiakkaan tietoja numero ${i * 13}.`);
    const text = `Tietosuojaseloste\n\n1. Muuta tietoa\n\n${sentences.map((t, i) => (i % 5 === 4 ? `${t}\n\n` : `${t} `)).join('')}`;
    const start = performance.now();
    const { yaml } = importNotice(text, { format: 'text', lang: 'fi' });
    expect(performance.now() - start).toBeLessThan(5000);
    // Looked for from where the one before was found: linear time while they are in the original order.
    const { comments, values } = readDraft(yaml);
    const held = [comments, ...values].join(' \u0000 ');
    let from = 0;
    const missing = sentences.filter((t) => {
      const needle = ` ${words(t).join(' ')} `;
      let at = held.indexOf(needle, from);
      if (at < 0) at = held.indexOf(needle);
      if (at >= 0) from = at;
      return at < 0;
    });
    expect(missing).toEqual([]);
  }, 30_000);

  it('but not a detail line whose every detail is in the register', () => {
    const { yaml, register } = importNotice('# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy\n\nSähköposti: info@esimerkki.fi\n', { format: 'markdown' });
    expect(register['controller']).toMatchObject({ name: 'Esimerkki Oy', email: 'info@esimerkki.fi' });
    expect(commentLines(yaml).filter((l) => l.includes('info@esimerkki.fi'))).toEqual([]);
  });
});
