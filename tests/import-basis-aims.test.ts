/**
 * A list of bases under a heading that asks what allows the processing ("Why we are allowed to do this",
 * "Varför vi får behandla uppgifterna", "Miksi saamme käsitellä tietoja"), each item a label with its basis:
 * the basis said with whom ("the contract with you (Article 6(1)(b))", "avtalet med dig") and more sentences
 * after it, or the basis with its article and, after a comma, what it serves ("legitimate interest (Article
 * 6(1)(f)), being able to hire the right tutors"): the label a purpose with that basis, and what a legitimate
 * interest serves the interest pursued.
 */
import { describe, expect, it } from 'vitest';
import { classifyHeading } from '../src/import/headings.js';
import { register, type Draft, type Lang } from './import-draft.js';

const HEAD: Record<Lang, string> = {
  en: '# Privacy notice\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki, info@example.example\n\n## Why we are allowed to do this\n\n',
  sv: '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nExempel AB, Gatan 1, 111 27 Stockholm, info@exempel.example\n\n## Varför vi får behandla uppgifterna\n\n',
  fi: '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki, info@esimerkki.example\n\n## Miksi saamme käsitellä tietoja\n\n',
};

const LISTS: [Lang, string, [string, string, string | undefined][]][] = [
  [
    'en',
    '- **Job applications**: legitimate interest (Article 6(1)(f)), being able to hire the right tutors. If you are hired, the contract applies.\n- **The child’s own login**: the contract with you (Article 6(1)(b)). You are the ones who ask for it and can remove it.\n',
    [
      ['Job applications', 'legitimate_interests', 'being able to hire the right tutors'],
      ['The child’s own login', 'contract', undefined],
    ],
  ],
  [
    'sv',
    '- **Ansökningar**: berättigat intresse (artikel 6.1 f), att kunna anställa rätt lärare. Om du anställs gäller avtalet.\n- **Ditt konto**: avtalet med dig (artikel 6.1 b). Du skapar kontot och kan ta bort det.\n',
    [
      ['Ansökningar', 'legitimate_interests', 'att kunna anställa rätt lärare'],
      ['Ditt konto', 'contract', undefined],
    ],
  ],
  [
    'fi',
    '- **Työhakemukset**: oikeutettu etu (6 artiklan 1 kohdan f alakohta), oikeiden opettajien palkkaaminen. Jos sinut palkataan, sovelletaan sopimusta.\n- **Käyttäjätili**: sopimus kanssasi (6 artiklan 1 kohdan b alakohta). Luot tilin itse ja voit poistaa sen.\n',
    [
      ['Työhakemukset', 'legitimate_interests', 'oikeiden opettajien palkkaaminen'],
      ['Käyttäjätili', 'contract', undefined],
    ],
  ],
];

const said = (lang: Lang, p: Draft): [string, string, string | undefined] => [p['description'][lang], p['legal_basis'], p['legitimate_interest']?.[lang]];

describe('a list of bases under a heading that asks what allows the processing', () => {
  it.each(LISTS)('gives each label its basis, and a legitimate interest what it serves (%s)', (lang, list, expected) => {
    expect((register(HEAD[lang] + list, lang)['purposes'] as Draft[]).map((p) => said(lang, p))).toEqual(expected);
  });

  it.each(['Why we are allowed to do this', 'What allows us to process your data', 'Varför får vi behandla dina uppgifter?', 'Miksi saamme käsitellä tietojasi?', 'Millä oikeudella käsittelemme tietoja'])(
    '"%s" is the part on legal bases',
    (heading) => {
      expect(classifyHeading(heading)).toEqual(['legal_basis']);
    },
  );
});

describe('a paragraph under the heading on legal bases that is a basis, a dash and what it covers', () => {
  const PARAS: [Lang, string, string][] = [
    ['fi', '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki\n\n## Käsittelyn oikeusperuste\n\n**Sopimuksen täytäntöönpano** — tiedot ovat välttämättömiä aliurakkasopimusten toteutumisen seurantaan.\n', 'contract'],
    ['sv', '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nExempel AB, Gatan 1, 111 27 Stockholm\n\n## Rättslig grund\n\n**Berättigat intresse** – uppgifterna behövs för att besvara frågor från besökare.\n', 'legitimate_interests'],
    ['en', '# Privacy notice\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki\n\n## Legal basis\n\n**Performance of a contract** — the data are needed to follow up the subcontracts.\n', 'contract'],
  ];
  it.each(PARAS)('is a purpose with that basis (%s)', (lang, text, basis) => {
    const purposes = register(text, lang)['purposes'] as Draft[];
    expect(purposes.map((p) => p['legal_basis'])).toEqual([basis]);
  });

  it('not what the basis lets the person do', () => {
    const text = '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki\n\n## Käsittelyn oikeusperuste\n\n**Suostumus** — voit perua sen milloin tahansa.\n';
    expect(register(text, 'fi')['purposes'] ?? []).toEqual([]);
  });
});

