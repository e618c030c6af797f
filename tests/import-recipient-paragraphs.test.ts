/**
 * The sentences of a recipients section around the recipients themselves: a lead-in that ends in a
 * colon, a later sentence that gives a named recipient its role, a pointer to the recipient's own
 * privacy notice. None is a recipient of its own.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../src/import/draft/state.js';
import { importNotice } from '../src/import/import.js';

type Recipient = { name?: string; category?: Record<string, string>; role?: string };

function recipientsOf(text: string, lang: Lang): Recipient[] {
  return (importNotice(text, { lang }).register['recipients'] ?? []) as Recipient[];
}

const NOTICES: [Lang, string, string][] = [
  [
    'fi',
    '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki, info@esimerkki.example\n\n## Tietojen luovutukset\n\nEmme myy tietojasi. Käytämme luotettavia palveluntarjoajia tietojen tekniseen käsittelyyn:\n\n**Ajanvaraus**\n\nKäytämme ajanvarauksessa Varaamo-palvelua. Varaamo toimii tällöin henkilötietojen käsittelijänä.\n\n- Voit tutustua Varaamon tietosuojaselosteeseen täällä: https://varaamo.example/tietosuoja\n',
    'Varaamo',
  ],
  [
    'sv',
    '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nExempel Ab, Gatan 1, 00100 Helsingfors, info@esimerkki.example\n\n## Utlämnande av uppgifter\n\nVi säljer inte dina uppgifter. Vi anlitar pålitliga tjänsteleverantörer för den tekniska behandlingen:\n\n**Bokning**\n\nVi använder Bokaren för bokningar. Bokaren är då vårt personuppgiftsbiträde.\n\n- Läs Bokarens integritetspolicy här: https://bokaren.example/integritet\n',
    'Bokaren',
  ],
  [
    'en',
    '# Privacy notice\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki, info@esimerkki.example\n\n## Disclosures\n\nWe do not sell your data. We use trusted service providers for the technical processing:\n\n**Bookings**\n\nWe use Bookly for bookings. Bookly acts as our processor.\n\n- Read the Bookly privacy policy here: https://bookly.example/privacy\n',
    'Bookly',
  ],
];

describe('the sentences around a named recipient', () => {
  it.each(NOTICES)('make one recipient with its role, not a recipient each (%s)', (lang, text, name) => {
    const recipients = recipientsOf(text, lang);
    expect(recipients).toHaveLength(1);
    expect(recipients[0]).toMatchObject({ name, role: 'processor' });
    expect(recipients[0]!.category![lang]).toContain('https://');
  });

  it('a lead-in that names a party by name is still a recipient', () => {
    const text = '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki\n\n## Tietojen luovutukset\n\nTietoja luovutetaan Kirjanpito Oy:lle seuraavasti:\n\n- laskutustiedot kirjanpitoa varten\n';
    expect(recipientsOf(text, 'fi').length).toBeGreaterThan(0);
  });
});

describe('a pointer to a privacy notice in an item that names a recipient of its own', () => {
  it('leaves the item a recipient of its own', () => {
    const text = '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki\n\n## Tietojen luovutukset\n\n- Google Ireland Ltd (pilvipalvelut)\n- Stripe Payments Europe Ltd (maksut), joka käyttää Google Ireland Ltd:n pilvipalveluita. Stripen tietosuojaseloste: https://stripe.example/privacy\n';
    expect(recipientsOf(text, 'fi')).toHaveLength(2);
  });
});

describe('a sentence on links out to other services\' own sites', () => {
  const notices: [Lang, string][] = [
    ['fi', '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki, info@esimerkki.example\n\n## Tietojen luovutukset\n\nTietoja voidaan luovuttaa alihankkijoille (esim. sähköpostipalvelu) viestiisi vastaamiseksi.\n\nLinkit ulkoisiin palveluihin, kuten Facebookiin, vievät niiden omille sivuilleen, joilla on omat tietosuojaselosteensa.\n'],
    ['sv', '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nExempel Ab, Gatan 1, 00100 Helsingfors, info@esimerkki.example\n\n## Delas uppgifterna med någon?\n\nUppgifterna kan delas med underleverantörer (t.ex. e-postleverantör) för att besvara ditt ärende.\n\nLänkar till externa tjänster som Facebook leder till deras egna webbplatser med egna integritetspolicyer.\n'],
    ['en', '# Privacy notice\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki, info@esimerkki.example\n\n## Disclosures\n\nData may be shared with subcontractors (e.g. an e-mail provider) to answer your message.\n\nLinks to outside services such as Facebook lead to their own websites with their own privacy policies.\n'],
  ];
  it.each(notices)('names no recipient; the sentence is kept (%s)', (lang, text) => {
    const result = importNotice(text, { lang });
    expect(JSON.stringify(result.register['recipients'] ?? [])).not.toContain('Facebook');
    expect(result.yaml).toMatch(/#\s+.*Facebook/u);
  });
});

/** A link to the service's source code on a code host, read beside a word of use: the host named only in the link's address is no service used. */
const LINKED: [Lang, string][] = [
  ['fi', '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki, info@esimerkki.example\n\n## Lisätietoja\n\nVoit lukea koodista, mitä tietoja käsittelemme. Käytä alla olevaa linkkiä: https://github.com/esimerkki/palvelu\n'],
  ['sv', '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nExempel Ab, Gatan 1, 00100 Helsingfors, info@esimerkki.example\n\n## Mer information\n\nDu kan läsa i koden vilka uppgifter vi hanterar. Använd länken nedan: https://github.com/exempel/tjanst\n'],
  ['en', '# Privacy notice\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki, info@esimerkki.example\n\n## More information\n\nYou can read in the code which data we process. Use the link below: https://github.com/example/service\n'],
];

