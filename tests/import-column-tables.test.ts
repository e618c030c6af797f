/**
 * Tables of two columns whose header row names them ("Purpose | Legal basis", "Data type | Retention
 * period"), lists of what is not done, and a basis named only for what is not done.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../src/import/draft/state.js';
import { importNotice } from '../src/import/import.js';

type Draft = Record<string, unknown>;

const table = (head: readonly string[], rows: readonly (readonly string[])[]): string =>
  `<table><thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`;

const WORDS = {
  fi: {
    title: 'Tietosuojaseloste',
    uses: ['Mihin käytämme tietoja', 'Käytämme tietoja:', ['Jonotuslistan vahvistamiseen', 'Palvelun kehittämiseen']],
    denied: ['Emme:', ['Myy tietojasi kolmansille osapuolille', 'Tee automaattisia päätöksiä']],
    bases: ['Käsittelyn oikeusperusteet', ['Tarkoitus', 'Oikeusperuste'], [['Uutiskirjeet jonotuslistalle', 'Nimenomainen suostumuksesi (6 artiklan 1 kohdan a alakohta)'], ['Yhteydenottoihin vastaaminen', 'Oikeutettu etu asiakaspalvelussa (6 artiklan 1 kohdan f alakohta)']]],
    kept: ['Kuinka kauan säilytämme tietoja', ['Tietotyyppi', 'Säilytysaika'], [['Asiakaspalvelun viestit', '24 kuukautta'], ['Evästesuostumukset', '12 kuukautta']]],
    without: 'Käytämme tietoja yhteydenottoosi vastaamiseen. Emme käytä lomakkeen tietoja markkinointiin ilman oikeusperustetta tai suostumustasi.',
  },
  sv: {
    title: 'Dataskyddsbeskrivning',
    uses: ['Hur vi använder uppgifterna', 'Vi använder uppgifterna för att:', ['Bekräfta din plats i kön', 'Utveckla tjänsten']],
    denied: ['Vi gör inte följande:', ['Säljer dina uppgifter till tredje part', 'Fattar automatiserade beslut']],
    bases: ['Rättslig grund för behandlingen', ['Ändamål', 'Rättslig grund'], [['Nyhetsbrev till kön', 'Ditt uttryckliga samtycke (artikel 6.1 a)'], ['Svar på förfrågningar', 'Berättigat intresse i kundservice (artikel 6.1 f)']]],
    kept: ['Hur länge vi sparar uppgifterna', ['Personuppgifter', 'Lagringstid'], [['Kundtjänstärenden', '24 månader'], ['Samtycken till kakor', '12 månader']]],
    without: 'Vi använder uppgifterna för att svara på din förfrågan. Vi använder inte uppgifterna för marknadsföring utan rättslig grund eller ditt samtycke.',
  },
  en: {
    title: 'Privacy policy',
    uses: ['How we use your data', 'We use your personal data to:', ['Confirm your spot on the waitlist', 'Improve our website']],
    denied: ['We do not:', ['Sell your data to third parties', 'Make automated decisions']],
    bases: ['Legal basis for processing', ['Purpose', 'Legal basis'], [['Waitlist emails', 'Your explicit consent (Article 6(1)(a))'], ['Responding to inquiries', 'Legitimate interest in customer service (Article 6(1)(f))']]],
    kept: ['How long we keep your data', ['Data type', 'Retention period'], [['Customer support inquiries', '24 months'], ['Cookie consent records', '12 months']]],
    without: 'We use this information to respond to your enquiry. We do not use your contact-form information for unrelated marketing without a lawful basis or your consent where required.',
  },
} as const;

function notice(lang: Lang): string {
  const w = WORDS[lang];
  const [usesHeading, lead, uses] = w.uses;
  const [deniedLead, denied] = w.denied;
  const [basesHeading, basesHead, basesRows] = w.bases;
  const [keptHeading, keptHead, keptRows] = w.kept;
  return [
    `<html><body><main><h1>${w.title}</h1>`,
    `<h2>${basesHeading}</h2>${table(basesHead, basesRows)}`,
    `<h2>${usesHeading}</h2><p>${lead}</p><ul>${uses.map((u) => `<li>${u}</li>`).join('')}</ul>`,
    `<p>${deniedLead}</p><ul>${denied.map((u) => `<li>${u}</li>`).join('')}</ul>`,
    `<h2>${keptHeading}</h2>${table(keptHead, keptRows)}`,
    '</main></body></html>',
  ].join('\n');
}

const purposes = (register: Draft): Draft[] => register['purposes'] as Draft[];
const text = (p: Draft, lang: Lang): string => (p['description'] as Record<string, string>)[lang]!;

describe('a table whose header names a purpose column and a basis column', () => {
  it.each(['fi', 'sv', 'en'] as const)('gives each row its purpose with the basis of its cell, beside a list of uses in other words (%s)', (lang) => {
    const { register } = importNotice(notice(lang), { lang });
    const [[first, consent], [second, interest]] = WORDS[lang].bases[2];
    const byText = new Map(purposes(register).map((p) => [text(p, lang), p]));
    expect(byText.get(first)?.['legal_basis'], consent).toBe('consent');
    expect(byText.get(second)?.['legal_basis'], interest).toBe('legitimate_interests');
    // The uses listed apart keep no basis: which basis covers them is the author's to say.
    for (const use of WORDS[lang].uses[2]) expect(byText.get(use)?.['legal_basis']).toBeUndefined();
  });
});

describe('a table of a purpose column and a basis column under a heading that names no part', () => {
  const HEADINGS = { fi: 'Käsittely tarkemmin', sv: 'Hur behandlar vi dina uppgifter', en: 'Processing in detail' } as const;
  it.each(['fi', 'sv', 'en'] as const)('gives each row its purpose with the basis of its cell (%s)', (lang) => {
    const [, head, rows] = WORDS[lang].bases;
    const { register } = importNotice(`<h1>${WORDS[lang].title}</h1><h2>${HEADINGS[lang]}</h2>${table(head, rows)}`, { lang });
    const read = purposes(register);
    expect(read.map((p) => p['legal_basis'])).toEqual(['consent', 'legitimate_interests']);
    read.forEach((p, i) => expect(text(p, lang).startsWith(rows[i]![0])).toBe(true));
  });
});

describe('a table whose header names a data column and a retention column', () => {
  it.each(['fi', 'sv', 'en'] as const)('is a retention rule a row, with the period of its cell (%s)', (lang) => {
    const { register } = importNotice(notice(lang), { lang });
    const rules = register['retention'] as Draft[];
    const [[data]] = WORDS[lang].kept[2];
    const rule = rules.find((r) => text(r, lang).includes(data));
    expect(rule?.['period']).toBe('P24M');
    expect(rules.some((r) => r['period'] === 'P12M')).toBe(true);
  });
});

describe('a table of retention whose data column is named a category', () => {
  const HEADS: [Lang, string, string, string, string][] = [
    ['fi', 'Säilytysajat', 'Tietokategoria', 'Säilytysaika', '12 kuukautta'],
    ['sv', 'Lagringstider', 'Uppgiftskategori', 'Lagringstid', '12 månader'],
    ['en', 'Retention', 'Data category', 'Retention period', '12 months'],
    ['fi', 'Säilytysajat', 'Kategoria', 'Säilytysaika', '12 kuukautta'],
    ['sv', 'Lagringstider', 'Kategori', 'Lagringstid', '12 månader'],
    ['en', 'Retention', 'Category', 'Retention period', '12 months'],
  ];
  it.each(HEADS)('is a retention rule a row (%s, %s, %s)', (lang, heading, data, period, twelve) => {
    const html = `<h1>${WORDS[lang].title}</h1><h2>${heading}</h2>${table([data, period], [['Puhelun transkriptio', twelve], ['Varauksen tiedot', '7 v']])}`;
    const rules = importNotice(html, { lang }).register['retention'] as Draft[];
    expect(rules.find((r) => text(r, lang).includes('Puhelun transkriptio'))?.['period']).toBe('P12M');
  });
});

describe('a list under a lead-in that denies', () => {
  it.each(['fi', 'sv', 'en'] as const)('is no purpose, and is kept for the author (%s)', (lang) => {
    const { register, yaml } = importNotice(notice(lang), { lang });
    const [, denied] = WORDS[lang].denied;
    for (const d of denied) {
      expect(purposes(register).map((p) => text(p, lang))).not.toContain(d);
      expect(yaml).toContain(d);
    }
  });

  it('is purposes where the lead-in says what is done besides ("muuhun kuin")', () => {
    const html = '<h1>Tietosuojaseloste</h1><h2>Henkilötietojen käyttötarkoitus</h2><p>Emme käytä tietoja muuhun kuin:</p><ul><li>Jäsenrekisterin ylläpitoon</li><li>Tiedottamiseen</li></ul>';
    const { register } = importNotice(html, { lang: 'fi' });
    expect(purposes(register).map((p) => text(p, 'fi'))).toEqual(['Jäsenrekisterin ylläpitoon', 'Tiedottamiseen']);
  });
});

describe('a basis named only for what is not done', () => {
  it.each(['fi', 'sv', 'en'] as const)('is no basis of the purposes said beside it (%s)', (lang) => {
    const heading = { fi: 'Miksi käytämme tietojasi', sv: 'Varför vi använder uppgifterna', en: 'Why we use your information' }[lang];
    const { register } = importNotice(`<h1>${WORDS[lang].title}</h1><h2>${heading}</h2><p>${WORDS[lang].without}</p>`, { lang });
    expect(purposes(register).length).toBeGreaterThan(0);
    for (const p of purposes(register)) expect(p['legal_basis']).toBeUndefined();
    expect(register['legal_bases']).toBeUndefined();
  });
});

describe('a denial that names the one use by its exception', () => {
  const TEXT = {
    fi: ['Mihin henkilötietoja käytetään', 'Käsittelyn peruste on käyttäjän antama suostumus. Emme käytä tilauksien yhteydessä kerättyjä tietoja muihin tarkoituksiin kuin tilausten toimittamiseen.'],
    sv: ['Vad används uppgifterna till', 'Behandlingen grundar sig på ditt samtycke. Uppgifterna används inte för andra ändamål än att leverera beställningarna.'],
    en: ['What we use the data for', 'Processing is based on your consent. We do not use the data collected with orders for any purpose other than delivering the orders.'],
  } as const;
  it.each(['fi', 'sv', 'en'] as const)('is that purpose, with the basis said beside it (%s)', (lang) => {
    const [heading, para] = TEXT[lang];
    const { register } = importNotice(`<h1>${WORDS[lang].title}</h1><h2>${heading}</h2><p>${para}</p>`, { lang });
    const found = purposes(register);
    expect(found).toHaveLength(1);
    expect(text(found[0]!, lang)).toMatch(/toimittamiseen|leverera|delivering/u);
    expect(found[0]!['legal_basis']).toBe('consent');
  });
});

describe('a table of purposes whose other column describes them', () => {
  const HEADS: [Lang, string, string, string][] = [
    ['fi', 'Käsittelyn tarkoitukset', 'Tarkoitus', 'Kuvaus'],
    ['sv', 'Ändamål med behandlingen', 'Ändamål', 'Beskrivning'],
    ['en', 'Purposes of processing', 'Purpose', 'Description'],
  ];
  it.each(HEADS)('is a purpose a row, and its header none (%s)', (lang, heading, purpose, description) => {
    const rows = [['Webbanalys', 'Förstå hur besökare använder webbplatsen.'], ['Kommunikation', 'Svara på förfrågningar.']];
    const { register } = importNotice(`<h1>${WORDS[lang].title}</h1><h2>${heading}</h2>${table([purpose, description], rows)}`, { lang });
    const texts = purposes(register).map((p) => text(p, lang));
    expect(texts).toHaveLength(2);
    expect(texts[0]).toContain('Förstå hur besökare använder webbplatsen.');
    expect(texts.join(' ')).not.toContain(description);
  });
});
