/**
 * Nothing of an imported notice is lost: every sentence, heading, list item and table cell of a
 * generated notice, written as plain text, Markdown and HTML, is in the draft — in a value or,
 * verbatim, in a comment — and the draft loads.
 *
 * Kept, read on the written YAML (not on the importer's own notes): the sentence's words (letters
 * and digits, lower-cased, dates as the register writes them) occur next to each other in the
 * comments or in one value; or it is a detail line of at most eight words after its label ("Puhelin:",
 * "Päivitetty") whose words are values of the register one after another (a street, a postal code, a
 * city), each value no more than two words longer than the detail it keeps. A sentence the source
 * wraps over lines may instead have each of its lines in the values (in one value, or as a detail
 * line); one line in a value and another only in a comment tears it apart. A web link's address in
 * brackets after its words ("policy (https://…)") is read as the link's words alone. A notice whose
 * sections repeat may hold several registers: a text is kept when one of their drafts keeps it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importNotice, importRegisters } from '../src/import/import.js';
import { checkPaths } from '../src/pipeline.js';
import { asHtml, asMarkdown, asText, notice, texts, wrappedSentences } from './generated-notice.js';

const CONFIG = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'rules', 'seloste.config.yaml');
const SEED = 20_261_203;
const RUNS = 40;

/** A link's address in brackets after its words, as the readers write a link. */
const LINK_ADDRESS = /\s*\((?:https?:\/\/|www\.)[^\s()]*\)/gu;