describe('what follows a basis and its article that is no interest', () => {
  it.each([
    ['en', '- **Newsletters**: legitimate interest (Article 6(1)(f)), which you can object to at any time.\n'],
    ['en', '- **Newsletters**: legitimate interest (Art. 6(1)(f) GDPR), as explained in the section on direct marketing.\n'],
  ] as const)('is not written as the interest pursued (%s)', (lang, list) => {
    const purposes = (register(HEAD[lang] + list, lang)['purposes'] ?? []) as Draft[];
    expect(purposes.map((p) => p['legitimate_interest'])).not.toContainEqual(expect.objectContaining({ en: expect.stringMatching(/^(?:which|as explained)/u) }));
  });

  it('a second basis the item gives another activity is kept for the author, not dropped', () => {
    const list = '- **Orders**: the contract with you (Article 6(1)(b)). Sending you offers by e-mail afterwards is our legitimate interest (Article 6(1)(f)).\n';
    const draft = register(HEAD.en + list, 'en');
    expect((draft['purposes'] as Draft[]).map((p) => p['legal_basis'])).toEqual(['contract']);
    expect(draft['legal_bases']).toContain('legitimate_interests');
  });

  it('a paragraph of a basis over a statute, or over how consent is given, is no purpose', () => {
    const text = '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nExempel AB, Gatan 1, 111 27 Stockholm\n\n## Rättslig grund\n\n**Rättslig förpliktelse** – bokföringslagen (1999:1078).\n\n**Samtycke** – som du lämnar när du prenumererar på nyhetsbrevet.\n';
    expect(register(text, 'sv')['purposes'] ?? []).toEqual([]);
  });
});

describe('a list of bases, each a bold label with its article and what it covers', () => {
  it.each([
    ['en', '# Privacy policy\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki\n\n## Legal Basis for Data Processing\n\nWe process personal data on the following legal bases:\n\n- **Contract (Art. 6(1)(b))**: Processing necessary for cloud sync.\n- **Legitimate interest (Art. 6(1)(f))**: Error reporting via Sentry to maintain app quality and fix bugs. You can opt out in settings.\n', 'Error reporting via Sentry to maintain app quality and fix bugs'],
    ['sv', '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nExempel AB, Gatan 1, 111 27 Stockholm\n\n## Rättslig grund\n\nVi behandlar personuppgifter på följande rättsliga grunder:\n\n- **Avtal (art. 6.1 b)**: Behandling som behövs för synkroniseringen.\n- **Berättigat intresse (art. 6.1 f)**: Felrapportering för att hålla appen stabil och rätta fel. Du kan stänga av den.\n', 'Felrapportering för att hålla appen stabil och rätta fel'],
  ] as [Lang, string, string][])('gives a legitimate interest what follows its label (%s)', (lang, text, interest) => {
    const purposes = register(text, lang)['purposes'] as Draft[];
    expect(purposes.find((p) => p['legal_basis'] === 'legitimate_interests')?.['legitimate_interest']?.[lang]).toBe(interest);
  });
});

describe('a list of bases whose items name activities no purpose of the notice names', () => {
  it.each([
    ['fi', '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki\n\n## Miksi käsittelemme tietoja?\n\n- palvelun tarjoamiseksi\n\n## Käsittelyn oikeusperuste\n\n- Sopimus: Palvelun tarjoaminen\n- Suostumus: Sähköinen suoramarkkinointi\n- Lakisääteinen velvoite: Kirjanpito ja viranomaisvaatimukset\n', [['Sähköinen suoramarkkinointi', 'consent'], ['Kirjanpito ja viranomaisvaatimukset', 'legal_obligation']]],
    ['sv', '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nExempel AB, Gatan 1, 111 27 Stockholm\n\n## Varför behandlar vi uppgifter?\n\n- för att leverera tjänsten\n\n## Rättslig grund\n\n- Avtal: Leverans av tjänsten\n- Samtycke: Direktmarknadsföring\n- Rättslig förpliktelse: Bokföring\n', [['Direktmarknadsföring', 'consent'], ['Bokföring', 'legal_obligation']]],
  ] as [Lang, string, [string, string][]][])('makes each a purpose with its basis (%s)', (lang, text, expected) => {
    const purposes = register(text, lang)['purposes'] as Draft[];
    for (const [activity, basis] of expected) expect(purposes.find((p) => p['description'][lang] === activity)?.['legal_basis']).toBe(basis);
  });
});

describe('an item of a list of bases that names no activity done', () => {
  it.each([
    ['fi', '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki\n\n## Miksi käsittelemme tietoja?\n\n- palvelun tarjoamiseksi\n- kysymyksiin vastaamiseksi\n\n## Käsittelyn oikeusperuste\n\n- Sopimus: Palvelun tarjoaminen\n- Suostumus: Markkinointi ei ole käytössä\n', 'Markkinointi ei ole käytössä'],
    ['en', '# Privacy policy\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki\n\n## Why we process data\n\n- to provide the service\n- to answer your questions\n\n## Legal basis\n\n- Contract: Providing the service\n- Legal obligation: According to the Accounting Act, bookkeeping records are kept for ten years.\n', 'According to the Accounting Act'],
  ] as [Lang, string, string][])('beside the listed purposes is no purpose: a denial, or a sentence on keeping data (%s)', (lang, text, words) => {
    const purposes = (register(text, lang)['purposes'] ?? []) as Draft[];
    expect(purposes.some((p) => String(p['description'][lang]).startsWith(words))).toBe(false);
  });
});
