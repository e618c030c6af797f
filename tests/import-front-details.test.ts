/**
 * The controller given at the top of a notice ("**Provided by:** Example AB" over "**Address:** …"); a
 * label before a colon and an e-mail ("Privacy questions: legal@…") that is no name; and a contact line
 * whose title and name become two values ("Yhteyshenkilö: sihteeri Petteri Virtanen"), quoted whole.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../src/import/draft/state.js';
import { importNotice } from '../src/import/import.js';

type Register = Record<string, any>;

const TOP: Record<Lang, string> = {
  en: '# Privacy Policy\n\n**Provided by:** Example AB\n\n**Privacy contact:** legal@example.example\n\n**Address:** Storgatan 61, 111 27 Stockholm, Sweden\n\nThis policy applies to the app.\n\n## Contact\n\nPrivacy questions: legal@example.example\n\nGeneral support: support@example.example\n',
  sv: '# Integritetspolicy\n\n**Tillhandahålls av:** Exempel AB\n\n**Integritetskontakt:** legal@exempel.example\n\n**Adress:** Storgatan 61, 111 27 Stockholm, Sverige\n\nPolicyn gäller appen.\n\n## Kontakt\n\nIntegritetsfrågor: legal@exempel.example\n\nAllmän support: support@exempel.example\n',
  fi: '# Tietosuojaseloste\n\n**Ylläpitäjä:** Esimerkki Oy\n\n**Tietosuojayhteys:** legal@esimerkki.example\n\n**Osoite:** Katu 61, 00100 Helsinki\n\nSeloste koskee sovellusta.\n\n## Yhteystiedot\n\nTietosuojakysymykset: legal@esimerkki.example\n\nMuu tuki: support@esimerkki.example\n',
};
const NAME: Record<Lang, string> = { en: 'Example AB', sv: 'Exempel AB', fi: 'Esimerkki Oy' };

describe('the controller named at the top of a notice by who provides the service', () => {
  it.each(['en', 'sv', 'fi'] as const)('is the controller, with the labelled details under it, never the label of an e-mail (%s)', (lang) => {
    const register: Register = importNotice(TOP[lang], { lang }).register;
    expect(register['controller']).toMatchObject({ name: NAME[lang], address: { street: expect.stringMatching(/61$/u) }, email: expect.stringMatching(/^legal@/u) });
  });
});

describe('a contact line torn into a title and a name', () => {
  it('is quoted whole beside them', () => {
    const html = '<h1>Tietosuojaseloste</h1><h2>Rekisterinpitäjä</h2><p>Esimerkki ry<br>Yhteyshenkilö: sihteeri Petteri Virtanen<br><a href="mailto:petteri@esimerkki.example">petteri@esimerkki.example</a></p>';
    const { register, yaml } = importNotice(html, { lang: 'fi', format: 'html' });
    expect(register['contact_person']).toMatchObject({ name: 'Petteri Virtanen', title: { fi: 'sihteeri' } });
    expect(yaml).toContain('Yhteyshenkilö: sihteeri Petteri Virtanen');
  });
});

describe('an organisation named before a colon and its e-mail', () => {
  it('is the controller, though it has no company form', () => {
    const { register } = importNotice('# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nTampereen yliopisto: kirjaamo@example.fi\n', { lang: 'fi' });
    expect(register['controller']).toMatchObject({ name: 'Tampereen yliopisto', email: 'kirjaamo@example.fi' });
  });
});

/** An association named at the top with the short name the notice will call it, its domicile and its business ID on lines of their own. */
const SHORT_NAMED: Record<Lang, string> = {
  fi: '<h1>Tietosuojaseloste</h1>\n<p>Esimerkin sukellusseura ry (jatkossa ESS)</p>\n<p>Kotipaikka: Helsinki</p>\n<p>Yhdistysrekisterin numero 123456 ja Y-tunnus 1234567-8</p>\n<p>ESS käsittelee jäsentensä tietoja jäsenasioiden hoitamiseksi.</p>',
  sv: '<h1>Dataskyddsbeskrivning</h1>\n<p>Helsingfors Dykarklubb rf (nedan HDK)</p>\n<p>Hemort: Helsingfors</p>\n<p>Föreningsregistrets nummer 123456 och fo-nummer 1234567-8</p>\n<p>HDK behandlar medlemmarnas uppgifter för att sköta medlemskapet.</p>',
  en: '<h1>Privacy notice</h1>\n<p>Example Diving Club ry (hereinafter EDC)</p>\n<p>Domicile: Helsinki</p>\n<p>Register number 123456 and business ID 1234567-8</p>\n<p>EDC processes its members’ data to look after their membership.</p>',
};
const SHORT_NAMES: Record<Lang, string> = { fi: 'Esimerkin sukellusseura ry', sv: 'Helsingfors Dykarklubb rf', en: 'Example Diving Club ry' };

describe('an organisation named at the top with a short name of its own', () => {
  it.each(['fi', 'sv', 'en'] as const)('is the controller, with its domicile and the business ID of the line under it (%s)', (lang) => {
    const register: Register = importNotice(SHORT_NAMED[lang], { lang, format: 'html' }).register;
    expect(register['controller']).toMatchObject({ name: SHORT_NAMES[lang], business_id: '1234567-8', address: { city: expect.stringMatching(/^Helsin/u) } });
  });
});

