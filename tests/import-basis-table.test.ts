/**
 * A table under the heading on legal bases whose first column names the processing ("Behandling |
 * Laglig grund | Kommentar", "Käsittely | Oikeusperuste", "Processing | Legal basis"): each row a purpose
 * with the basis its basis column gives, the rows quoted beside them; a row whose basis cell names no
 * basis of Art. 6(1) is quoted as that, not as a basis for the register. A heading on a case of the
 * organisation's role ("När Norrplex är personuppgiftsansvarig") is no part on the controller.
 */
import { describe, expect, it } from 'vitest';
import { columnKind } from '../src/import/document/column-table.js';
import type { Lang } from '../src/import/draft/state.js';
import { importNotice } from '../src/import/import.js';

type Register = Record<string, any>;

const WORDS: Record<Lang, { controller: string; basis: string; header: string[]; rows: string[][]; data: string; when: string }> = {
  sv: {
    controller: 'Personuppgiftsansvarig',
    basis: 'Rättslig grund',
    header: ['Behandling', 'Laglig grund', 'Kommentar'],
    rows: [['Kundkonton', 'Fullgörande av avtal (art. 6.1.b)', 'Nödvändigt för tjänsten'], ['Fakturering', 'Rättslig förpliktelse (art. 6.1.c)', 'Bokföringsskyldighet'], ['Biträdesbehandling', 'Kundens ansvar', 'På kundens instruktion']],
    data: 'Vilka personuppgifter behandlar vi?',
    when: 'När Exempel är personuppgiftsansvarig',
  },
  fi: {
    controller: 'Rekisterinpitäjä',
    basis: 'Oikeusperuste',
    header: ['Käsittely', 'Oikeusperuste', 'Huomautus'],
    rows: [['Asiakastilit', 'Sopimuksen täytäntöönpano (6 art. 1 b)', 'Palvelun edellytys'], ['Laskutus', 'Lakisääteinen velvoite (6 art. 1 c)', 'Kirjanpitolaki'], ['Käsittely asiakkaan lukuun', 'Asiakkaan vastuulla', 'Asiakkaan ohjeiden mukaan']],
    data: 'Mitä tietoja käsittelemme?',
    when: 'Kun Esimerkki on rekisterinpitäjä',
  },
  en: {
    controller: 'Controller',
    basis: 'Legal basis',
    header: ['Processing', 'Legal basis', 'Comment'],
    rows: [['Customer accounts', 'Performance of a contract (Art. 6(1)(b))', 'Needed for the service'], ['Invoicing', 'Legal obligation (Art. 6(1)(c))', 'Bookkeeping'], ['Processing for customers', "The customer's responsibility", 'On their instructions']],
    data: 'What personal data do we process?',
    when: 'When Example is the controller',
  },
};

function page(lang: Lang): string {
  const w = WORDS[lang];
  const row = (cells: string[], tag: string) => `<tr>${cells.map((c) => `<${tag}>${c}</${tag}>`).join('')}</tr>`;
  return [
    `<html lang="${lang}"><body><h1>Policy</h1><h2>1. ${w.controller}</h2><p>Exempel AB, Gatan 1, 111 22 Stockholm, info@exempel.example</p>`,
    `<h2>2. ${w.data}</h2><h3>2.1 ${w.when}</h3><ul><li>namn, e-post</li></ul>`,
    `<h2>3. ${w.basis}</h2><table><thead>${row(w.header, 'th')}</thead><tbody>${w.rows.map((r) => row(r, 'td')).join('')}</tbody></table>`,
    '</body></html>',
  ].join('\n');
}

describe('a table of processing and its legal basis', () => {
  it.each(['sv', 'fi', 'en'] as const)('makes each row a purpose with its basis, the rows quoted (%s)', (lang) => {
    const { register, yaml } = importNotice(page(lang), { lang, format: 'html' });
    const w = WORDS[lang];
    expect((register as Register)['purposes'].map((p: Register) => [p['description'][lang], p['legal_basis']])).toEqual([
      [w.rows[0]![0], 'contract'],
      [w.rows[1]![0], 'legal_obligation'],
    ]);
    expect(yaml).toContain('The purposes and bases as the original pairs them:');
    expect(yaml).toContain('names none of Art. 6(1)');
    expect(yaml).not.toMatch(/legal bases for the register as a whole/u);
  });

  it.each(['sv', 'fi', 'en'] as const)('reads a heading on a case of the role as part of the section above it, not as the controller (%s)', (lang) => {
    const register: Register = importNotice(page(lang), { lang, format: 'html' }).register;
    expect(register['data_categories']?.length).toBe(1);
    expect(register['controller']['email']).toBe('info@exempel.example');
  });
});

describe('the columns of a table, by their header cells', () => {
  it.each([
    ['Tietotyypit', 'data_categories'],
    ['Tietoryhmät', 'data_categories'],
    ['Behandling', 'purposes'],
    ['Käsittely', 'purposes'],
    ['Processing activity', 'purposes'],
  ])('%s holds %s', (cell, kind) => {
    expect(columnKind(cell)).toBe(kind);
  });
});

describe('a table with a column of what is done beside its column of purposes', () => {
  const TABLES: [Lang, string, string[]][] = [
    ['sv', '<h1>Integritetspolicy</h1><h2>Personuppgiftsansvarig</h2><p>Exempel AB, Gatan 1, 111 27 Stockholm</p><h2>Ändamål och rättslig grund</h2><table><tr><th>Behandling</th><th>Ändamål</th><th>Rättslig grund</th></tr><tr><td>Google Maps (efter samtycke)</td><td>Visa interaktiv karta så att besökare hittar butiken</td><td>Berättigat intresse (art. 6.1 f GDPR)</td></tr><tr><td>E-postkommunikation</td><td>Besvara frågor från besökare</td><td>Berättigat intresse (art. 6.1 f GDPR)</td></tr></table>', ['Visa interaktiv karta så att besökare hittar butiken', 'Besvara frågor från besökare']],
    ['en', '<h1>Privacy notice</h1><h2>Controller</h2><p>Example Ltd, Street 1, 00100 Helsinki</p><h2>Purposes and legal bases</h2><table><tr><th>Processing</th><th>Purpose</th><th>Legal basis</th></tr><tr><td>Map embed</td><td>Show visitors where the shop is</td><td>Legitimate interest (Art. 6(1)(f))</td></tr><tr><td>E-mail</td><td>Answer visitors’ questions</td><td>Legitimate interest (Art. 6(1)(f))</td></tr></table>', ['Show visitors where the shop is', 'Answer visitors’ questions']],
  ];
  it.each(TABLES)('takes each purpose from the column of purposes (%s)', (lang, text, expected) => {
    const purposes = (importNotice(text, { lang }).register['purposes'] as Register[]).map((p) => [p['description'][lang], p['legal_basis']]);
    expect(purposes).toEqual(expected.map((d) => [d, 'legitimate_interests']));
  });
});