describe('a provider named only in a link’s address', () => {
  it.each(LINKED)('is no recipient (%s)', (lang, text) => {
    expect(recipientsOf(text, lang).filter((r) => /github/iu.test(r.name ?? ''))).toEqual([]);
  });
});

/** The one who carries a service out, said with the service: "Uutiskirjepalvelun teknisenä toteuttajana on Brevo". */
const CARRIED_OUT: [Lang, string, string][] = [
  ['fi', '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki, info@esimerkki.example\n\n## Uutiskirje\n\nTilaajista tallennetaan vain sähköpostiosoite.\n\nUutiskirjepalvelun teknisenä toteuttajana on Postimerkki.\n', 'Postimerkki'],
  ['en', '# Privacy notice\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki, info@example.example\n\n## Newsletter\n\nWe keep only the subscribers’ e-mail addresses.\n\nThe technical provider of the newsletter service is Postmark.\n', 'Postmark'],
];

describe('the one who carries a service out', () => {
  it.each(CARRIED_OUT)('is a recipient (%s)', (lang, text, name) => {
    expect(recipientsOf(text, lang).map((r) => r.name)).toContain(name);
  });
});

describe('a party said to get no personal data', () => {
  it.each([
    ['fi', '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki\n\n## Tietojen luovuttaminen\n\nTilaajalle (esim. Mirlux Oy) toimitetaan vain tuntiraportit, ei yksilöityjä henkilötietoja.\n', 'Mirlux Oy'],
    ['sv', '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nExempel AB, Gatan 1, 111 27 Stockholm\n\n## Mottagare\n\nBeställaren (t.ex. Mirlux AB) får endast timrapporter, inga personuppgifter.\n', 'Mirlux AB'],
    ['en', '# Privacy notice\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki\n\n## Recipients\n\nThe client (such as Mirlux Ltd) receives only hour reports, no personal data.\n', 'Mirlux Ltd'],
  ] as const)('is no recipient (%s)', (lang, text, name) => {
    expect(recipientsOf(text, lang).map((r) => r.name)).not.toContain(name);
  });
});

describe('a party said to get some data and no other', () => {
  it('is a recipient', () => {
    const text = '# Privacy notice\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki\n\n## Recipients\n\nMailchimp receives only your email address, no other personal data.\n';
    expect(recipientsOf(text, 'en').map((r) => r.name)).toContain('Mailchimp');
  });
});