function words(text: string): string[] {
  const dated = text.replace(LINK_ADDRESS, '').replace(/(?<!\d)(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?!\d)/gu, (_, d: string, m: string, y: string) => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`);
  return dated.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function scalars(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(scalars);
  if (value && typeof value === 'object') return Object.values(value).flatMap(scalars);
  return value === undefined || value === null ? [] : [String(value)];
}

/** What a reader of the draft sees: its comments as one text, and its values (each also as its words). */
function readDraft(yaml: string): { comments: string; values: string[]; valueWords: string[][] } {
  const comments = yaml
    .split('\n')
    .map((line) => /(?:^|\s)#(.*)$/u.exec(line)?.[1] ?? '')
    .join(' ');
  const valueWords = scalars(parse(yaml)).map(words);
  return { comments: ` ${words(comments).join(' ')} `, values: valueWords.map((v) => ` ${v.join(' ')} `), valueWords };
}

type Draft = ReturnType<typeof readDraft>;

/** The words are values one after another, each (nearly) the whole of one: a value holds at most two words more, never twice as many. */
function madeOfValues(list: readonly string[], draft: Draft): boolean {
  const isValue = (run: readonly string[]) =>
    draft.valueWords.some((v) => v.length <= Math.min(run.length + 2, 2 * run.length) && ` ${v.join(' ')} `.includes(` ${run.join(' ')} `));
  const reached = [true];
  for (let end = 1; end <= list.length; end++) reached[end] = reached.some((ok, start) => ok && isValue(list.slice(start, end)));
  return list.length > 0 && reached[list.length] === true;
}

function isDetail(text: string, draft: Draft): boolean {
  const rest = words(text.replace(/^[^:]{1,40}:\s|^[\s(]*\p{L}[\p{L}.-]*(?:\s+\p{L}[\p{L}.-]*)?\s+(?=\S*\d)/u, ''));
  return rest.length <= 8 && madeOfValues(rest, draft);
}

/** In one value, or as a detail line. */
function inValues(text: string, draft: Draft): boolean {
  const needle = ` ${words(text).join(' ')} `;
  return draft.values.some((v) => v.includes(needle)) || isDetail(text, draft);
}

function isKept(text: string, draft: Draft, lines?: readonly string[]): boolean {
  // A text without a word ("& &.") has nothing to lose.
  if (!words(text).length) return true;
  const needle = ` ${words(text).join(' ')} `;
  return draft.comments.includes(needle) || inValues(text, draft) || (lines?.every((line) => inValues(line, draft)) ?? false);
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
          // A notice whose sections repeat may hold several registers: a draft for each.
          const results = importRegisters(text, { format });
          expect(importRegisters(text, { format }).map((r) => r.yaml)).toEqual(results.map((r) => r.yaml));
          const drafts = results.map((r) => readDraft(r.yaml));
          const wrapped = wrappedSentences(n, format === 'text');
          expect(texts(n).filter((t) => !drafts.some((draft) => isKept(t, draft, wrapped.get(t))))).toEqual([]);
          for (const result of results) await expectLoads(result.yaml, result.register, result.lang);
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

  it('a heading whose words a value holds only inside a sentence of its own, not as the heading begins, in the three languages', () => {
    keeps('# Tietosuojaseloste\n\n## Käsittelyn tarkoitukset\n\n- Sivuston käytön seuranta (evästeet ja kävijätilastot)\n\n## Evästeet ja kävijätilastot\n\nSivusto laskee käynnit omalla palvelimellaan.\n', 'Evästeet ja kävijätilastot');
    keeps('# Integritetspolicy\n\n## Ändamål\n\n- Uppföljning av webbplatsens användning (kakor och besöksstatistik)\n\n## Kakor och besöksstatistik\n\nWebbplatsen räknar besöken på sin egen server.\n', 'Kakor och besöksstatistik');
    keeps('# Privacy notice\n\n## Purposes\n\n- Following how the site is used (cookies and visitor statistics)\n\n## Cookies and visitor statistics\n\nThe site counts visits on its own server.\n', 'Cookies and visitor statistics');
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

  // The test's own time limit stands guard against work that grows faster than the text: a megabyte
  // takes about two seconds on the 2-core machine this runs on, a quadratic pass would take minutes.
  it('every one of a megabyte of sentences no recogniser maps, within the time limit', () => {
    const sentences = Array.from({ length: 15_000 }, (_, i) => `Kohta ${i} koskee asiakkaan tietoja numero ${i * 13}.`);
    const text = `Tietosuojaseloste\n\n1. Muuta tietoa\n\n${sentences.map((t, i) => (i % 5 === 4 ? `${t}\n\n` : `${t} `)).join('')}`;
    const { yaml } = importNotice(text, { format: 'text', lang: 'fi' });
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

  it('a sentence wrapped over lines whose last line went into a value, whole and in its lines', () => {
    const cases = [
      ['markdown', '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy\n\nTietosuojaa koskevissa kysymyksissä ota yhteyttä:\ntietosuoja@esimerkki.fi.\n', 'Tietosuojaa koskevissa kysymyksissä ota yhteyttä:', 'tietosuoja@esimerkki.fi.'],
      ['html', '<h1>Integritetspolicy</h1><h2>Personuppgiftsansvarig</h2><p>Exempel AB</p><p>För frågor om hur vi behandlar dina uppgifter, kontakta:\n<a href="mailto:dataskydd@exempel.se">dataskydd@exempel.se</a>.</p>', 'För frågor om hur vi behandlar dina uppgifter, kontakta:', 'dataskydd@exempel.se.'],
      ['markdown', '# Privacy notice\n\n## Controller\n\nExample Ltd\n\nIf you have any questions about your data, write to:\nprivacy@example.com.\n', 'If you have any questions about your data, write to:', 'privacy@example.com.'],
    ] as const;
    for (const [format, text, first, second] of cases) {
      const { yaml, register } = importNotice(text, { format });
      expect(register['controller']).toMatchObject({ email: second.slice(0, -1) });
      const lines = commentLines(yaml);
      expect(lines.some((line, i) => line === first && lines[i + 1] === second), first).toBe(true);
    }
  });

  it('a detail line whose words stand only apart, in longer values, is a value or a comment', () => {
    const cases: [string, string][] = [
      ['# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nSähköposti: tietosuoja@esimerkki.fi\n\n## Evästeet\n\nKäytämme sivustolla [analytiikkaa](https://tietosuoja.esimerkki.fi/fi) kävijöiden laskemiseen.\n', 'Sähköposti: tietosuoja@esimerkki.fi'],
      ['# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nE-post: dataskydd@exempel.se\n\n## Kakor\n\nVi använder [analys](https://dataskydd.exempel.se/sv) för att räkna besökare.\n', 'E-post: dataskydd@exempel.se'],
      ['# Privacy notice\n\n## Controller\n\nEmail: privacy@example.com\n\n## Cookies\n\nWe use [analytics](https://privacy.example.com/en) to count visitors.\n', 'Email: privacy@example.com'],
    ];
    for (const [text, line] of cases) {
      const { yaml, register } = importNotice(text, { format: 'markdown' });
      const email = line.slice(line.indexOf(' ') + 1);
      const asValue = (register['controller'] as { email?: string } | undefined)?.email === email;
      expect(asValue || commentLines(yaml).includes(line), line).toBe(true);
    }
  });

  it('but not a detail line whose every detail is in the register', () => {
    const { yaml, register } = importNotice('# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy\n\nSähköposti: info@esimerkki.fi\n', { format: 'markdown' });
    expect(register['controller']).toMatchObject({ name: 'Esimerkki Oy', email: 'info@esimerkki.fi' });
    expect(commentLines(yaml).filter((l) => l.includes('info@esimerkki.fi'))).toEqual([]);
  });
});
