/**
 * A register built with `--force` past missing translations: every text it lacks in a language is
 * shown in a language that has it, marked with that language in HTML and JSON-LD, with a note in
 * the notice's language; nothing comes out blank and no id stands in for a name.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, decode, FIXTURES, tempProject } from './helpers.js';

const LANGUAGES = ['fi', 'en', 'sv'];
const NOTE: Record<string, string> = { fi: '(ei saatavilla suomeksi)', en: '(not available in English)', sv: '(inte tillgänglig på svenska)' };

let project: { dir: string; cleanup: () => void };
const read = (path: string): string => readFileSync(join(project.dir, 'dist', path), 'utf8');

beforeAll(async () => {
  project = tempProject({
    'seloste.config.yaml': 'languages: [fi, en, sv]\n',
    'notices/partial.yaml': readFileSync(join(FIXTURES, 'translations', 'partial.yaml'), 'utf8'),
  });
  const r = await cli(['build', '--force', '--format', 'html,md,json', '--no-history'], project.dir);
  expect(r.code, r.stderr).toBe(0);
});

afterAll(() => project?.cleanup());

/** The notice page's `<main>`. */
function main(lang: string): string {
  const page = read(`${lang}/partial.html`);
  return page.slice(page.indexOf('<main'), page.indexOf('</main>'));
}

/** Elements of the page that hold no text, and an id where a name belongs. */
function blanks(html: string): string[] {
  return [...html.matchAll(/<(li|td|th|strong|em|span|p|a)\b[^>]*>\s*<\/\1>/g), ...html.matchAll(/>[^<]*\bpartial\b[^<]*</g)].map((m) => m[0]);
}

/** Every string in a JSON value that is empty, by its path. */
function emptyStrings(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return value.trim() ? [] : [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => emptyStrings(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => emptyStrings(v, `${path}.${k}`));
  return [];
}

function jsonLd(lang: string): { 'dct:title': unknown; 'dpv:hasPurpose': { 'dct:description': unknown }[]; 'dpv:hasPersonalData': { 'dct:description': unknown }[] } {
  return JSON.parse(/<script type="application\/ld\+json">([^]*?)<\/script>/.exec(read(`${lang}/partial.html`))![1]!) as ReturnType<typeof jsonLd>;
}

describe('a text missing in a language, built with --force', () => {
  it.each(LANGUAGES)('never leaves a blank in the %s page, the index or the Markdown', (lang) => {
    expect(blanks(main(lang))).toEqual([]);
    expect(blanks(read(`${lang}/index.html`))).toEqual([]);
    const md = read(`${lang}/partial.md`);
    expect(md.split('\n').filter((line) => /^\s*[-*]\s*$|\|\s+\||^\s*-\s*\*\*\*\*|partial/.test(line))).toEqual([]);
  });

  it('shows the text in a language that has it, marked with that language, and says it is not available', () => {
    expect(main('en')).toContain(`<h1 id="top">Privacy notice: <span lang="fi">Asiakasrekisteri</span> ${NOTE['en']}</h1>`);
    expect(main('en')).toContain(`<li id="category-1"><span lang="fi">Nimi ja yhteystiedot</span> ${NOTE['en']}</li>`);
    expect(main('en')).toContain(`<td data-label="Recipient"><span lang="fi">Kuljetusliikkeet</span> ${NOTE['en']}</td>`);
    expect(main('fi')).toContain(`<td data-label="Käsittelyn tarkoitus"><span lang="en">Direct </span><em lang="en">marketing</em><span lang="en"> by e-mail</span> ${NOTE['fi']}</td>`);
    expect(main('sv')).toContain(`<li><span lang="fi">Yhteyshenkilöt</span> ${NOTE['sv']}</li>`);
    // Blocks: a paragraph's text and a list, each marked, and the note after them.
    expect(main('sv')).toContain(`<p><span lang="fi">Tämä seloste kertoo, miten asiakastietoja käsitellään.</span></p>\n<ul lang="fi">`);
    expect(main('sv')).toContain(`</ul>\n<p>${NOTE['sv']}</p>`);
    // The data-flow picture names the purpose too.
    expect(main('fi')).toMatch(/<desc id="flow-desc">[^<]*Direct marketing by e-mail/);
    // Written in the notice's language, a text is left as it is.
    expect(main('fi')).toContain('<h1 id="top">Tietosuojaseloste: Asiakasrekisteri</h1>');
    expect(main('en')).toContain('<td data-label="Purpose of the processing">Delivering orders</td>');
    expect(decode(read('en/index.html'))).toContain(`<a href="partial.html" lang="fi">Asiakasrekisteri</a> ${NOTE['en']}</td>`);
  });

  it('says the same in the Markdown, with the note', () => {
    const en = read('en/partial.md');
    expect(en).toMatch(/^# Privacy notice: Asiakasrekisteri \(not available in English\)$/m);
    expect(en).toContain(`- Yhteyshenkilöt ${NOTE['en']}\n`);
    expect(en).toMatch(/^\| Kuljetusliikkeet \(not available in English\) +\| Processor/m);
    expect(read('fi/partial.md')).toContain(`- Direct *marketing* by e-mail ${NOTE['fi']} – oikeusperuste: oikeutettu etu\n`);
    expect(read('sv/partial.md')).toContain(`- Asiakaspalvelu\n\n${NOTE['sv']}\n`);
  });

  it('gives JSON-LD strings in the language they are written in, and the JSON twin no empty string', () => {
    for (const lang of LANGUAGES) expect(emptyStrings(jsonLd(lang)), lang).toEqual([]);
    expect(jsonLd('en')['dct:title']).toEqual({ '@value': 'Asiakasrekisteri', '@language': 'fi' });
    expect(jsonLd('fi')['dpv:hasPurpose'][1]!['dct:description']).toEqual({ '@value': 'Direct marketing by e-mail', '@language': 'en' });
    expect(jsonLd('en')['dpv:hasPersonalData'][0]!['dct:description']).toEqual({ '@value': 'Nimi ja yhteystiedot', '@language': 'fi' });
    expect(jsonLd('sv')['dpv:hasPersonalData'][0]!['dct:description']).toEqual({ '@value': 'Namn och kontaktuppgifter', '@language': 'sv' });
    expect(emptyStrings(JSON.parse(read('json/partial.json')))).toEqual([]);
  });
});