describe('sentences said of the recipients named before them, and a provider named only as not used', () => {
  const notice = (lang: Lang, [controller, hosting, share, list, after]: string[]): string =>
    `<h1>${lang === 'fi' ? 'Tietosuojaseloste' : lang === 'sv' ? 'Integritetspolicy' : 'Privacy policy'}</h1><h2>${controller}</h2><p>Anna Berg, info@example.example</p><h2>2</h2><p>${hosting}</p><h2>${share}</h2><p>${list}</p><ul><li>Vercel Inc. – hosting</li><li>Luma – event registration</li></ul><p>${after}</p>`;
  const NOTICES: [Lang, string[]][] = [
    ['en', ['Data controller', 'The website is hosted by Vercel. The fonts are hosted on the website itself, so nothing is loaded from Google or other third parties.', 'Who I share information with', 'Data processing agreements are in place with each provider where required. I only share information with suppliers who help me:', 'Some of these suppliers are based in the US. Transfers take place on the basis of the standard contractual clauses.']],
    ['sv', ['Personuppgiftsansvarig', 'Webbplatsen drivs av Vercel. Typsnitten finns på webbplatsen själv, så ingenting hämtas från Google eller andra tredje parter.', 'Vem vi delar uppgifter med', 'Biträdesavtal finns med alla leverantörer. Vi delar uppgifter endast med leverantörer som hjälper oss:', 'Vissa av dessa leverantörer finns i USA. Överföringen sker med standardavtalsklausuler.']],
  ];
  it.each(NOTICES)('are no recipients of their own (%s)', (lang, parts) => {
    const recipients = (importNotice(notice(lang, parts), { lang, format: 'html' }).register['recipients'] ?? []) as Recipient[];
    expect(recipients.map((r) => (r.name ?? r.category?.[lang])?.split(' – ')[0])).toEqual(['Vercel Inc.', 'Luma']);
  });
});

describe('sentences of the same shapes that do name a recipient', () => {
  it.each([
    ['fi', '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki, info@esimerkki.example\n\n## Tietojen luovutukset\n\nKäsittelysopimus on tehty tilitoimiston kanssa, joka hoitaa kirjanpitomme.\n', /tilitoimisto/u],
    ['sv', '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nExempel AB, Gatan 1, 111 27 Stockholm, info@exempel.se\n\n## Mottagare\n\nVi anlitar en redovisningsbyrå för bokföringen. Vissa av dessa uppgifter lämnas även till Skatteverket.\n', /Skatteverket/u],
    ['en', '# Privacy notice\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki, info@example.example\n\n## Analytics\n\nWe use Google Analytics to count visits; nothing is stored that identifies you.\n', /Google/u],
  ] as [Lang, string, RegExp][])('keep it (%s)', (lang, text, name) => {
    const recipients = recipientsOf(text, lang);
    expect(recipients.some((r) => name.test(r.name ?? r.category?.[lang] ?? ''))).toBe(true);
  });
});

describe('a sentence on where some of the providers named above are', () => {
  it.each([
    ['sv', '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nExempel ideell förening, Gatan 1, 111 27 Stockholm, info@exempel.example\n\n## Vilka vi delar uppgifter med\n\nVi använder Vercel för drift och Twilio för SMS. Flera av ovanstående leverantörer är amerikanska företag.\n'],
    ['fi', '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki ry, Katu 1, 00100 Helsinki, info@esimerkki.example\n\n## Tietojen luovutukset\n\nKäytämme Verceliä ylläpitoon ja Twilioa tekstiviesteihin. Useat edellä mainituista palveluntarjoajista ovat yhdysvaltalaisia yrityksiä.\n'],
    ['en', '# Privacy notice\n\n## Controller\n\nExample Club, Street 1, 00100 Helsinki, info@example.example\n\n## Who receives the data\n\nWe use Vercel for hosting and Twilio for text messages. Many of the above providers are companies in the United States.\n'],
  ] as [Lang, string][])('names no recipient of its own, beside those it speaks of (%s)', (lang, text) => {
    const found = recipientsOf(text, lang).map((r) => r.name ?? r.category?.[lang] ?? '');
    expect(found.filter((r) => /^(?:Flera|Useat|Many)/u.test(r))).toEqual([]);
    expect(found.filter((r) => /Vercel|Twilio/u.test(r))).toHaveLength(2);
  });
});

describe('data not handed over', () => {
  it('is a denial, no recipient (en)', () => {
    const text = '# Register description\n\n## 1. Registry administrator\n\nExample Oy, Street 1, 00100 Helsinki, info@example.example\n\n## 6. Regular data hand over\n\nRegistry administrator will not hand over any collected data to third parties\n';
    expect(importNotice(text, { lang: 'en' }).register['recipients']).toBe('none');
  });
});