const BLOCK: Record<Lang, string> = {
  en: 'PRIVACY POLICY\n==============\n\nExample ApS  \nStrandvejen 12, 2100 Copenhagen, Denmark  \nEmail: info@example.example\n\nOverview\n--------\n\nWe process data to deliver orders.\n',
  sv: '# Integritetspolicy\n\nExempel AB\nStorgatan 61, 111 27 Stockholm\nE-post: info@exempel.example\n\n## Ändamål\n\nVi behandlar uppgifter för att leverera beställningar.\n',
  fi: '# Tietosuojaseloste\n\nEsimerkki Oy\nKatu 1, 00100 Helsinki\nSähköposti: info@esimerkki.example\n\n## Tarkoitus\n\nKäsittelemme tietoja tilausten toimittamiseksi.\n',
};
const BLOCK_NAME: Record<Lang, string> = { en: 'Example ApS', sv: 'Exempel AB', fi: 'Esimerkki Oy' };

describe('the controller named at the top of a notice, its details on the lines after its name', () => {
  it.each(['en', 'sv', 'fi'] as const)('takes its address and e-mail from its own block (%s)', (lang) => {
    const register: Register = importNotice(BLOCK[lang], { lang }).register;
    expect(register['controller']).toMatchObject({ name: BLOCK_NAME[lang], address: { street: expect.stringMatching(/\d$/u) }, email: expect.stringMatching(/^info@/u) });
  });

  it('stops at a line that is neither labelled nor an address', () => {
    const text = '# Tietosuojaseloste\n\nEsimerkki Oy\nKäsittelemme tietoja huolellisesti ja lain mukaan.\nSähköposti: info@esimerkki.example\n\n## Tarkoitus\n\nKäsittelemme tietoja tilausten toimittamiseksi.\n';
    expect((importNotice(text, { lang: 'fi' }).register['controller'] as Register | undefined)?.['email']).toBeUndefined();
  });
});

describe('a labelled line under the name at the top that is no detail of the controller', () => {
  const OTHER: [Lang, string][] = [
    ['fi', '# Tietosuojaseloste\n\nEsimerkki Oy\nIsännöitsijä: Isännöinti Oy, Toinenkatu 2, 00200 Helsinki, isannointi@isannointi.example\n\n## Tarkoitus\n\nKäsittelemme tietoja tilausten toimittamiseksi.\n'],
    ['sv', '# Integritetspolicy\n\nExempel AB\nFörvaltare: Förvaltning AB, Storgatan 5, 111 27 Stockholm, info@forvaltning.example\n\n## Ändamål\n\nVi behandlar uppgifter för att leverera beställningar.\n'],
    ['en', '# Privacy notice\n\nExample Ltd\nHosting: Hostco Ltd, Server Road 5, 00200 Helsinki, info@hostco.example\n\n## Purposes\n\nWe process data to deliver orders.\n'],
  ];
  it.each(OTHER)('gives the controller none of another party’s details (%s)', (lang, text) => {
    const controller = importNotice(text, { lang }).register['controller'] as Register;
    expect(controller['address']).toBeUndefined();
    expect(controller['email']).toBeUndefined();
  });

  it.each([
    ['en', '# Privacy notice\n\nExample Ltd\nLast updated: 1 March 2024\nHarbour Street 1, 00100 Helsinki\nEmail: info@example.example\n\n## Purposes\n\nWe process data to deliver orders.\n'],
    ['fi', '# Tietosuojaseloste\n\nEsimerkki Oy\nPäivitetty: 1.3.2024\nKatu 1, 00100 Helsinki\nSähköposti: info@esimerkki.example\n\n## Tarkoitus\n\nKäsittelemme tietoja tilausten toimittamiseksi.\n'],
  ] as const)('is passed over, the details after it read (%s)', (lang, text) => {
    const controller = importNotice(text, { lang }).register['controller'] as Register;
    expect(controller['address']).toMatchObject({ street: expect.stringMatching(/1$/u), postal_code: '00100' });
  });
});

describe('the town said first and the whole address later', () => {
  it.each([
    ['en', '# Privacy Policy\n\n## 1. Who We Are\n\nThe app is operated by Example Oy (business ID: 1234567-1), Helsinki, Finland. You can reach us at info@example.example.\n\n## 2. Contact\n\nExample Oy  \nSvanströminkuja 7 A 12, 00870 Helsinki, Finland  \ninfo@example.example\n'],
    ['fi', '# Tietosuojaseloste\n\n## 1. Rekisterinpitäjä\n\nPalvelua ylläpitää Esimerkki Oy (y-tunnus 1234567-1), Helsinki. Meihin saa yhteyden osoitteella info@esimerkki.example.\n\n## 2. Yhteystiedot\n\nEsimerkki Oy  \nSvanströminkuja 7 A 12, 00870 Helsinki  \ninfo@esimerkki.example\n'],
  ] as const)('is one address, said in full (%s)', (lang, text) => {
    const register: Register = importNotice(text, { lang }).register;
    expect(register['controller']['address']).toMatchObject({ street: 'Svanströminkuja 7 A 12', postal_code: '00870', city: 'Helsinki' });
  });

  it('in another town stays apart, to be checked', () => {
    const text = '# Privacy Policy\n\n## 1. Who We Are\n\nThe app is operated by Example Oy, Espoo, Finland. You can reach us at info@example.example.\n\n## 2. Contact\n\nExample Oy  \nSvanströminkuja 7 A 12, 00870 Helsinki, Finland  \ninfo@example.example\n';
    const register: Register = importNotice(text, { lang: 'en' }).register;
    expect(register['controller']['address']).toEqual({ city: 'Espoo', country: 'FI' });
  });
});
