/**
 * `seloste import`, part by part: recipients, transfers, retention, sources, data categories,
 * security, cookies, automated decisions and rights sentences, in Finnish, Swedish and English,
 * as lists, nested lists, table rows and paragraphs. The passages are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { conform } from '../src/import/conform.js';
import { readBlocks } from '../src/import/document/read.js';
import { build } from '../src/import/draft/build.js';
import { DraftState, type Lang } from '../src/import/draft/state.js';
import { sentences } from '../src/import/draft/text.js';
import { unitize } from '../src/import/draft/units.js';
import type { SectionKind } from '../src/import/headings.js';
import { classifyHeading } from '../src/import/headings.js';
import { importNotice } from '../src/import/import.js';
import type { Section } from '../src/import/outline.js';
import { automatedSection } from '../src/import/recognise/automated.js';
import { listItems } from '../src/import/recognise/nested.js';
import { periodsIn } from '../src/import/recognise/periods.js';
import { recipientSection } from '../src/import/recognise/recipients.js';
import { retentionSection } from '../src/import/recognise/retention.js';
import { securitySection } from '../src/import/recognise/security.js';
import { sourceSection } from '../src/import/recognise/sources.js';
import { transferSection } from '../src/import/recognise/transfers.js';
import { writeDraft } from '../src/import/write.js';

type Draft = Record<string, any>;

const HEAD = '# Asiakasrekisterin tietosuojaseloste\n\n';
const HEAD_EN = '# Privacy notice of the customer register\n\n';

function words(text: string): string[] {
  return text.split(/[^\p{L}\d]+/u).filter((w) => w.length >= 3);
}

/**
 * Every word of the passage's text (its Markdown headings aside, which name the keys) is somewhere
 * in the draft: in a value or in a comment.
 */
function expectKept(yaml: string, passage: string): void {
  const have = new Set(words(yaml).map((w) => w.toLowerCase()));
  const body = passage.replace(/^#{1,6} .*$/gmu, '');
  expect(words(body).filter((w) => !have.has(w.toLowerCase()))).toEqual([]);
}

/** The draft of a notice; `body`, when given, is the text that must be kept (a plain-text notice's headings left out). */
function imported(text: string, lang: Lang = 'fi', body = text): { yaml: string; register: Draft } {
  const result = importNotice(text, { lang });
  expectKept(result.yaml, body);
  return result as { yaml: string; register: Draft };
}

/** The draft a section gives when a recogniser is called on it directly. */
function direct(
  kind: SectionKind,
  heading: string,
  body: string,
  lang: string,
  recognise: (x: DraftState, s: Section) => void,
): { yaml: string; register: Draft; x: DraftState } {
  const blocks = readBlocks(`## ${heading}\n\n${body}`, 'markdown');
  const s: Section = { kinds: [kind], heading: blocks[0]!, blocks: blocks.slice(1) };
  const x = new DraftState(lang as Lang);
  recognise(x, s);
  const { register } = build(x);
  conform(register, x.notes, x.lang);
  const yaml = writeDraft(register, x.notes, { schema: 'register.schema.json' });
  expectKept(yaml, body);
  return { yaml, register, x };
}

const units = (s: Section) => unitize(s.blocks);

describe('recipients', () => {
  it('maps a nested list: each sub-item a recipient, its parent the context and the role', () => {
    const { register } = imported(`${HEAD}## Tietojen luovutukset

Tietoja luovutetaan:

- Verohallinnolle lakisääteisiä ilmoituksia varten
- Käsittelijät:
  - Posti Oy (jakelu)
  - Esimerkki Palkat Oy (palkanlaskenta)
- Konserniyhtiöille asiakaspalvelua varten
`);
    expect(register['recipients']).toEqual([
      { category: { fi: 'Verohallinnolle lakisääteisiä ilmoituksia varten' }, role: 'authority' },
      { name: 'Posti Oy', category: { fi: 'Käsittelijät: Posti Oy (jakelu)' }, role: 'processor' },
      { name: 'Esimerkki Palkat Oy', category: { fi: 'Käsittelijät: Esimerkki Palkat Oy (palkanlaskenta)' }, role: 'processor' },
      { category: { fi: 'Konserniyhtiöille asiakaspalvelua varten' } },
    ]);
  });

  it('marks a group company beside its role, and asks for the role when the text gives none', () => {
    const { register, yaml } = imported(`${HEAD}## Tietojen luovutukset

- Konserniyhtiöt, jotka käsittelevät tietoja puolestamme (asiakaspalvelu)
- Konserniyhtiöille raportointia varten
`);
    expect(register['recipients']).toEqual([
      { category: { fi: 'Konserniyhtiöt, jotka käsittelevät tietoja puolestamme (asiakaspalvelu)' }, role: 'processor', group_company: true },
      { category: { fi: 'Konserniyhtiöille raportointia varten' } },
    ]);
    expect(yaml).toMatch(/# TODO: a group company is a processor or a controller: set `role` and `group_company: true`/u);
  });

  it('reads the nesting of a plain-text list from an item that ends in a colon', () => {
    const list = `- Viranomaisille lain edellyttämissä tilanteissa
- Palveluntarjoajat, jotka käsittelevät tietoja lukuumme:
  - tilitoimisto
  - IT-tuki
`;
    const { register } = imported(`Asiakasrekisterin tietosuojaseloste\n\nTietojen luovutukset\n\n${list}`, 'fi', list);
    expect(register['recipients']).toEqual([
      { category: { fi: 'Viranomaisille lain edellyttämissä tilanteissa' }, role: 'authority' },
      { category: { fi: 'Palveluntarjoajat, jotka käsittelevät tietoja lukuumme: tilitoimisto' }, role: 'processor' },
      { category: { fi: 'Palveluntarjoajat, jotka käsittelevät tietoja lukuumme: IT-tuki' }, role: 'processor' },
    ]);
  });

  it('reads the nesting of an HTML list, and what follows it is not nested', () => {
    const html = '<html><body><h1>Tietosuojaseloste</h1><h2>Tietojen luovutukset</h2><ul><li>Viranomaisille</li><li>Käsittelijät:<ul><li>Posti Oy</li><li>Tilitoimisto</li></ul></li><li>Konserniyhtiöille</li></ul></body></html>';
    const { register } = imported(html, 'fi', 'Viranomaisille Käsittelijät Posti Oy Tilitoimisto Konserniyhtiöille');
    expect(register['recipients']).toEqual([
      { category: { fi: 'Viranomaisille' }, role: 'authority' },
      { name: 'Posti Oy', category: { fi: 'Käsittelijät: Posti Oy' }, role: 'processor' },
      { category: { fi: 'Käsittelijät: Tilitoimisto' }, role: 'processor' },
      { category: { fi: 'Konserniyhtiöille' } },
    ]);
  });

  it('keeps a denial with an exception open, and maps the exception', () => {
    const { register, yaml } = imported(`${HEAD_EN}## Recipients

We do not disclose personal data to third parties. However, we may disclose data to the police and other authorities when the law requires it.
`, 'en');
    expect(register['recipients']).toEqual([
      { category: { en: 'However, we may disclose data to the police and other authorities when the law requires it.' }, role: 'authority' },
    ]);
    expect(yaml).toMatch(/# TODO: recipients not mapped[^\n]*\n#   We do not disclose personal data to third parties\./u);
  });

  it('writes `recipients: none` for a plain denial, in Finnish and English', () => {
    expect(imported(`${HEAD}## Tietojen luovutukset\n\nTietoja ei luovuteta ulkopuolisille.\n`).register['recipients']).toBe('none');
    expect(imported(`${HEAD_EN}## Disclosure of data\n\nWe do not disclose your personal data to anyone.\n`, 'en').register['recipients']).toBe('none');
  });

  it('writes `recipients: none` for a plain denial under the heading on transfers, and none for a denial of transfers alone', () => {
    const transfers = (text: string) => imported(`${HEAD_EN}## Transfer of data outside the EU or EEA\n\n${text}\n`, 'en').register;
    expect(transfers('Personal data is not disclosed to third parties. Data is not transferred outside the EU or the EEA.')['recipients']).toBe('none');
    expect(transfers('Personal data is not disclosed to third parties outside the EU or the EEA.')['recipients']).toBeUndefined();
  });

  it('names processors in English: "service providers acting on our behalf", "processor"', () => {
    const { register } = imported(`${HEAD_EN}## Recipients of personal data

- Service providers acting on our behalf (IT hosting and e-mail)
- Our payroll processor
- Companies of our group
`, 'en');
    expect(register['recipients'].map((r: Draft) => r['role'])).toEqual(['processor', 'processor', undefined]);
  });

  it('takes the role from a subheading for the list under it', () => {
    const { register } = direct('recipients', 'Tietojen luovutukset', '### Henkilötietojen käsittelijät\n\n- Tilitoimisto\n- Sähköpostipalvelun toimittaja\n', 'fi', (x, s) =>
      recipientSection(x, s, units(s)),
    );
    expect(register['recipients']).toEqual([
      { category: { fi: 'Tilitoimisto' }, role: 'processor' },
      { category: { fi: 'Sähköpostipalvelun toimittaja' }, role: 'processor' },
    ]);
  });
});

describe('recipients in running text', () => {
  const HEAD_SV = '# Dataskyddsbeskrivning för medlemsregistret\n\n';
  const recipients = (text: string, lang: Lang) => imported(text, lang).register['recipients'];

  it('takes a disclosure to someone the sentence names, also for research, in the three languages', () => {
    expect(recipients(`${HEAD}## Tietojen luovutukset\n\nHenkilötietoja voidaan luovuttaa tieteellistä tutkimusta varten tietosuojalain mukaisin edellytyksin.\n`, 'fi')).toEqual([
      { category: { fi: 'Henkilötietoja voidaan luovuttaa tieteellistä tutkimusta varten tietosuojalain mukaisin edellytyksin.' } },
    ]);
    expect(recipients(`${HEAD_EN}## Disclosure of data\n\nYour personal data will only be disclosed to the administrator of the booking service, who acts on behalf of the association.\n`, 'en')).toEqual([
      { category: { en: 'Your personal data will only be disclosed to the administrator of the booking service, who acts on behalf of the association.' }, role: 'processor' },
    ]);
    expect(recipients(`${HEAD_SV}## Mottagare\n\nPersonuppgifter kan lämnas ut för forskning enligt lag.\n`, 'sv')).toEqual([{ category: { sv: 'Personuppgifter kan lämnas ut för forskning enligt lag.' } }]);
  });

  it('joins the sentences that go on about a recipient ("For example …", "They …") to it', () => {
    expect(recipients(`${HEAD_SV}## Personuppgiftsbiträden\n\nIbland anlitar vi andra parter. Till exempel IT-leverantörer för lönesystem. De är då våra personuppgiftsbiträden. Vi granskar våra personuppgiftsbiträden regelbundet.\n`, 'sv')).toEqual([
      {
        category: { sv: 'Ibland anlitar vi andra parter. Till exempel IT-leverantörer för lönesystem. De är då våra personuppgiftsbiträden. Vi granskar våra personuppgiftsbiträden regelbundet.' },
        role: 'processor',
      },
    ]);
    expect(recipients(`${HEAD_EN}## Processors\n\nSometimes we engage other parties. For example, hosting providers for our servers. They then act as our processors.\n`, 'en')).toEqual([
      { category: { en: 'Sometimes we engage other parties. For example, hosting providers for our servers. They then act as our processors.' }, role: 'processor' },
    ]);
    expect(recipients(`${HEAD}## Henkilötietojen käsittelijät\n\nKäytämme ulkopuolisia palveluntarjoajia. Esimerkiksi järjestelmätoimittajia jäsenrekisterin ylläpitoon. Ne toimivat henkilötietojen käsittelijöinämme.\n`, 'fi')).toEqual([
      { category: { fi: 'Käytämme ulkopuolisia palveluntarjoajia. Esimerkiksi järjestelmätoimittajia jäsenrekisterin ylläpitoon. Ne toimivat henkilötietojen käsittelijöinämme.' }, role: 'processor' },
    ]);
  });

  it('takes a denial whose exception names a purpose as a recipient, and leaves one on consent as a TODO', () => {
    const sv = imported(`${HEAD_SV}## Utlämnande till tredje part\n\nUppgifterna kommer inte att lämnas till tredje part annat än i syfte att administrera medlemskapet. Vi delar inte uppgifterna med tredje part utan ditt samtycke.\n`, 'sv');
    expect(sv.register['recipients']).toEqual([{ category: { sv: 'Uppgifterna kommer inte att lämnas till tredje part annat än i syfte att administrera medlemskapet.' } }]);
    expect(sv.yaml).toMatch(/# TODO: recipients not mapped[^\n]*\n#   Vi delar inte uppgifterna med tredje part utan ditt samtycke\./u);
    expect(recipients(`${HEAD_EN}## Sharing with third parties\n\nData will not be shared with third parties other than for the purpose of organising events. We do not disclose your data to third parties without your consent.\n`, 'en')).toEqual([
      { category: { en: 'Data will not be shared with third parties other than for the purpose of organising events.' } },
    ]);
    expect(recipients(`${HEAD}## Tietojen luovutus\n\nTietoja ei luovuteta kolmansille osapuolille muuten kuin tapahtumien järjestämistä varten. Tietoja ei luovuteta ulkopuolisille ilman suostumustasi.\n`, 'fi')).toEqual([
      { category: { fi: 'Tietoja ei luovuteta kolmansille osapuolille muuten kuin tapahtumien järjestämistä varten.' } },
    ]);
  });

  it('reads a denial with several verbs in a row as a denial', () => {
    expect(recipients(`${HEAD}## Tietojen luovutus\n\nHenkilötietoja ei myydä, vuokrata tai luovuteta kolmansille osapuolille.\n`, 'fi')).toBe('none');
    expect(recipients(`${HEAD_EN}## Disclosure\n\nWe do not sell, rent or share your personal data with third parties.\n`, 'en')).toBe('none');
    expect(recipients(`${HEAD_SV}## Mottagare\n\nPersonuppgifterna säljs, hyrs ut eller lämnas inte ut till tredje part.\n`, 'sv')).toBe('none');
  });

  it('names each row of a table of providers by its first cell, with the role its header gives; a Word table the same', () => {
    const md = `${HEAD}## Tietojen luovutukset\n\n| Palveluntarjoaja | Sijainti | Käyttötarkoitus |\n| --- | --- | --- |\n| Esimerkkipilvi | EU (Suomi) | Tietokanta |\n| Postittaja Oy | EU | Sähköpostit |\n`;
    expect(recipients(md, 'fi')).toEqual([
      { name: 'Esimerkkipilvi', category: { fi: 'Esimerkkipilvi – EU (Suomi) – Tietokanta' }, role: 'processor' },
      { name: 'Postittaja Oy', category: { fi: 'Postittaja Oy – EU – Sähköpostit' }, role: 'processor' },
    ]);
    const cells = (r: string[]) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`;
    const rows = [['Mottagare', 'Land', 'Ändamål'], ['Exempelmoln', 'EU (Sverige)', 'Lagring'], ['Utskick AB', 'EU', 'E-post']];
    const html = `<html><body><h1>Dataskyddsbeskrivning</h1><h2>Mottagare</h2><table>${rows.map(cells).join('')}</table></body></html>`;
    expect(imported(html, 'sv', rows.flat().join(' ')).register['recipients']).toEqual([
      { name: 'Exempelmoln', category: { sv: 'Exempelmoln – EU (Sverige) – Lagring' } },
      { name: 'Utskick AB', category: { sv: 'Utskick AB – EU – E-post' } },
    ]);
  });

  it('joins a later sentence on a party named before to that recipient, and takes a "Then …" sentence with the one before it', () => {
    expect(recipients(`${HEAD_EN}## Recipients\n\n- To payment services (Examplepay) for membership fees\n\nExamplepay processes the payment data under its own terms.\n`, 'en')).toEqual([
      { name: 'Examplepay', category: { en: 'To payment services (Examplepay) for membership fees. Examplepay processes the payment data under its own terms.' } },
    ]);
    expect(recipients(`${HEAD}## Tietojen luovutukset\n\nJäsen voi kirjautua killan muihin palveluihin. Tällöin palvelulle luovutetaan vain nimi ja sähköpostiosoite.\n`, 'fi')).toEqual([
      { category: { fi: 'Jäsen voi kirjautua killan muihin palveluihin. Tällöin palvelulle luovutetaan vain nimi ja sähköpostiosoite.' } },
    ]);
    expect(recipients(`${HEAD_SV}## Mottagare\n\n- Tävlingsarrangörer\n\nOm du anmäler dig till en tävling lämnas ditt namn ut till tävlingsarrangörer.\n`, 'sv')).toEqual([
      { category: { sv: 'Tävlingsarrangörer. Om du anmäler dig till en tävling lämnas ditt namn ut till tävlingsarrangörer.' } },
    ]);
  });

  it('takes whom a disclosure names after "to", "with" or "till", but not the extent or purpose of it', () => {
    expect(recipients(`${HEAD_EN}## Sharing\n\nWe share your name with Eventplanner for ticketing. Data may be disclosed to the extent the law requires.\n`, 'en')).toEqual([
      { category: { en: 'We share your name with Eventplanner for ticketing.' } },
    ]);
    expect(recipients(`${HEAD_SV}## Mottagare\n\nUppgifterna lämnas ut till arrangören av lägret. Uppgifter lämnas till exempel vid behov.\n`, 'sv')).toEqual([
      { category: { sv: 'Uppgifterna lämnas ut till arrangören av lägret.' } },
    ]);
  });

  it('keeps `recipients: none` where the denial says which of the controller\'s own people see the data', () => {
    expect(recipients(`${HEAD}## Tietojen luovutukset\n\nTietoja ei luovuteta ulkopuolisille. Tietoja käsittelevät vain yhdistyksen hallituksen jäsenet.\n`, 'fi')).toBe('none');
    expect(recipients(`${HEAD_EN}## Who has access to your data?\n\nOnly our staff have access to the register. We do not disclose your data to third parties.\n`, 'en')).toBe('none');
    expect(recipients(`${HEAD_SV}## Vem har tillgång till dina uppgifter?\n\nEndast styrelsen har tillgång till registret. Uppgifterna lämnas inte ut till utomstående.\n`, 'sv')).toBe('none');
  });

  it('takes a recipient from a section on transfers when the sentence says nothing of a transfer abroad', () => {
    const fi = imported(`${HEAD}## Tietojen siirto\n\nPalkkatiedot välitetään tilitoimistolle kuukausittain. Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle.\n`).register;
    expect([fi['recipients'], fi['transfers']]).toEqual([[{ category: { fi: 'Palkkatiedot välitetään tilitoimistolle kuukausittain.' } }], 'none']);
    const sv = imported(`${HEAD_SV}## Överföring av personuppgifter\n\nLönedata överförs till vår redovisningsbyrå varje månad. Uppgifterna överförs inte utanför EU/EES.\n`, 'sv').register;
    expect([sv['recipients'], sv['transfers']]).toEqual([[{ category: { sv: 'Lönedata överförs till vår redovisningsbyrå varje månad.' } }], 'none']);
    const en = imported(`${HEAD_EN}## Transfer of personal data\n\nPayroll data are passed on to our accountants every month. Data are not transferred outside the EU/EEA.\n`, 'en').register;
    expect([en['recipients'], en['transfers']]).toEqual([[{ category: { en: 'Payroll data are passed on to our accountants every month.' } }], 'none']);
  });

  it('takes a name in the illative after a Finnish verb of disclosure', () => {
    expect(recipients(`${HEAD}## Tietojen luovutukset\n\nKilpailijoiden tiedot toimitetaan Palloliittoon kauden alussa.\n`, 'fi')).toEqual([
      { category: { fi: 'Kilpailijoiden tiedot toimitetaan Palloliittoon kauden alussa.' } },
    ]);
  });

  it('takes a disclosure into another register, an organisation said to process the data, and "lämna … till"', () => {
    expect(recipients(`${HEAD}## Tietojen luovutukset\n\nJäsentiedot luovutetaan liiton keskusrekisteriin.\n`, 'fi')).toEqual([{ category: { fi: 'Jäsentiedot luovutetaan liiton keskusrekisteriin.' } }]);
    expect(recipients(`${HEAD_EN}## Recipients\n\nThe booking data are processed by Examplebook.\n`, 'en')).toEqual([
      { name: 'Examplebook', category: { en: 'The booking data are processed by Examplebook.' } },
    ]);
    expect(recipients(`${HEAD_SV}## Mottagare\n\nFörsamlingen kan lämna uppgifter till stiftet.\n`, 'sv')).toEqual([{ category: { sv: 'Församlingen kan lämna uppgifter till stiftet.' } }]);
  });

  it('makes a subheading that names a recipient and the text under it, which names none, one recipient', () => {
    const { register, yaml } = imported(`${HEAD}## Tietojen luovutukset\n\n### Viranomaiset\n\nTietoja voidaan luovuttaa lain nojalla.\n\n### Lisätietoja\n\nKysy lisää sähköpostilla.\n`);
    expect(register['recipients']).toEqual([{ category: { fi: 'Viranomaiset: Tietoja voidaan luovuttaa lain nojalla.' }, role: 'authority' }]);
    expect(yaml).toMatch(/# TODO: recipients not mapped[^\n]*\n#   ### Lisätietoja\n#\n#   Kysy lisää sähköpostilla\./u);
    // The section's own heading too; text on the controller's own use stays what it is.
    expect(recipients(`${HEAD_EN}## Service providers\n\nThey host our website.\n`, 'en')).toEqual([{ category: { en: 'Service providers: They host our website.' } }]);
    expect(recipients(`${HEAD}## Henkilötietojen käsittelijät\n\nRekisterin tiedot ovat vain yhdistyksen käytössä. Tietoja ei luovuteta ulkopuolisille.\n`, 'fi')).toBe('none');
    expect(recipients(`${HEAD_SV}## Mottagare\n\n### Myndigheter\n\nUppgifter kan lämnas ut när lagen kräver det.\n`, 'sv')).toEqual([
      { category: { sv: 'Myndigheter: Uppgifter kan lämnas ut när lagen kräver det.' }, role: 'authority' },
    ]);
  });

  it('reads a section on handing data to third parties as one on recipients, with a party given access', () => {
    expect(recipients(`${HEAD_SV}## Överföring till tredje parter\n\nNär du ringer via tjänsten delar vi ditt telefonnummer med vår telefonleverantör Telefonia. Vi ger kampanjerna tillgång till återkopplingen.\n`, 'sv')).toEqual([
      { name: 'Telefonia', category: { sv: 'När du ringer via tjänsten delar vi ditt telefonnummer med vår telefonleverantör Telefonia.' } },
      { category: { sv: 'Vi ger kampanjerna tillgång till återkopplingen.' } },
    ]);
  });
});

describe('recipients named outside their section', () => {
  it('takes a service the controller says it uses, named by the words around it, with a TODO on its role', () => {
    const en = imported(`${HEAD_EN}## Website\n\nWe use the services of German Examplehost to run our website.\n`, 'en');
    expect(en.register['recipients']).toEqual([{ name: 'Examplehost', category: { en: 'We use the services of German Examplehost to run our website.' } }]);
    expect(en.yaml).toMatch(/# TODO: the original names Examplehost as a service it uses/u);
    expect(imported(`${HEAD}## Jäsenmaksut\n\nYhdistys käyttää jäsenmaksujen keräämiseen Esimerkki Pay Oy:n ylläpitämää Maksuri-palvelua.\n`).register['recipients']).toEqual([
      { name: 'Esimerkki Pay Oy', category: { fi: 'Yhdistys käyttää jäsenmaksujen keräämiseen Esimerkki Pay Oy:n ylläpitämää Maksuri-palvelua.' } },
    ]);
    expect(imported(`# Dataskyddsbeskrivning\n\n## Telefonsamtal\n\nVi använder leverantören Telefonia för att skicka sms.\n`, 'sv').register['recipients']).toEqual([
      { name: 'Telefonia', category: { sv: 'Vi använder leverantören Telefonia för att skicka sms.' } },
    ]);
  });

  it('takes a company named as a processor, also where the notice denies disclosures', () => {
    expect(imported(`${HEAD_EN}## Analytics\n\nExample Analytics Ltd acts as a data processor.\n\n## Recipients\n\nWe do not disclose data to outside parties.\n`, 'en').register['recipients']).toEqual([
      { name: 'Example Analytics Ltd', category: { en: 'Example Analytics Ltd acts as a data processor.' }, role: 'processor' },
    ]);
    expect(imported(`${HEAD}## Säilytys\n\nEsimerkki Oy toimii henkilötietojen käsittelijänä.\n`).register['recipients']).toEqual([
      { name: 'Esimerkki Oy', category: { fi: 'Esimerkki Oy toimii henkilötietojen käsittelijänä.' }, role: 'processor' },
    ]);
    expect(imported(`# Dataskyddsbeskrivning\n\n## E-post\n\nExempel AB är vårt personuppgiftsbiträde för e-post.\n`, 'sv').register['recipients']).toEqual([
      { name: 'Exempel AB', category: { sv: 'Exempel AB är vårt personuppgiftsbiträde för e-post.' }, role: 'processor' },
    ]);
  });

  it('takes providers the controller says it uses, with what the next sentence says of them', () => {
    expect(imported(`${HEAD}## Tietolähteet\n\nRekisterinpitäjä voi käyttää ohjelmistoja tuottavia yrityksiä. Tällöin alihankkijan kanssa laaditaan sopimus henkilötietojen käsittelystä.\n`).register['recipients']).toEqual([
      { category: { fi: 'Rekisterinpitäjä voi käyttää ohjelmistoja tuottavia yrityksiä. Tällöin alihankkijan kanssa laaditaan sopimus henkilötietojen käsittelystä.' }, role: 'processor' },
    ]);
    expect(imported(`${HEAD_EN}## Operations\n\nWe engage service providers for payroll. They act on our behalf.\n`, 'en').register['recipients']).toEqual([
      { category: { en: 'We engage service providers for payroll. They act on our behalf.' }, role: 'processor' },
    ]);
    expect(imported(`# Dataskyddsbeskrivning\n\n## Drift\n\nVi anlitar IT-leverantörer för drift av systemet.\n`, 'sv').register['recipients']).toEqual([{ category: { sv: 'Vi anlitar IT-leverantörer för drift av systemet.' } }]);
  });

  it('takes an authority the data are sent to, but not one they come from, nor the supervisory authority', () => {
    expect(imported(`${HEAD}## Laskutus\n\nHoitopalaute lähetetään Kelalle maksusitoumuksen perusteella. Tietoja saadaan Kelalta.\n`).register['recipients']).toEqual([
      { category: { fi: 'Hoitopalaute lähetetään Kelalle maksusitoumuksen perusteella.' }, role: 'authority' },
    ]);
    expect(imported(`# Dataskyddsbeskrivning\n\n## Lagring\n\nUppgifter om sjukfrånvaro lämnas till Försäkringskassan enligt lag. Vi får uppgifter från Skatteverket.\n`, 'sv').register['recipients']).toEqual([
      { category: { sv: 'Uppgifter om sjukfrånvaro lämnas till Försäkringskassan enligt lag.' }, role: 'authority' },
    ]);
    const en = `${HEAD_EN}## Payroll\n\nSalary data are reported to the tax administration every month. We receive tax card data from the Tax Administration.\n\n## Security\n\nPersonal data breaches are reported to the supervisory authority.\n`;
    expect(imported(en, 'en').register['recipients']).toEqual([{ category: { en: 'Salary data are reported to the tax administration every month.' }, role: 'authority' }]);
  });

  it('takes an organisation or a kind of party the data are handed over to', () => {
    expect(imported(`${HEAD}## Tilastointi\n\nTietoja luovutetaan Tilastokeskukselle tilastointia varten.\n`).register['recipients']).toEqual([
      { category: { fi: 'Tietoja luovutetaan Tilastokeskukselle tilastointia varten.' }, role: 'authority' },
    ]);
    expect(imported(`# Dataskyddsbeskrivning\n\n## Skolgång\n\nBetyg lämnas ut till Skolverket varje termin.\n`, 'sv').register['recipients']).toEqual([
      { category: { sv: 'Betyg lämnas ut till Skolverket varje termin.' } },
    ]);
    expect(imported(`${HEAD_EN}## Insurance\n\nParticipant names are shared with insurers for the event cover.\n`, 'en').register['recipients']).toEqual([
      { category: { en: 'Participant names are shared with insurers for the event cover.' } },
    ]);
  });

  it('takes a service named right after "we use", and a company said to run the service', () => {
    const en = imported(`${HEAD_EN}## Newsletter\n\nWe use Examplemail to send the newsletter.\n\n## Website\n\nThe website is maintained by Example Web Oy.\n`, 'en').register;
    expect(en['recipients']).toEqual([
      { name: 'Examplemail', category: { en: 'We use Examplemail to send the newsletter.' } },
      { name: 'Example Web Oy', category: { en: 'The website is maintained by Example Web Oy.' } },
    ]);
    expect(imported(`# Dataskyddsbeskrivning\n\n## Nyhetsbrev\n\nVi använder Exempelpost för att skicka nyhetsbrevet. Webbplatsen drivs av Exempel Webb AB.\n`, 'sv').register['recipients']).toEqual([
      { name: 'Exempelpost', category: { sv: 'Vi använder Exempelpost för att skicka nyhetsbrevet.' } },
      { name: 'Exempel Webb AB', category: { sv: 'Webbplatsen drivs av Exempel Webb AB.' } },
    ]);
    expect(imported(`${HEAD}## Jäsenrekisteri\n\nJäsenrekisterin teknisestä ylläpidosta vastaa Esimerkki Web Oy.\n\nLisenssitiedot luovutetaan lajiliitolle.\n`).register['recipients']).toEqual([
      { name: 'Esimerkki Web Oy', category: { fi: 'Jäsenrekisterin teknisestä ylläpidosta vastaa Esimerkki Web Oy.' } },
      { category: { fi: 'Lisenssitiedot luovutetaan lajiliitolle.' } },
    ]);
  });

  const HELPERS: [Lang, string, string][] = [
    ['fi', 'Luovutukset', 'Tapahtuman vapaaehtoiset saavat osallistujalistan turvallisuussyistä.'],
    ['sv', 'Vem får ta del av uppgifterna', 'Våra funktionärer får en deltagarlista före träffen av säkerhetsskäl.'],
    ['en', 'Sharing your information', 'Our support members may ask for a list of participants before a meetup.'],
  ];
  it.each(HELPERS)('takes a group of people who help to run things, given a list, as a recipient (%s)', (lang, heading, sentence) => {
    expect(imported(`# Notice\n\n## ${heading}\n\n${sentence}\n`, lang).register['recipients']).toEqual([{ category: { [lang]: sentence } }]);
  });

  const HOSTED: [Lang, string, string][] = [
    ['fi', 'Tiedot tallennetaan jäsenrekisterissämme Kuusireg, jonka palvelun tarjoaa Esimerkkipilvi.', 'Kuusireg'],
    ['sv', 'Uppgifterna sparas i vårt medlemsregister Granreg, som körs på servrar hostade på Exempelmoln.', 'Granreg'],
    ['en', 'Your data are stored in our member registry Sprucereg, which is hosted on Examplecloud.', 'Sprucereg'],
  ];
  it.each(HOSTED)('takes the named system data are kept in and where it is hosted (%s)', (lang, sentence, first) => {
    const heading = { fi: 'Tietojen säilytys', sv: 'Lagring', en: 'Storage' }[lang];
    const recipients = imported(`# Notice\n\n## ${heading}\n\n${sentence}\n`, lang).register['recipients'];
    expect(recipients.map((r: Draft) => r['name'])).toContain(first);
    expect(recipients).toHaveLength(2);
  });

  it('takes a kind of party said to process, see or have access to the data, but not data about such parties', () => {
    const one = (text: string, lang: Lang) => imported(`# Notice\n\n## Laskutus\n\n${text}\n`, lang).register['recipients'];
    expect(one('Tilitoimisto käsittelee laskutustietoja.', 'fi')).toEqual([{ category: { fi: 'Tilitoimisto käsittelee laskutustietoja.' } }]);
    expect(one('Henkilötietoja voivat käsitellä rekisterinpitäjän lukuun toimivat palveluntarjoajat.', 'fi')).toEqual([
      { category: { fi: 'Henkilötietoja voivat käsitellä rekisterinpitäjän lukuun toimivat palveluntarjoajat.' }, role: 'processor' },
    ]);
    expect(one('Bokföringsbyrån behandlar faktureringsuppgifter för vår räkning.', 'sv')).toEqual([{ category: { sv: 'Bokföringsbyrån behandlar faktureringsuppgifter för vår räkning.' }, role: 'processor' }]);
    expect(one('The accounting firm has access to invoicing data.', 'en')).toEqual([{ category: { en: 'The accounting firm has access to invoicing data.' } }]);
    expect(one('Alihankkijamme voivat siirtää tietoja palvelimiltaan toisille.', 'fi')).toEqual([{ category: { fi: 'Alihankkijamme voivat siirtää tietoja palvelimiltaan toisille.' }, role: 'processor' }]);
    expect(one('Av tekniska skäl kan våra underleverantörer behöva flytta uppgifterna.', 'sv')).toEqual([{ category: { sv: 'Av tekniska skäl kan våra underleverantörer behöva flytta uppgifterna.' }, role: 'processor' }]);
    expect(one('Our subcontractors may need to move the data between data centres.', 'en')).toEqual([{ category: { en: 'Our subcontractors may need to move the data between data centres.' }, role: 'processor' }]);
    expect(one('Käsittelemme yhteistyökumppaneiden yhteyshenkilöiden tietoja.', 'fi')).toBeUndefined();
    expect(one('Vi behandlar uppgifter om leverantörer.', 'sv')).toBeUndefined();
    expect(one('We process data about our suppliers.', 'en')).toBeUndefined();
  });

  it('takes data passed or reported to an organisation or into a register, and processors the controller engages', () => {
    const one = (text: string, lang: Lang) => imported(`# Notice\n\n## Jäsenyys\n\n${text}\n`, lang).register['recipients'];
    expect(one('Membership data is passed to the national federation.', 'en')).toEqual([{ category: { en: 'Membership data is passed to the national federation.' } }]);
    expect(one('Salary data are reported to the incomes register.', 'en')).toEqual([{ category: { en: 'Salary data are reported to the incomes register.' } }]);
    expect(one('Palkkatiedot ilmoitetaan tulorekisteriin.', 'fi')).toEqual([{ category: { fi: 'Palkkatiedot ilmoitetaan tulorekisteriin.' } }]);
    expect(one('Löneuppgifter rapporteras till inkomstregistret.', 'sv')).toEqual([{ category: { sv: 'Löneuppgifter rapporteras till inkomstregistret.' } }]);
    expect(one('Vi anlitar personuppgiftsbiträden för IT-drift.', 'sv')).toEqual([{ category: { sv: 'Vi anlitar personuppgiftsbiträden för IT-drift.' }, role: 'processor' }]);
  });

  it('takes a service the data are collected in, named after the verb; never a country they are kept in', () => {
    const one = (text: string, lang: Lang) => imported(`# Notice\n\n## Tapahtumat\n\n${text}\n`, lang).register['recipients'];
    expect(one('Event registrations are collected in Eventora.', 'en')).toEqual([{ name: 'Eventora', category: { en: 'Event registrations are collected in Eventora.' } }]);
    expect(one('Anmälningar till evenemang samlas in i Eventora.', 'sv')).toEqual([{ name: 'Eventora', category: { sv: 'Anmälningar till evenemang samlas in i Eventora.' } }]);
    expect(one('Ilmoittautumiset kerätään Eventora-palvelussa.', 'fi')).toEqual([{ name: 'Eventora', category: { fi: 'Ilmoittautumiset kerätään Eventora-palvelussa.' } }]);
    expect(one('The data are stored in Finland and collected in Europe.', 'en')).toBeUndefined();
  });

  it('writes `recipients: none` for a denial in a summary before the first heading or under another heading, where nothing else names a recipient', () => {
    expect(imported(`${HEAD}Lyhyesti: emme myy tai luovuta tietojasi kolmansille osapuolille.\n\n## Käyttötarkoitus\n\nAsiakassuhteen hoitaminen.\n`).register['recipients']).toBe('none');
    expect(imported(`# Dataskyddsbeskrivning\n\nDina uppgifter lämnas inte ut till tredje part.\n\n## Ändamål\n\nKundrelationen.\n`, 'sv').register['recipients']).toBe('none');
    const en = imported(`${HEAD_EN}## In short\n\nYour data is not shared with third parties.\n\n## Purposes\n\nDelivering orders.\n`, 'en');
    expect(en.register['recipients']).toBe('none');
    expect(en.yaml).toMatch(/# The original says:\n#\s+Your data is not shared with third parties\./u);
  });

  it('a denial elsewhere gives no `recipients: none` when it only denies selling, is narrowed to some data or use, or a recipient is named', () => {
    expect(imported(`${HEAD_EN}We never sell your data.\n\n## Purposes\n\nDelivering orders.\n`, 'en').register['recipients']).toBeUndefined();
    expect(imported(`${HEAD}Terveystietoja ei luovuteta kolmansille osapuolille.\n\n## Käyttötarkoitus\n\nAsiakassuhteen hoitaminen.\n`).register['recipients']).toBeUndefined();
    expect(imported(`# Dataskyddsbeskrivning\n\nUppgifterna lämnas inte ut för marknadsföring.\n\n## Ändamål\n\nKundrelationen.\n`, 'sv').register['recipients']).toBeUndefined();
    const named = imported(`${HEAD_EN}We do not share your data with third parties.\n\n## Newsletter\n\nWe use Examplemail to send the newsletter.\n`, 'en').register['recipients'];
    expect(named).toEqual([{ name: 'Examplemail', category: { en: 'We use Examplemail to send the newsletter.' } }]);
  });

  it('does not take the data used with partners, or a company the data come from, for a recipient', () => {
    const { register } = imported(`${HEAD}## Tapahtumat\n\nYhdistys käyttää tietoja yhteistyökumppaneiden kanssa järjestettävissä tapahtumissa. Tietoja saadaan Esimerkki Oy:ltä.\n`);
    expect(register['recipients']).toBeUndefined();
  });
});

describe('transfers', () => {
  it('maps a named country and the mechanism the text names', () => {
    const { register } = imported(`${HEAD}## Tietojen siirto EU:n tai ETA:n ulkopuolelle

Sähköpostipalvelun tietoja siirretään Yhdysvaltoihin. Siirto perustuu Euroopan komission vakiosopimuslausekkeisiin.
`);
    expect(register['transfers']).toEqual([
      {
        country: 'US',
        mechanism: 'standard_contractual_clauses',
        description: { fi: 'Sähköpostipalvelun tietoja siirretään Yhdysvaltoihin. Siirto perustuu Euroopan komission vakiosopimuslausekkeisiin.' },
      },
    ]);
  });

  it('takes the country of a transfer from the recipients it names, which the notice places in one country; the recipients from the name each item opens on', () => {
    const notices: [Lang, string][] = [
      ['fi', `${HEAD}## Ketkä auttavat meitä\n\n- Vercel (Yhdysvallat): ylläpitää palvelinta.\n- Anthropic (Yhdysvallat): vastaa valmentajalle lähetettyihin kysymyksiin.\n\n## Tietojen siirto EU:n ulkopuolelle\n\nKun tietoja siirretään EU:n ulkopuolelle, kuten kysymykset Anthropicille, siirto perustuu vakiosopimuslausekkeisiin.\n`],
      ['sv', `# Integritetspolicy\n\n## Vilka hjälper oss\n\n- Vercel (USA): driver vår server.\n- Anthropic (USA): svarar på frågor till coachen.\n\n## Överföring utanför EU\n\nNär uppgifter förs över utanför EU, som frågorna till Anthropic, grundar sig överföringen på standardavtalsklausuler.\n`],
      ['en', `${HEAD_EN}## Who helps us run this\n\n- Vercel (United States): runs our server.\n- Anthropic (United States): answers the questions sent to the coach.\n\n## Data outside the European Union\n\nWhere data go outside the EU, such as the questions to Anthropic, the transfer rests on the standard contractual clauses.\n`],
    ];
    for (const [lang, text] of notices) {
      const { register, yaml } = imported(text, lang);
      expect((register['recipients'] as Draft[]).map((r) => [r['name'], r['country']]), lang).toEqual([['Vercel', 'US'], ['Anthropic', 'US']]);
      expect(register['transfers'], lang).toMatchObject([{ country: 'US', recipient: 'Anthropic', mechanism: 'standard_contractual_clauses' }]);
      expect(yaml, lang).not.toMatch(/names no country/u);
    }
  });

  it('names the recipient an item opens on before a dash, its company form after a comma or its service in brackets', () => {
    const notices: [Lang, string][] = [
      ['fi', `${HEAD}## Vastaanottajat\n\n- Zoner Oy – verkkohotelli ja palvelin (Suomi).\n- Formspree, Inc. – yhteydenottolomakkeen viestien välitys (Yhdysvallat).\n- Google (Google Fonts) – kirjasinten toimitus; välittää kävijän IP-osoitteen.\n- Kartat – karttakuvat karttatoimintoa varten.\n`],
      ['sv', `# Dataskyddsbeskrivning\n\n## Mottagare\n\n- Zoner Oy – webbhotell och server (Finland/EU).\n- Formspree, Inc. – förmedling av kontaktformulärets meddelanden (USA).\n- Google (Google Fonts) – leverans av teckensnitt; förmedlar besökarens IP-adress.\n- Kartor – kartbilder för kartfunktionen.\n`],
      ['en', `${HEAD_EN}## Recipients\n\n- Zoner Oy – web hosting and server (Finland/EU).\n- Formspree, Inc. – forwarding of the contact form's messages (USA).\n- Google (Google Fonts) – delivery of fonts; passes on the visitor's IP address.\n- Maps – map images for the map feature.\n`],
    ];
    for (const [lang, text] of notices) {
      const { register } = imported(text, lang);
      expect((register['recipients'] as Draft[]).map((r) => r['name']), lang).toEqual(['Zoner Oy', 'Formspree, Inc.', 'Google', undefined]);
    }
  });

  it('never puts a transfer to a country the notice does not name: a mechanism alone is a transfer without a country', () => {
    const { register, yaml } = imported(`${HEAD_EN}## Transfers outside the EU/EEA

Our newsletter provider is certified under the Privacy Shield.
`, 'en');
    expect(register['transfers']).toEqual([{ mechanism: 'privacy_shield', description: { en: 'Our newsletter provider is certified under the Privacy Shield.' } }]);
    expect(yaml).toMatch(/# TODO: the original states a transfer outside the EU\/EEA but names no country \(it names privacy_shield\)/u);
  });

  const UNNAMED_ELSEWHERE: [Lang, string, string][] = [
    ['fi', '# Kerhon jäsenrekisterin tietosuojaseloste\n\n## Rekisterinpitäjä\n\nSoutuseura Pohjatuuli ry\n\n## Palvelimet\n\nTiedot tallennetaan palveluntarjoajan palvelimille. Jos tietoja siirretään EU/ETA-alueen ulkopuolelle, käytämme vakiosopimuslausekkeita.\n', 'Jos tietoja siirretään EU/ETA-alueen ulkopuolelle, käytämme vakiosopimuslausekkeita.'],
    ['sv', '# Integritetspolicy för föreningens medlemsregister\n\n## Personuppgiftsansvarig\n\nRoddklubben Norrvind\n\n## Servrar\n\nUppgifterna lagras hos vår leverantör. Sker överföring utanför EU/EES använder vi standardavtalsklausuler.\n', 'Sker överföring utanför EU/EES använder vi standardavtalsklausuler.'],
    [`en`, `${HEAD_EN}## Controller\n\nNorthwind Rowing Club\n\n## Servers\n\nThe data are kept by our provider. Where data are transferred outside the EEA, we rely on standard contractual clauses.\n`, 'Where data are transferred outside the EEA, we rely on standard contractual clauses.'],
  ];
  it.each(UNNAMED_ELSEWHERE)('a transfer outside the EU/EEA said with its safeguard under another heading is one without a country (%s)', (lang, text, sentence) => {
    expect(imported(text, lang).register['transfers']).toEqual([{ mechanism: 'standard_contractual_clauses', description: { [lang]: sentence } }]);
  });

  const SERVERS_IN_EEA: [Lang, string][] = [
    ['fi', '# Palvelun käyttöehdot\n\nPalvelua ylläpitää Esimerkin kaupunki.\n\nPalvelu sijaitsee pilvipalvelussa, ja palvelimet sijaitsevat Irlannissa.\n'],
    ['sv', '# Villkor för tjänsten\n\nTjänsten drivs av Exempels stad.\n\nServern finns i Irland hos vår molnleverantör.\n'],
    ['en', '# Terms of the service\n\nThe service is run by Example City Council.\n\nThe data are stored in Ireland with our cloud provider.\n'],
  ];
  it.each(SERVERS_IN_EEA)('servers said to be in a country of the EEA, before any section: no transfers (%s)', (lang, text) => {
    expect(imported(text, lang).register['transfers']).toBe('none');
  });

  const SAFEGUARD_AFTER: [Lang, string, string][] = [
    ['fi', '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nSoutuseura Pohjatuuli ry\n\n## Missä tietoja pidetään\n\nTeknisistä syistä palveluntarjoajamme voi joutua siirtämään tietoja EU:n ulkopuolelle. Tällöin käytetään komission hyväksymiä vakiotietosuojalausekkeita.\n', 'Teknisistä syistä palveluntarjoajamme voi joutua siirtämään tietoja EU:n ulkopuolelle. Tällöin käytetään komission hyväksymiä vakiotietosuojalausekkeita.'],
    ['sv', '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nRoddklubben Norrvind\n\n## Var finns uppgifterna\n\nAv tekniska skäl kan vår leverantör behöva flytta uppgifterna till länder utanför EU. Då används standardiserade dataskyddsbestämmelser som antagits av kommissionen.\n', 'Av tekniska skäl kan vår leverantör behöva flytta uppgifterna till länder utanför EU. Då används standardiserade dataskyddsbestämmelser som antagits av kommissionen.'],
    ['en', `${HEAD_EN}## Controller\n\nNorthwind Rowing Club\n\n## Where the data are\n\nFor technical reasons our provider may move the data outside the EU. It then relies on standard data protection clauses adopted by the Commission.\n`, 'For technical reasons our provider may move the data outside the EU. It then relies on standard data protection clauses adopted by the Commission.'],
  ];
  it.each(SAFEGUARD_AFTER)('a transfer without a country whose safeguard the next sentence names, in the GDPR\'s own words, under a heading on where the data are (%s)', (lang, text, description) => {
    expect(imported(text, lang).register['transfers']).toEqual([{ mechanism: 'standard_contractual_clauses', description: { [lang]: description } }]);
  });

  it('beside a sentence that the data stay in the EU/EEA, a safeguard said elsewhere gives no transfer', () => {
    const text = `${HEAD_EN}## Controller\n\nNorthwind Rowing Club\n\n## Servers\n\nThe data are stored only in the EU. Where data are transferred outside the EEA, we rely on standard contractual clauses.\n`;
    expect(imported(text, 'en').register['transfers']).toBe('none');
  });

  it('reads a transfer section with its list of safeguards and its offer of a copy as one transfer, in English, Finnish and Swedish', () => {
    const en = imported(`${HEAD_EN}## Transfers outside the EEA

Your data may be transferred to countries outside the European Economic Area. We use these safeguards:

- Standard contractual clauses approved by the Commission
- Adequacy decisions of the Commission

You can request a copy of the safeguards by e-mail at privacy@example.com.
`, 'en');
    expect(en.register['transfers']).toEqual([
      {
        description: {
          en: [
            'Standard contractual clauses approved by the Commission',
            'Adequacy decisions of the Commission',
            'You can request a copy of the safeguards by e-mail at privacy@example.com.',
          ].join('\n'),
        },
      },
    ]);
    expect(en.yaml).toMatch(/# TODO: the original states a transfer outside the EU\/EEA but names no country \(it names standard_contractual_clauses, adequacy\)/u);
    expect(en.yaml).toMatch(/# Lead-in in the original:\n#\s+Your data may be transferred/u);
    expect(en.yaml).not.toMatch(/transfers outside the EU\/EEA not mapped/u);
    const fi = imported(`${HEAD}## Tietojen siirto ETA:n ulkopuolelle

Tietoja voidaan siirtää ETA-alueen ulkopuolelle.

- Euroopan komission vakiosopimuslausekkeet

Jäljennöksen suojatoimista saa pyytämällä osoitteesta tietosuoja@esimerkki.fi.
`);
    expect(fi.register['transfers']).toEqual([
      {
        mechanism: 'standard_contractual_clauses',
        description: { fi: 'Tietoja voidaan siirtää ETA-alueen ulkopuolelle.\nEuroopan komission vakiosopimuslausekkeet\nJäljennöksen suojatoimista saa pyytämällä osoitteesta tietosuoja@esimerkki.fi.' },
      },
    ]);
    const sv = imported(`# Dataskyddsbeskrivning för kundregistret

## Överföring utanför EES

Uppgifter kan överföras utanför EES.

- EU-kommissionens standardavtalsklausuler

Du kan begära en kopia av skyddsåtgärderna från dataskydd@exempel.se.
`, 'sv');
    expect(sv.register['transfers']).toEqual([
      {
        mechanism: 'standard_contractual_clauses',
        description: { sv: 'Uppgifter kan överföras utanför EES.\nEU-kommissionens standardavtalsklausuler\nDu kan begära en kopia av skyddsåtgärderna från dataskydd@exempel.se.' },
      },
    ]);
  });

  it('gives a list of safeguards to the transfer it follows, and leaves a country named with its own mechanism as it is', () => {
    const { register } = imported(`${HEAD_EN}## International transfers

Data of the help desk are transferred to the United States.

## Safeguards for transfers

- Standard contractual clauses
`, 'en');
    expect(register['transfers']).toEqual([
      { country: 'US', mechanism: 'standard_contractual_clauses', description: { en: 'Data of the help desk are transferred to the United States.\nStandard contractual clauses' } },
    ]);
    const own = imported(`${HEAD_EN}## International transfers

Data may be transferred outside the EEA.

- Standard contractual clauses
- For transfers to the United States, the Privacy Shield
`, 'en').register['transfers'];
    expect(own.map((t: Draft) => [t['country'], t['mechanism']])).toEqual([
      ['US', 'privacy_shield'],
      [undefined, 'standard_contractual_clauses'],
    ]);
  });

  it('leaves an offer of a copy where it is when the notice states no transfer', () => {
    const { register, yaml } = imported(`${HEAD_EN}## International transfers\n\nYou can request a copy of the safeguards by e-mail.\n`, 'en');
    expect(register['transfers']).toBeUndefined();
    expect(yaml).toMatch(/# TODO: transfers outside the EU\/EEA not mapped[^\n]*\n#\s+You can request a copy/u);
  });

  it('keeps invalid mechanisms as the notice states them, and an exception to a denial', () => {
    const { register } = imported(`${HEAD}## Tietojen siirrot

- Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle, paitsi varmuuskopiot Kanadaan riittävyyspäätöksen perusteella.
- Analytiikkapalvelun tiedot siirretään Yhdysvaltoihin Safe Harbor -periaatteiden mukaisesti.
- Tukipalvelun tiedot käsitellään Iso-Britanniassa sitovien yrityssääntöjen nojalla.
`);
    expect(register['transfers'].map((t: Draft) => [t['country'], t['mechanism']])).toEqual([
      ['CA', 'adequacy'],
      ['US', 'safe_harbor'],
      ['GB', 'binding_corporate_rules'],
    ]);
  });

  it('does not count EU/EEA countries as transfers: data kept in one stay in the EEA', () => {
    const { register } = imported(`${HEAD}## Tietojen siirto EU:n ulkopuolelle\n\nTiedot tallennetaan palvelimille Norjassa.\n`);
    expect(register['transfers']).toBe('none');
  });

  it('writes `transfers: none` for a plain denial, in Finnish and English', () => {
    expect(imported(`${HEAD}## Tietojen siirto EU:n tai ETA:n ulkopuolelle\n\nTietoja ei siirretä EU:n tai ETA:n ulkopuolelle.\n`).register['transfers']).toBe('none');
    expect(imported(`${HEAD_EN}## International transfers\n\nPersonal data are not transferred outside the EU/EEA.\n`, 'en').register['transfers']).toBe('none');
  });

  it('maps the EU–US Data Privacy Framework and an English country name', () => {
    const { register } = imported(`${HEAD_EN}## International transfers

Data of the chat service are transferred to the United States under the EU–US Data Privacy Framework.
`, 'en');
    expect(register['transfers'].map((t: Draft) => [t['country'], t['mechanism']])).toEqual([['US', 'data_privacy_framework']]);
  });
});

describe('retention', () => {
  it('reads periods in figures and words, with the event they count from', () => {
    const { register } = imported(`${HEAD}## Säilytysaika

- Asiakastiedot: 2 vuotta asiakkuuden päättymisestä
- Hakemukset säilytetään kaksi vuotta.
- Tallenteet: 24 kk
- Laskut: kymmenen vuotta tilikauden päättymisestä
`);
    expect(register['retention']).toEqual([
      { period: 'P2Y', trigger: { fi: 'asiakkuuden päättyminen' }, description: { fi: 'Asiakastiedot: 2 vuotta asiakkuuden päättymisestä' } },
      { period: 'P2Y', description: { fi: 'Hakemukset säilytetään kaksi vuotta.' } },
      { period: 'P24M', description: { fi: 'Tallenteet: 24 kk' } },
      { period: 'P10Y', description: { fi: 'Laskut: kymmenen vuotta tilikauden päättymisestä' } },
    ]);
  });

  it('reads English periods and triggers; a vague period stays a description, other data kept "as long as necessary" a rule of their own', () => {
    const { register } = imported(`${HEAD_EN}## How long we keep your data

Contract data are kept for six months after the end of the contract. Marketing data are kept for two years. Other data are kept as long as necessary.
`, 'en');
    expect(register['retention']).toEqual([
      { period: 'P6M', trigger: { en: 'the end of the contract' }, description: { en: 'Contract data are kept for six months after the end of the contract.' } },
      { period: 'P2Y', description: { en: 'Marketing data are kept for two years.' } },
      { description: { en: 'Other data are kept as long as necessary.' } },
    ]);
    const vague = imported(`${HEAD}## Säilytysaika\n\nTietoja säilytetään niin kauan kuin on tarpeen, enintään 5 vuotta.\n`).register;
    expect(vague['retention']).toEqual([{ description: { fi: 'Tietoja säilytetään niin kauan kuin on tarpeen, enintään 5 vuotta.' } }]);
  });

  it('reads table rows: heading and text in two columns', () => {
    const table = [
      'Rekisterinpitäjä\tEsimerkki Oy, Katu 1, 00100 Helsinki',
      'Rekisterin nimi\tAsiakasrekisteri',
      'Säilytysaika\tTietoja säilytetään kolme vuotta asiakassuhteen päättymisen jälkeen.',
      'Rekisterin suojauksen periaatteet\tPaperiset asiakirjat säilytetään lukitussa kaapissa.',
    ].join('\n');
    const { register } = imported(table, 'fi', table.replace(/^[^\t]*\t/gmu, '').replace(/^Esimerkki.*\n|^Asiakasrekisteri\n/gmu, ''));
    expect(register['retention']).toEqual([
      { period: 'P3Y', trigger: { fi: 'asiakassuhteen päättyminen' }, description: { fi: 'Tietoja säilytetään kolme vuotta asiakassuhteen päättymisen jälkeen.' } },
    ]);
    expect(register['security']).toEqual({ manual: { fi: 'Paperiset asiakirjat säilytetään lukitussa kaapissa.' } });
  });

  it('moves a rights paragraph out of retention to the rights TODO', () => {
    const { register, yaml } = imported(`${HEAD}## Säilytysaika

Tietoja säilytetään 12 kuukautta.

Sinulla on oikeus pyytää tietojesi poistamista ennen tätä.
`);
    expect(register['retention']).toEqual([{ period: 'P12M', description: { fi: 'Tietoja säilytetään 12 kuukautta.' } }]);
    expect(yaml).toMatch(/# TODO: rights of the data subject: [^\n]*\(found under "Säilytysaika"\)\n#   Sinulla on oikeus pyytää/u);
  });

  it('counts number words one to twelve in the three languages, and not a range', () => {
    expect(periodsIn('yhden vuoden, kuusi kuukautta, kahdentoista kuukauden').map((p) => p.period)).toEqual(['P1Y', 'P6M', 'P12M']);
    expect(periodsIn('ett år, tre år, fyra veckor, tolv månader, 30 dagar').map((p) => p.period)).toEqual(['P1Y', 'P3Y', 'P4W', 'P12M', 'P30D']);
    expect(periodsIn('a year, eleven months, ten days, 3 weeks').map((p) => p.period)).toEqual(['P1Y', 'P11M', 'P10D', 'P3W']);
    expect(periodsIn('2–5 vuotta')).toEqual([]);
  });

  it('reads years with a decimal as months, and no date as a period', () => {
    expect(periodsIn('2,5 years, 1.5 vuotta, 2,5 år').map((p) => p.period)).toEqual(['P30M', 'P18M', 'P30M']);
    expect(periodsIn('1,3 vuotta, 14.8.2023 10 AM')).toEqual([]);
  });

  it('reads one unit without a count in Finnish, and not again after a count', () => {
    expect(periodsIn('poistetaan vuoden päästä, säilytetään kuukauden ajan, viikon kuluessa').map((p) => p.period)).toEqual(['P1Y', 'P1M', 'P1W']);
    expect(periodsIn('säilytetään kahden vuoden ajan').map((p) => p.period)).toEqual(['P2Y']);
    expect(periodsIn('lakisääteisen ajan')).toEqual([]);
  });

  const ELSEWHERE: [Lang, string, string, string | undefined][] = [
    ['fi', 'Kerhon jäsenrekisteri\n\nTietoja käytetään jäsenyyden hoitamiseen. Tiedot poistetaan viimeistään vuoden päästä uuden kauden alusta.\n', 'Tiedot poistetaan viimeistään vuoden päästä uuden kauden alusta.', 'P1Y'],
    ['fi', 'Kerhon jäsenrekisteri\n\nTietoja käytetään laskutukseen. Laskutiedot hävitetään, kun niitä ei enää tarvita kirjanpitoon.\n', 'Laskutiedot hävitetään, kun niitä ei enää tarvita kirjanpitoon.', undefined],
    ['fi', 'Kerhon jäsenrekisteri\n\nTietoja käytetään jäsenyyden hoitamiseen. Jäsentiedot hävitetään sen jälkeen, kun ne eivät enää ole toiminnan kannalta tarpeellisia.\n', 'Jäsentiedot hävitetään sen jälkeen, kun ne eivät enää ole toiminnan kannalta tarpeellisia.', undefined],
    ['sv', 'Föreningens medlemsregister\n\nVi använder uppgifterna för att skicka kallelser. Vi lagrar adresserna så länge kampanjen pågår.\n', 'Vi lagrar adresserna så länge kampanjen pågår.', undefined],
    ['sv', 'Föreningens medlemsregister\n\nVi använder uppgifterna för att skicka kallelser. Koder som inte har använts raderas efter högst en timme.\n', 'Koder som inte har använts raderas efter högst en timme.', 'PT1H'],
    ['en', 'Club members\n\nWe use the data to send invitations. Addresses are deleted once they are no longer needed for the club.\n', 'Addresses are deleted once they are no longer needed for the club.', undefined],
    ['fi', 'Kerhon jäsenrekisteri\n\nTietoja käytetään laskutukseen. Laskuja säilytetään 6–10 vuotta kirjanpitoa varten.\n', 'Laskuja säilytetään 6–10 vuotta kirjanpitoa varten.', undefined],
    ['sv', 'Föreningens medlemsregister\n\nVi använder uppgifterna för att skicka fakturor. Fakturor sparas i 5-7 år.\n', 'Fakturor sparas i 5-7 år.', undefined],
    ['en', 'Club members\n\nWe use the data to send invoices. We must store invoices for 3–7 years.\n', 'We must store invoices for 3–7 years.', undefined],
    ['en', 'Club members\n\nWe use the data to send invoices. Invoices are kept so long as the Accounting Act requires.\n', 'Invoices are kept so long as the Accounting Act requires.', undefined],
    // For the time of a relationship: "asiakkuuden ajan", "during the customer relationship", "under kundförhållandet".
    ['fi', 'Kerhon jäsenrekisteri\n\nTietoja käytetään tilausten toimittamiseen. Tilauksissa kerättävät tiedot säilytetään asiakkuuden ajan ja sen jälkeen.\n', 'Tilauksissa kerättävät tiedot säilytetään asiakkuuden ajan ja sen jälkeen.', undefined],
    ['sv', 'Föreningens medlemsregister\n\nVi använder uppgifterna för att skicka fakturor. Fakturorna sparas under kundförhållandet.\n', 'Fakturorna sparas under kundförhållandet.', undefined],
    ['en', 'Club members\n\nWe use the data to deliver orders. Order data are kept during the customer relationship.\n', 'Order data are kept during the customer relationship.', undefined],
  ];
  const UNDER_RIGHTS: [Lang, string, string][] = [
    ['fi', `${HEAD}## Muut henkilötietojen käsittelyyn liittyvät oikeudet\n\nSinulla on oikeus pyytää tietojesi poistamista. Jäsentiedot hävitetään, kun niitä ei enää tarvita.\n`, 'Jäsentiedot hävitetään, kun niitä ei enää tarvita.'],
    ['sv', '# Dataskyddsbeskrivning för medlemsregistret\n\n## Övriga rättigheter\n\nDu har rätt att begära att dina uppgifter raderas. Medlemsuppgifterna raderas när de inte längre behövs.\n', 'Medlemsuppgifterna raderas när de inte längre behövs.'],
    ['en', `${HEAD_EN}## Other rights\n\nYou have the right to request erasure of your data. Member data are deleted once they are no longer needed.\n`, 'Member data are deleted once they are no longer needed.'],
  ];
  it.each(UNDER_RIGHTS)('a sentence on deleting data under a heading on rights is a rule, the right beside it not (%s)', (lang, text, rule) => {
    expect(imported(text, lang).register['retention']).toEqual([{ description: { [lang]: rule } }]);
  });

  it.each(ELSEWHERE)('a retention sentence before any heading is a rule (%s)', (lang, text, rule, period) => {
    const { register } = imported(text, lang);
    // The one law a sentence names is the law that sets the period.
    const law = /Accounting Act/u.test(rule) ? { law: { [lang]: 'Accounting Act' } } : {};
    expect(register['retention']).toEqual([{ ...(period ? { period } : {}), ...law, description: { [lang]: rule } }]);
  });

  it('a shop open seven days a week keeps no data for them', () => {
    const text = 'Club members\n\nWe use the data to send invoices. Our store is open 7 days a week.\n';
    expect(imported(text, 'en').register['retention']).toBeUndefined();
  });

  it('beside a section on retention, a period stated under another heading is a rule too, a cookie\'s lifetime is not', () => {
    const text = `${HEAD_EN}## How long we keep your data\n\nMember data are kept as long as you are a member.\n\n## Events\n\nWe use the data to run events. Health details are deleted 4 weeks after the event.\n\n## Cookies\n\nThe session cookie is deleted after 30 days.\n`;
    expect(imported(text, 'en').register['retention'].map((r: Draft) => r['period'])).toEqual([undefined, 'P4W']);
  });

  it('a sentence elsewhere with two periods is a rule without one, for the author to split', () => {
    const text = `${HEAD_EN}## Customers\n\nWe use the data to serve our customers. We delete the data 2 years after it has expired, or 3 years after the last purchase.\n`;
    expect(imported(text, 'en').register['retention']).toEqual([
      { description: { en: 'We delete the data 2 years after it has expired, or 3 years after the last purchase.' } },
    ]);
  });
  it.each([
    ['fi', `${HEAD}## Rekisterin tietosisältö\n\nRekisteriin tallennetaan nimi ja sähköposti. Tietoja säilytetään asiakasrekisterin osalta niin kauan kuin asiakassuhde säilyy. Yhteystietorekisterin osalta 3 kk.\n`, 'Yhteystietorekisterin osalta 3 kk.', 'P3M'],
    ['sv', '# Dataskyddsbeskrivning\n\n## Uppgifter vi behandlar\n\nVi sparar namn och e-post. Kunduppgifterna sparas så länge kundförhållandet pågår. För kontaktregistret 3 månader.\n', 'För kontaktregistret 3 månader.', 'P3M'],
    ['en', `${HEAD_EN}## Data we process\n\nWe record your name and e-mail. Customer data are kept as long as you are a customer. For the contact register, 3 months.\n`, 'For the contact register, 3 months.', 'P3M'],
  ] as const)('a short sentence with a period after a sentence on keeping is a rule of its own (%s)', (lang, text, rule, period) => {
    const retention = imported(text, lang).register['retention'];
    expect(retention).toHaveLength(2);
    expect(retention[1]).toEqual({ period, description: { [lang]: rule } });
  });

  it('a short sentence with a period after one that keeps nothing is no rule', () => {
    const text = `${HEAD_EN}## Data we process\n\nWe record your name and e-mail. Our office opens in 3 months.\n`;
    expect(imported(text, 'en').register['retention']).toBeUndefined();
  });
});

describe('sources and data categories', () => {
  it('types sources in English paragraphs, sentence by sentence', () => {
    const { register } = imported(`${HEAD_EN}## Sources of personal data

We collect most data directly from you. We also receive data from your employer. Some data come from public registers.
`, 'en');
    expect(register['sources'].map((s: Draft) => s['type'])).toEqual(['data_subject', 'organisation', 'public']);
  });

  it.each([
    ['fi', 'Keräämme ainoastaan julkisia tietoja kilpailun virallisista tulospalveluista.'],
    ['sv', 'Vi samlar in offentligt tillgängliga uppgifter från tävlingens officiella resultattjänst.'],
    ['en', 'We collect only public data from the official results service of the race.'],
  ] as const)('types data said to be public as a public source (%s)', (lang, sentence) => {
    const head = { fi: `${HEAD}## Tietolähteet`, sv: '# Dataskyddsbeskrivning\n\n## Uppgiftskällor', en: `${HEAD_EN}## Sources of personal data` }[lang];
    const { register } = imported(`${head}\n\n${sentence}\n`, lang);
    expect(register['sources'].map((s: Draft) => s['type'])).toEqual(['public']);
  });

  it.each([
    ['fi', 'Yhdistys saa käsittelemänsä henkilötiedot jäseniltään ja toimintatiedot julkisista lähteistä.', ['public', 'data_subject']],
    ['sv', 'Vi får uppgifterna från dig själv och från offentliga register.', ['public', 'data_subject']],
    ['en', 'We collect most data directly from you, and some from public registers.', ['public', 'data_subject']],
  ] as const)('gives a sentence that names two kinds of source a source of each (%s)', (lang, sentence, types) => {
    const head = { fi: `${HEAD}## Tietolähteet`, sv: '# Dataskyddsbeskrivning\n\n## Uppgiftskällor', en: `${HEAD_EN}## Sources of personal data` }[lang];
    const { register } = imported(`${head}\n\n${sentence}\n`, lang);
    expect(register['sources'].map((s: Draft) => s['type'])).toEqual(types);
  });

  it.each([
    ['fi', 'Osoitetiedot saadaan suoraan väestötietojärjestelmästä.', ['authority']],
    ['fi', 'Tietoja ei kerätä rekisteröidyltä itseltään, vaan ne saadaan Digi- ja väestötietovirastolta.', ['authority']],
    ['sv', 'Uppgifterna om barnet får vi direkt från vårdnadshavaren.', ['guardian']],
    ['en', 'We obtain data from public registers, not from you.', ['public']],
    ['en', 'We collect data directly from your browser with cookies.', ['observation']],
  ] as const)('adds no source of the person for a word of how, or where the sentence denies it (%s: %s)', (lang, sentence, types) => {
    const head = { fi: `${HEAD}## Tietolähteet`, sv: '# Dataskyddsbeskrivning\n\n## Uppgiftskällor', en: `${HEAD_EN}## Sources of personal data` }[lang];
    const { register } = imported(`${head}\n\n${sentence}\n`, lang);
    expect(register['sources'].map((s: Draft) => s['type'])).toEqual(types);
  });

  it('types a city as an authority and a camera as observation', () => {
    const { register } = imported(`${HEAD}## Tietolähteet

Tiedot saadaan pääasiassa rekisteröidyltä itseltään. Maanvuokrasopimustiedot saadaan Helsingin kaupungilta. Kameravalvontatiedot saadaan alueelle asennetusta tallentavasta videokamerasta.
`);
    expect(register['sources'].map((s: Draft) => s['type'])).toEqual(['data_subject', 'authority', 'observation']);
  });

  it('flattens nested data categories into "Parent: child" and sets the identity code flag', () => {
    const { register } = imported(`${HEAD}## Rekisterin tietosisältö

- Yhteystiedot:
  - nimi
  - sähköpostiosoite
- Henkilötunnus
- Laskutustiedot
`);
    expect(register['data_categories'].map((c: Draft) => c['description'].fi)).toEqual(['Yhteystiedot: nimi', 'Yhteystiedot: sähköpostiosoite', 'Henkilötunnus', 'Laskutustiedot']);
    expect(register['personal_identity_code']).toEqual({});
  });

  it('reads a heading that says what the register holds as the data categories, in the three languages', () => {
    const fi = imported(`${HEAD}## Asiakasrekisteri pitää sisällään seuraavat tiedot:\n\n- nimi\n- puhelinnumero\n`).register;
    expect(fi['data_categories'].map((c: Draft) => c['description'].fi)).toEqual(['nimi', 'puhelinnumero']);
    const sv = imported('# Dataskyddsbeskrivning för kundregistret\n\n## Registret innehåller följande uppgifter\n\n- namn\n- telefonnummer\n', 'sv').register;
    expect(sv['data_categories'].map((c: Draft) => c['description'].sv)).toEqual(['namn', 'telefonnummer']);
    const en = imported(`${HEAD_EN}## The register contains the following data\n\n- name\n- phone number\n`, 'en').register;
    expect(en['data_categories'].map((c: Draft) => c['description'].en)).toEqual(['name', 'phone number']);
  });

  it('does not set the flag when the notice says the code is not processed', () => {
    const { register } = imported(`${HEAD_EN}## Categories of personal data

- Name and e-mail address

We do not process personal identity codes.
`, 'en');
    expect(register['personal_identity_code']).toBeUndefined();
    expect(imported(`${HEAD_EN}## Categories of personal data\n\n- Name\n- Personal identity code\n`, 'en').register['personal_identity_code']).toEqual({});
  });

  it('gives each item of a nested list once, with its parents', () => {
    const blocks = readBlocks('- A:\n  - a1\n    - a11\n  - a2\n- B\n', 'markdown');
    const [u] = unitize(blocks);
    expect(u?.type === 'list' ? listItems(u) : []).toEqual([
      { text: 'a11', parents: ['A', 'a1'] },
      { text: 'a2', parents: ['A'] },
      { text: 'B', parents: [] },
    ]);
  });
});

describe('security, cookies, automated decisions, rights', () => {
  it('splits English security text into paper and electronic, and moves rights out', () => {
    const { register, yaml } = imported(`${HEAD_EN}## Security

Paper records are kept in locked cabinets.

Electronic data are protected by firewalls and passwords. You have the right to lodge a complaint with the supervisory authority.
`, 'en');
    expect(register['security']).toEqual({
      manual: { en: 'Paper records are kept in locked cabinets.' },
      electronic: { en: 'Electronic data are protected by firewalls and passwords.' },
    });
    expect(yaml).toMatch(/# TODO: rights of the data subject: [^\n]*\n#   You have the right to lodge a complaint/u);
  });

  it('does not take staff access rights for the data subject\'s rights', () => {
    const { register } = imported(`${HEAD}## Rekisterin suojauksen periaatteet\n\nOikeus käsitellä tietoja on vain nimetyillä työntekijöillä.\n`);
    expect(register['security']).toEqual({ electronic: { fi: 'Oikeus käsitellä tietoja on vain nimetyillä työntekijöillä.' } });
  });

  it.each([
    ['fi', '# Tietosuojakäytäntö\n\nSähköpostiosoitteita ei välitetä kolmansille osapuolille.\n\n## Evästeet\n\nKäytän sivuston kävijämäärän seurantaan Google Analyticsiä. Sivustolla on lisäksi Facebook-pikseli.\n'],
    ['sv', '# Integritetspolicy\n\nE-postadresserna lämnas inte ut till tredje part.\n\n## Kakor\n\nJag använder Google Analytics för besöksstatistik. På webbplatsen finns också Facebook-pixeln.\n'],
    ['en', '# Privacy policy\n\nE-mail addresses are not shared with third parties.\n\n## Cookies\n\nI use Google Analytics to count visitors. The site also has a Facebook pixel.\n'],
  ] as [Lang, string][])('takes the providers a person uses or has on the site, among the cookies, for recipients, not a denial about e-mail addresses (%s)', (lang, text) => {
    const { register } = imported(text, lang);
    expect(register['recipients']).not.toBe('none');
    expect((register['recipients'] as Draft[]).map((r) => r['name'])).toEqual(['Google', 'Facebook']);
  });

  it('names cookie tools in any language, inflected or not, longest name first', () => {
    const fi = imported(`${HEAD}## Evästeet\n\nKäytämme Google Analytics 4 -palvelua, Matomoa, Hotjaria ja Meta Pixeliä sekä YouTube-videoita.\n`).register;
    expect(fi['cookies'].tools).toEqual([{ name: 'Google Analytics 4' }, { name: 'Matomo' }, { name: 'Hotjar' }, { name: 'Meta Pixel' }, { name: 'YouTube' }]);
    const en = imported(`${HEAD_EN}## Cookies

- Microsoft Clarity and Siteimprove for analytics
- Snoobi, Leadoo and HubSpot for marketing
- Cookiebot or CookieYes for consent
- Mailchimp, Plausible and Vimeo
`, 'en').register;
    expect(en['cookies'].tools.map((t: Draft) => t['name'])).toEqual([
      'Microsoft Clarity', 'Siteimprove', 'Snoobi', 'Leadoo', 'HubSpot', 'Cookiebot', 'CookieYes', 'Mailchimp', 'Plausible', 'Vimeo',
    ]);
  });

  it('writes `automated_decisions: none` for a denial; profiling is a TODO', () => {
    expect(imported(`${HEAD}## Automaattinen päätöksenteko\n\nEi automaattista päätöksentekoa.\n`).register['automated_decisions']).toBe('none');
    expect(imported(`${HEAD_EN}## Automated decision-making\n\nThere is no automated decision-making.\n`, 'en').register['automated_decisions']).toBe('none');
    const profiling = imported(`${HEAD}## Automaattinen päätöksenteko ja profilointi\n\nEi automaattista päätöksentekoa. Tietoja käytetään profilointiin markkinoinnin kohdentamiseksi.\n`);
    expect(profiling.register['automated_decisions']).toBeUndefined();
    expect(profiling.yaml).toMatch(/# TODO: profiling is mentioned/u);
  });

  it('keeps an English rights section as a TODO', () => {
    const { register, yaml } = imported(`${HEAD_EN}## Your rights\n\nYou have the right of access to your data and the right to rectification.\n`, 'en');
    expect(register['rights']).toBeUndefined();
    expect(yaml).toMatch(/# TODO: rights of the data subject/u);
  });
});

/** A Swedish notice's draft, through the whole import. */
function svImport(text: string): { yaml: string; register: Draft } {
  const { yaml, register } = importNotice(text, { lang: 'sv', schema: 'register.schema.json' });
  expectKept(yaml, text.replace(/^# .*$/mu, ''));
  return { yaml, register: register as Draft };
}

describe('Swedish notices end to end', () => {
  it('recipients: processors, authorities and the group, from a nested list', () => {
    const { register } = svImport(`# Dataskyddsbeskrivning

## Regelmässiga utlämnanden

- Personuppgiftsbiträden:
  - Exempel Ab (löneräkning)
  - IT-underhåll
- Skatteförvaltningen enligt lag
- Bolag inom koncernen
`);
    expect(register['recipients']).toEqual([
      { name: 'Exempel Ab', category: { sv: 'Personuppgiftsbiträden: Exempel Ab (löneräkning)' }, role: 'processor' },
      { category: { sv: 'Personuppgiftsbiträden: IT-underhåll' }, role: 'processor' },
      { category: { sv: 'Skatteförvaltningen enligt lag' }, role: 'authority' },
      { category: { sv: 'Bolag inom koncernen' } },
    ]);
  });

  it('recipients and transfers: none, but not when an exception follows', () => {
    const none = svImport(`## Mottagare\n\nUppgifterna lämnas inte ut till utomstående.\n\n## Överföring till tredje land\n\nPersonuppgifterna överförs inte utanför EU/EES.\n`);
    expect(none.register['recipients']).toBe('none');
    expect(none.register['transfers']).toBe('none');
    const open = svImport(`## Mottagare\n\nUppgifterna lämnas inte ut, utom till myndigheter när lagen kräver det.\n`);
    expect(open.register['recipients']).toEqual([{ category: { sv: 'Uppgifterna lämnas inte ut, utom till myndigheter när lagen kräver det.' }, role: 'authority' }]);
  });

  it('transfers: Swedish country names and mechanisms', () => {
    const { register } = svImport(`## Överföring till tredje land

- Uppgifterna överförs till Storbritannien på grundval av kommissionens beslut om adekvat skyddsnivå.
- Supporttjänsten finns i Indien; överföringen bygger på bindande företagsbestämmelser.
- E-posttjänsten överför uppgifter till Förenta staterna med standardavtalsklausuler.
- Leverantören omfattas av dataskyddsramen mellan EU och USA.
`);
    expect(register['transfers'].map((t: Draft) => [t['country'], t['mechanism']])).toEqual([
      ['GB', 'adequacy'],
      ['IN', 'binding_corporate_rules'],
      ['US', 'standard_contractual_clauses'],
      ['US', 'data_privacy_framework'],
    ]);
  });

  it('retention: periods in words and figures, triggers, and a vague period', () => {
    const { register } = svImport(`## Lagringstid

- Medlemsuppgifter: två år efter avslutat medlemskap
- Fakturor: tre år
- Inspelningar: 12 månader
- Övriga uppgifter sparas så länge som det behövs.
`);
    expect(register['retention']).toEqual([
      { period: 'P2Y', trigger: { sv: 'avslutat medlemskap' }, description: { sv: 'Medlemsuppgifter: två år efter avslutat medlemskap' } },
      { period: 'P3Y', description: { sv: 'Fakturor: tre år' } },
      { period: 'P12M', description: { sv: 'Inspelningar: 12 månader' } },
      { description: { sv: 'Övriga uppgifter sparas så länge som det behövs.' } },
    ]);
  });

  it('sources, data categories with the personal identity code, security, cookies and automated decisions', () => {
    const { register, yaml } = svImport(`## Uppgiftskällor

- Från dig själv när du blir medlem
- Från Myndigheten för digitalisering och befolkningsdata
- Från offentliga register

## Vilka personuppgifter behandlas

- Kontaktuppgifter:
  - namn
  - e-postadress
- Personbeteckning

## Skydd av personuppgifter

### Manuellt material

Pappersdokument förvaras i ett låst skåp.

### Elektroniskt behandlade uppgifter

Systemen skyddas med lösenord. Du har rätt att begära rättelse av dina uppgifter.

## Kakor

Vi använder kakor från Google Analytics och Hotjar.

## Automatiserat beslutsfattande

Inget automatiserat beslutsfattande förekommer.
`);
    expect(register['sources'].map((s: Draft) => s['type'])).toEqual(['data_subject', 'authority', 'public']);
    expect(register['data_categories'].map((c: Draft) => c['description'].sv)).toEqual(['Kontaktuppgifter: namn', 'Kontaktuppgifter: e-postadress', 'Personbeteckning']);
    expect(register['personal_identity_code']).toEqual({});
    expect(register['security']).toEqual({ manual: { sv: 'Pappersdokument förvaras i ett låst skåp.' }, electronic: { sv: 'Systemen skyddas med lösenord.' } });
    expect(yaml).toMatch(/# TODO: rights of the data subject: [^\n]*\n#   Du har rätt att begära rättelse/u);
    expect(register['cookies'].tools).toEqual([{ name: 'Google Analytics' }, { name: 'Hotjar' }]);
    expect(register['automated_decisions']).toBe('none');
  });

  it('paragraphs: a mechanism goes with the country of its sentence; paper and electronic apart', () => {
    const { register, yaml } = svImport(`## Överföring till tredje land

Uppgifterna överförs till Storbritannien på grundval av kommissionens beslut om adekvat skyddsnivå. Vår leverantör omfattas av Privacy Shield.

## Uppgiftskällor

Uppgifterna fås av dig själv. Vi får också uppgifter från Myndigheten för digitalisering och befolkningsdata.

## Skydd av personuppgifter

Manuellt material förvaras i låsta skåp. Elektroniskt material skyddas med lösenord och brandvägg.
`);
    expect(register['transfers'].map((t: Draft) => [t['country'], t['mechanism']])).toEqual([['GB', 'adequacy']]);
    expect(yaml).toMatch(/# TODO: the original also names privacy_shield for no country it names/u);
    expect(register['sources'].map((s: Draft) => s['type'])).toEqual(['data_subject', 'authority']);
    expect(register['security']).toEqual({
      manual: { sv: 'Manuellt material förvaras i låsta skåp.' },
      electronic: { sv: 'Elektroniskt material skyddas med lösenord och brandvägg.' },
    });
  });

  it('profiling in Swedish is a TODO, not `none`', () => {
    const { register, yaml } = svImport(`## Automatiserat beslutsfattande\n\nVi använder profilering för att rikta marknadsföring.\n`);
    expect(register['automated_decisions']).toBeUndefined();
    expect(yaml).toMatch(/# TODO: profiling is mentioned/u);
  });
});

describe('sentences', () => {
  it('do not end at letters with points ("P.O. Box", "U.S. company"), and still end at a sentence\'s end', () => {
    expect(sentences('Postal address: P.O. Box 4, 00014 University of Helsinki')).toEqual(['Postal address: P.O. Box 4, 00014 University of Helsinki']);
    expect(sentences('Google is a U.S. company. Data may leave the EEA.')).toEqual(['Google is a U.S. company.', 'Data may leave the EEA.']);
  });

  it('do not end at Swedish and English abbreviations ("t.ex.", "bl.a.", "incl.")', () => {
    expect(sentences('Vid begäran från myndigheter (t.ex. Skatteverket) lämnas uppgifter ut. Vi säljer inget.')).toEqual(['Vid begäran från myndigheter (t.ex. Skatteverket) lämnas uppgifter ut.', 'Vi säljer inget.']);
    expect(sentences('Vi anlitar bl.a. Google och s.k. Molntjänster.')).toHaveLength(1);
    // "osv." and "tms." often end a sentence: they end one.
    expect(sentences('Vi sparar namn, adress osv. Vi lämnar inte ut uppgifterna.')).toHaveLength(2);
    expect(sentences('Our providers, incl. Stripe, process payments.')).toHaveLength(1);
  });

  it('keep a contact line with a PO box whole in the draft', () => {
    const { yaml } = importNotice('# Privacy notice\n\n## Controller\n\nUniversity of Example\nUnit in charge: Department of Examples\nP.O. Box 68 (Example Street 5), 00014 UNIVERSITY OF EXAMPLE\n', { lang: 'en' });
    expect(yaml).toContain('P.O. Box 68');
  });
});

describe('the recognisers called directly', () => {
  it('security: Swedish subheadings say manual or electronic', () => {
    const { register } = direct('security', 'Skydd av personuppgifter', '### Manuellt material\n\nLåst arkiv.\n\n### Elektroniskt material\n\nKrypterade servrar.\n', 'sv', (x, s) =>
      securitySection(x, s, units(s)),
    );
    expect(register['security']).toEqual({ manual: { sv: 'Låst arkiv.' }, electronic: { sv: 'Krypterade servrar.' } });
  });

  it('sources: an English list with a guardian', () => {
    const { register } = direct('sources', 'Where the data come from', '- From the child\'s parent or guardian\n- From you\n', 'en', (x, s) => sourceSection(x, s, units(s)));
    expect(register['sources'].map((s: Draft) => s['type'])).toEqual(['guardian', 'data_subject']);
  });

  it('transfers and retention in Swedish paragraphs', () => {
    const t = direct('transfers', 'Överföring till tredje land', 'Vi överför inte personuppgifter utanför EU/EES.\n', 'sv', (x, s) => transferSection(x, s, units(s)));
    expect(t.register['transfers']).toBe('none');
    const r = direct('retention', 'Lagringstid', 'Uppgifterna sparas i sex månader. Fakturor sparas i tio år enligt bokföringslagen.\n', 'sv', (x, s) => retentionSection(x, s, units(s)));
    expect(r.register['retention'].map((x: Draft) => x['period'])).toEqual(['P6M', 'P10Y']);
  });

  it('automated decisions: an English denial of profiling is `none`', () => {
    const { register } = direct('automated_decisions', 'Automated decisions', 'We do not use profiling or automated decision-making.\n', 'en', (x, s) => automatedSection(x, s, units(s)));
    expect(register['automated_decisions']).toBe('none');
  });
});

describe('seloste import: lists that lead into lists, lists of bases, and reports to an authority', () => {
  const NESTED: [Lang, string, string[]][] = [
    ['fi', '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nKuusipaja Oy\n\nTietoja käsitellään näihin tarkoituksiin:\n\n1. Jäsenten tietoja käytetään, jotta voimme:\n\n\t* Laskuttaa jäsenmaksut.\n\t* Lähettää jäsenkirjeen.\n\n2. Työntekijöiden tietoja käytetään, jotta voimme:\n\n\t* Maksaa palkat.\n', ['Laskuttaa jäsenmaksut.', 'Lähettää jäsenkirjeen.', 'Maksaa palkat.']],
    ['sv', '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nGranverkstan AB\n\nUppgifterna behandlas för vissa ändamål:\n\n1. Medlemmarnas uppgifter används för att:\n\n\t* Fakturera avgifter.\n\t* Skicka medlemsbrev.\n\n2. Anställdas uppgifter används till att:\n\n\t* Betala löner.\n', ['Fakturera avgifter.', 'Skicka medlemsbrev.', 'Betala löner.']],
    ['en', '# Privacy notice\n\n## Controller\n\nSprucework Ltd\n\nWe process data for these purposes:\n\n1. Members\' data are used to:\n\n    * Invoice fees.\n    * Send the members\' letter.\n\n2. Staff data are used to:\n\n    * Pay salaries.\n', ['Invoice fees.', "Send the members' letter.", 'Pay salaries.']],
  ];
  it.each(NESTED)('items nested under an item that leads into them are the purposes, not their lead-ins (%s)', (lang, text, purposes) => {
    const found = (imported(text, lang).register['purposes'] as Draft[]).map((p) => (p['description'] as Record<string, string>)[lang]);
    expect(found).toEqual(purposes);
  });

  const CATALOGUE: [Lang, string][] = [
    ['fi', '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nKuusipaja Oy\n\nKäsittely on lainmukaista, koska se perustuu johonkin seuraavista:\n\n1. Suostumus.\n2. Sopimuksen täytäntöönpano.\n3. Lakisääteinen velvoite.\n4. Rekisteröidyn elintärkeät edut.\n5. Yleistä etua koskeva tehtävä.\n\nTietoja käytetään laskutukseen.\n'],
    ['sv', '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nGranverkstan AB\n\nBehandlingen är laglig eftersom den grundar sig på något av följande:\n\n1. Utifrån samtycke.\n2. Fullgöra avtal.\n3. Fullgöra laglig skyldighet.\n4. Skydda den registrerades vitala intressen.\n5. Tillgodose ett berättigat intresse (intresseavvägning).\n\nUppgifterna används för fakturering.\n'],
    ['en', '# Privacy notice\n\n## Controller\n\nSprucework Ltd\n\nProcessing is lawful as it rests on one of these:\n\n1. Your consent.\n2. Performance of a contract.\n3. A legal obligation.\n4. Protecting your vital interests.\n5. Our legitimate interests.\n\nWe use the data for invoicing.\n'],
  ];
  it.each(CATALOGUE)('a list that goes through four or more bases, none paired with a purpose, gives bases for the whole register, not purposes (%s)', (lang, text) => {
    const { register } = imported(text, lang);
    expect((register['legal_bases'] as string[]).length).toBeGreaterThanOrEqual(4);
    expect((register['purposes'] as Draft[]).every((p) => !p['legal_basis'])).toBe(true);
    expect(register['purposes']).toHaveLength(1);
  });

  it('a list of purposes each paired with its basis stays purposes', () => {
    const { register } = imported('# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nKuusipaja Oy\n\nTietoja käytetään:\n\n- Markkinointi (suostumus)\n- Asiakassuhde (sopimus)\n- Kirjanpito (lakisääteinen velvoite)\n- Tietoturva (oikeutettu etu)\n', 'fi');
    expect((register['purposes'] as Draft[]).map((p) => p['legal_basis'])).toEqual(['consent', 'contract', 'legal_obligation', 'legitimate_interests']);
  });

  it('the controller said through whom it acts: "X genom styrelsen är personuppgiftsansvarig", "X, through its board, is the controller"', () => {
    const sv = imported('# Integritetspolicy\n\nFörskolan Granen genom styrelsen är personuppgiftsansvarig för behandlingen. Kontakta oss på info@granen.example.\n\n## Ändamål\n\nUppgifterna används för fakturering.\n', 'sv').register;
    expect((sv['controller'] as Draft)['name']).toBe('Förskolan Granen');
    const en = imported('# Privacy notice\n\nSpruce Nursery, through its board, is the controller of your data. Write to info@spruce.example.\n\n## Purpose\n\nWe use the data for invoicing.\n', 'en').register;
    expect((en['controller'] as Draft)['name']).toBe('Spruce Nursery');
  });

  it('data reported to the municipality ("anmäla till kommunen") go to a recipient; signing up to a course ("anmäler dig till") does not', () => {
    const one = (item: string) => imported(`# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nGranverkstan AB\n\n## Ändamål\n\nUppgifterna används för att:\n\n- Sköta avgifter.\n- ${item}\n`, 'sv').register['recipients'];
    expect(one('Anmäla personuppgifter till kommunen för att få bidrag.')).toEqual([{ category: { sv: 'Anmäla personuppgifter till kommunen för att få bidrag.' } }]);
    expect(one('När du anmäler dig till kursen sparas din e-post.')).toBeUndefined();
  });
});

describe('seloste import: purposes and recipients said in a part on other things', () => {
  const TRACKING: [Lang, string, string[]][] = [
    ['fi', '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nKuusipaja Oy\n\n## Käyttötarkoitus\n\nTietoja käytetään asiakaspalveluun.\n\n## Digitaaliset palvelut\n\nSivusto käyttää seuraavia analytiikkapalveluita. Seurantaevästeet otetaan käyttöön vain käyttäjän suostumuksella.\n\n- Google Analytics (Google Ireland Limited). Käyttötarkoitus: kävijämäärien seuranta.\n- Microsoft Clarity (Microsoft Ireland Operations Limited). Käyttötarkoitus: käyttökokemuksen kehittäminen.\n', ['kävijämäärien seuranta', 'käyttökokemuksen kehittäminen']],
    ['sv', '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nGranverkstan Ab\n\n## Ändamål\n\nUppgifterna används för kundtjänst.\n\n## Digitala tjänster\n\nWebbplatsen använder följande analystjänster. Spårningskakor används endast med ditt samtycke.\n\n- Google Analytics (Google Ireland Limited). Ändamål: besöksstatistik.\n- Microsoft Clarity (Microsoft Ireland Operations Limited). Ändamål: att förbättra webbplatsen.\n', ['besöksstatistik', 'att förbättra webbplatsen']],
    ['en', '# Privacy notice\n\n## Controller\n\nSprucework Oy\n\n## Purpose\n\nWe use the data for customer service.\n\n## Digital services\n\nThe site uses the following analytics services. Tracking cookies are set only with your consent.\n\n- Google Analytics (Google Ireland Limited). Purpose: visitor statistics.\n- Microsoft Clarity (Microsoft Ireland Operations Limited). Purpose: improving the site.\n', ['visitor statistics', 'improving the site']],
  ];
  it.each(TRACKING)('each service\'s labelled purpose, with the one basis its part states, and the services the list leads into (%s)', (lang, text, purposes) => {
    const { register } = imported(text, lang);
    const labelled = (register['purposes'] as Draft[]).filter((p) => purposes.includes((p['description'] as Record<string, string>)[lang]!));
    expect(labelled.map((p) => p['legal_basis'])).toEqual(['consent', 'consent']);
    expect((register['recipients'] as Draft[]).map((r) => r['name'])).toEqual(['Google', 'Microsoft']);
  });

  const CASES: [Lang, string, string][] = [
    ['fi', '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nKuusipaja Oy\n\n## Käyttötarkoitus\n\nAsiakaspalvelu.\n\n## Käsittelyn oikeusperuste\n\nKäsittely perustuu sopimukseen. Osamaksun yhteydessä käsittely perustuu oikeutettuun etuun.\n', 'Osamaksun yhteydessä käsittely perustuu oikeutettuun etuun.'],
    ['sv', '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nGranverkstan Ab\n\n## Ändamål\n\nKundtjänst.\n\n## Rättslig grund\n\nBehandlingen grundar sig på avtal. I samband med delbetalning grundar sig behandlingen på berättigat intresse.\n', 'I samband med delbetalning grundar sig behandlingen på berättigat intresse.'],
    ['en', '# Privacy notice\n\n## Controller\n\nSprucework Oy\n\n## Purpose\n\nCustomer service.\n\n## Legal basis\n\nProcessing rests on the contract. In connection with instalments, processing rests on our legitimate interests.\n', 'In connection with instalments, processing rests on our legitimate interests.'],
  ];
  it.each(CASES)('a basis sentence that opens on the case it covers is a purpose with that basis (%s)', (lang, text, sentence) => {
    const purposes = imported(text, lang).register['purposes'] as Draft[];
    expect(purposes.find((p) => (p['description'] as Record<string, string>)[lang] === sentence)?.['legal_basis']).toBe('legitimate_interests');
  });

  const OTHER_CONTROLLER: [Lang, string, string][] = [
    ['fi', 'Rahoitus Oy toimii rekisterinpitäjänä maksuhakemusten käsittelyssä.', 'Rahoitus Oy'],
    ['sv', 'Finans Ab är självständigt personuppgiftsansvarig för kreditprövningen.', 'Finans Ab'],
    ['en', 'Finance Ltd acts as an independent controller for credit decisions.', 'Finance Ltd'],
  ];
  it.each(OTHER_CONTROLLER)('another company said to be a controller itself is a recipient with that role, the controller never (%s)', (lang, sentence, name) => {
    const head = { fi: '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nKuusipaja Oy\n\n## Osamaksu\n\n', sv: '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nGranverkstan Ab\n\n## Delbetalning\n\n', en: '# Privacy notice\n\n## Controller\n\nSprucework Oy\n\n## Instalments\n\n' }[lang];
    const { register } = imported(`${head}${sentence}\n`, lang);
    expect(register['recipients']).toEqual([{ name, category: { [lang]: sentence }, role: 'controller' }]);
    expect((register['controller'] as Draft)['name']).not.toBe(name);
  });

  it('a part said in a paragraph ("Rekisteröidyllä on oikeus: …") ends at the next heading as deep as the one it stands under', () => {
    const text = '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nKuusipaja Oy\n\n## Lisätietoja\n\nRekisteröidyllä on oikeus: saada pääsy tietoihinsa.\n\n## Maksut\n\nRahoitus Oy toimii rekisterinpitäjänä maksuhakemusten käsittelyssä.\n';
    expect((imported(text, 'fi').register['recipients'] as Draft[]).map((r) => r['name'])).toEqual(['Rahoitus Oy']);
  });
});

describe('seloste import: headings on the services used and on where the data are kept', () => {
  it.each([
    ['Kolmannen osapuolen palvelut', ['recipients']],
    ['Kolmansien osapuolten palvelut', ['recipients']],
    ['Vilka andra tjänster sidan använder', ['recipients']],
    ['Third-party services', ['recipients']],
    ['Missä tietoja säilytetään', ['transfers']],
    ['Var uppgifterna sparas', ['transfers']],
    ['Where the data are stored', ['transfers']],
    ['Var uppgifterna finns', ['transfers']],
    ['Missä tiedot ovat', ['transfers']],
    ['Where the data are', ['transfers']],
    ['Hur länge sparas uppgifterna', ['retention']],
    ['Where do we get your data', ['sources']],
    ['Var behandlas uppgifterna?', ['transfers']],
    ['Missä tietoja käsitellään', ['transfers']],
    ['Where is your data processed?', ['transfers']],
    ['Where we store your data', ['transfers']],
  ])('"%s" is %j', (heading, kinds) => {
    expect(classifyHeading(heading)).toEqual(kinds);
  });

  const SERVICES: [Lang, string, string[]][] = [
    ['fi', '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nKuusipaja Oy\n\n## Missä tietoja säilytetään\n\nPalvelin on Esimerkkipilven konesalissa. Ylläpitäjien kirjautuminen tarkistetaan Googlen Firebase-palvelussa.\n', ['Google']],
    ['sv', '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nGranverkstan Ab\n\n## Var uppgifterna sparas\n\nServern finns i Exempelmolns datorhall. Administratörernas inloggning kontrolleras i Googles Firebase-tjänst.\n', ['Google']],
    ['en', '# Privacy notice\n\n## Controller\n\nSprucework Oy\n\n## Where the data are stored\n\nThe server is in Examplecloud\'s data centre. Administrators sign in through Google\'s Firebase service.\n', ['Google']],
  ];
  it.each(SERVICES)('a provider named in the genitive is named as itself (%s)', (lang, text, names) => {
    const recipients = (imported(text, lang).register['recipients'] as Draft[] | undefined) ?? [];
    expect(recipients.map((r) => r['name']).filter(Boolean)).toEqual(names);
  });
});

describe('seloste import: a provider the notice says it uses among its cookies', () => {
  const USED: [Lang, string][] = [
    ['fi', '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nKuusipaja Oy\n\n## Evästeet\n\nKäytämme Google Analyticsia kävijämäärien seurantaan.\n'],
    ['sv', '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nGranverkstan Ab\n\n## Kakor\n\nVi använder Google Analytics för att följa besöken på webbplatsen.\n'],
    ['en', '# Privacy notice\n\n## Controller\n\nSprucework Oy\n\n## Cookies\n\nWe use Google Analytics to monitor site activity.\n'],
  ];
  it.each(USED)('is a recipient (%s)', (lang, text) => {
    expect((imported(text, lang).register['recipients'] as Draft[]).map((r) => r['name'])).toEqual(['Google']);
  });

  it('a cookie named without a provider used is none', () => {
    expect(imported('# Privacy notice\n\n## Controller\n\nSprucework Oy\n\n## Cookies\n\nThe cookie _ga keeps your choice for a year.\n', 'en').register['recipients']).toBeUndefined();
  });
});

describe('seloste import: the controller under another form of its name, and the parties a sentence goes on to list', () => {
  it('the controller named without the form it is given ("Kuusen Soutajat ry" for "Kuusen Soutajat - Granens Roddare r.y.") is no recipient', () => {
    const text = '# Tietosuojaseloste\n\nPalvelu on Kuusen Soutajat ry:n ylläpitämä verkkopalvelu.\n\n## Rekisterinpitäjä\n\n- Kuusen Soutajat - Granens Roddare r.y.\n- Sähköposti: info@kuusi.example\n\n## Säilytys\n\nVuosi.\n';
    expect(importNotice(text, { lang: 'fi' }).register['recipients']).toBeUndefined();
  });

  const LISTED: [Lang, string, string][] = [
    ['fi', 'Tietoja voivat käsitellä rekisterinpitäjän lukuun palveluntarjoajat. Näihin kuuluvat esimerkiksi Esimerkkipilvi (palvelin).', 'Esimerkkipilvi'],
    ['sv', 'Våra leverantörer behandlar uppgifterna för vår räkning. Till dessa hör Exempelmoln (servern).', 'Exempelmoln'],
    ['en', 'Service providers process the data on our behalf. Among them are Examplecloud (hosting).', 'Examplecloud'],
  ];
  it.each(LISTED)('a sentence that goes on to name the parties belongs to the recipient before it (%s)', (lang, sentences, name) => {
    const head = { fi: '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nKuusipaja Oy\n\n## Tietolähteet ja luovutukset\n\n', sv: '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nGranverkstan Ab\n\n## Källor och mottagare\n\n', en: '# Privacy notice\n\n## Controller\n\nSprucework Oy\n\n## Sources and sharing\n\n' }[lang];
    const recipients = imported(`${head}${sentences}\n`, lang).register['recipients'] as Draft[];
    expect(JSON.stringify(recipients)).toContain(name);
  });
});

describe('a table of data with a column of retention', () => {
  const TABLES: [Lang, string][] = [
    ['fi', '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki ry\n\n## Rekisterin tietosisältö\n\n| Tietoryhmä | Tiedot | Säilytysaika |\n| --- | --- | --- |\n| Perustiedot | Nimi, osoite | 2 vuotta |\n| Kameratallenteet | Kuva | 30 päivää |\n'],
    ['sv', '# Dataskyddsbeskrivning\n\n## Personuppgiftsansvarig\n\nExempel rf\n\n## Registrets datainnehåll\n\n| Uppgiftsgrupp | Uppgifter | Lagringstid |\n| --- | --- | --- |\n| Grunduppgifter | Namn, adress | 2 år |\n| Kamerainspelningar | Bild | 30 dagar |\n'],
    ['en', '# Privacy notice\n\n## Controller\n\nExample ry\n\n## Data we collect\n\n| Data group | Data | Retention period |\n| --- | --- | --- |\n| Basic data | Name, address | 2 years |\n| Camera recordings | Image | 30 days |\n'],
  ];
  it.each(TABLES)('gives each row as data, and its period as a rule for those data (%s)', (lang, text) => {
    const { register } = imported(text, lang);
    const categories = (register['data_categories'] as Draft[]).map((c) => (c['description'] as Record<string, string>)[lang]);
    expect(categories).toHaveLength(2);
    expect(categories.every((c) => !/\d/u.test(c!))).toBe(true);
    expect((register['retention'] as Draft[]).map((r) => r['period'])).toEqual(['P2Y', 'P30D']);
  });
});

describe('retention said as the end of a period, under a heading about something else', () => {
  it.each([
    ['fi', '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki ry\n\n## Muut tiedot\n\nJäsenyyden loputtua henkilötiedot poistetaan kuluvan kalenterivuoden loppuun mennessä.\n'],
    ['sv', '# Dataskyddsbeskrivning\n\n## Personuppgiftsansvarig\n\nExempel rf\n\n## Övrigt\n\nEfter medlemskapet sparas uppgifterna fram till årets slut.\n'],
    ['sv', '# Dataskyddsbeskrivning\n\n## Personuppgiftsansvarig\n\nExempel Ab\n\n## Kunder\n\nPersonuppgifterna förvaras så länge kundförhållandet varar.\n'],
    ['en', '# Privacy notice\n\n## Controller\n\nExample ry\n\n## Other information\n\nAfter the membership ends, the data are deleted by the end of the calendar year.\n'],
    ['fi', '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy\n\n## Muut tiedot\n\nTietoja säilötään asiakkuuden päättymisen jälkeen niin pitkään kuin lait velvoittavat.\n'],
  ] as [Lang, string][])('is a retention rule (%s)', (lang, text) => {
    expect((imported(text, lang).register['retention'] as Draft[]).length).toBe(1);
  });
});

describe('the words around a list of recipients', () => {
  const NOTICES: [Lang, string][] = [
    ['sv', '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nGran AB\n\n## Tredjepartsleverantörer\n\nFör att driva appen använder vi betrodda tredjepartsleverantörer:\n\n- Cloudflare – bildlagring och leverans\n- Railway – backend-hosting\n\nDessa leverantörer behandlar endast data för vår räkning och enligt avtal.\n'],
    ['fi', '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nKuusi Oy\n\n## Vastaanottajat\n\nKäytämme palvelun tuottamiseen seuraavia palveluntarjoajia:\n\n- Cloudflare – kuvien tallennus\n- Railway – palvelinten ylläpito\n\nPalveluntarjoajat käsittelevät henkilötietoja sopimusten ja ohjeidemme mukaisesti.\n'],
    ['en', '# Privacy notice\n\n## Controller\n\nSpruce Ltd\n\n## Recipients\n\nTo run the app we use trusted third-party providers:\n\n- Cloudflare – image storage and delivery\n- Railway – backend hosting\n\nThese providers process data only on our behalf and under contract.\n'],
  ];
  const BOUND: [Lang, string][] = [
    ['sv', '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nGran AB\n\n## Tredjepartsleverantörer\n\nVi kan dela dina uppgifter med leverantörer som hjälper oss att driva appen:\n\n- Cloudflare – bildlagring och leverans\n- Railway – backend-hosting\n\nDessa leverantörer är bundna av personuppgiftsbiträdesavtal i enlighet med GDPR.\n'],
    ['fi', '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nKuusi Oy\n\n## Vastaanottajat\n\nVoimme jakaa tietojasi palveluntarjoajille, jotka auttavat sovelluksen ylläpidossa:\n\n- Cloudflare – kuvien tallennus\n- Railway – palvelinten ylläpito\n\nKaikki palveluntarjoajat ovat sitoutuneet tietojenkäsittelyehtoihin.\n'],
    ['en', '# Privacy notice\n\n## Controller\n\nSpruce Ltd\n\n## Recipients\n\nWe may share your data with providers who help us run the app:\n\n- Cloudflare – image storage and delivery\n- Railway – backend hosting\n\nAll providers are bound by a data processing agreement (DPA).\n'],
  ];
  it.each([...NOTICES, ...BOUND])('are no recipients of their own: the lead-in leads, the remark on those named is kept beside them (%s)', (lang, text) => {
    const { register, yaml } = imported(text, lang);
    const recipients = (register['recipients'] as Draft[]).map((r) => (r['category'] as Record<string, string>)[lang]);
    expect(recipients).toEqual([expect.stringMatching(/^Cloudflare/u), expect.stringMatching(/^Railway/u)]);
    expect(yaml).toContain(sentences(text.split('\n').at(-2)!)[0]);
  });
});

describe('a basis listed with its purpose said on the lines after it, in the same item', () => {
  const NOTICES: [Lang, string][] = [
    ['fi', '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki ry\n\n## 4. Oikeusperuste ja henkilötietojen käsittelyn tarkoitus\n\nEU:n yleisen tietosuoja-asetuksen mukainen oikeusperuste henkilötietojen käsittelylle on\n\n- henkilön suostumus (dokumentoitu, vapaaehtoinen)\n  Henkilötietojen käsittelyn tarkoitus on yhteydenpito halukkaisiin henkilöihin.\n  Tietoja ei käytetä automatisoituun päätöksentekoon.\n'],
    ['sv', '# Dataskyddsbeskrivning\n\n## Personuppgiftsansvarig\n\nExempel rf\n\n## 4. Rättslig grund och ändamål\n\nDen rättsliga grunden för behandlingen enligt dataskyddsförordningen är\n\n- personens samtycke (dokumenterat, frivilligt)\n  Ändamålet med behandlingen är att hålla kontakt med intresserade personer.\n'],
    ['en', '# Privacy notice\n\n## Controller\n\nExample ry\n\n## 4. Legal basis and purpose\n\nThe legal basis for processing under the GDPR is\n\n- the person\'s consent (documented, voluntary)\n  The purpose of the processing is to keep in touch with interested people.\n'],
  ];
  it.each(NOTICES)('is a purpose on that basis (%s)', (lang, text) => {
    const purposes = imported(text, lang).register['purposes'] as Draft[];
    expect(purposes).toHaveLength(1);
    expect(purposes[0]!['legal_basis']).toBe('consent');
  });
});

describe('data destroyed after a period, said under the heading on the data', () => {
  it.each([
    ['fi', '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki ry\n\n## Rekisterin tietosisältö\n\nRekisteriin tallennetaan sähköpostiosoite.\nTietuerivit tuhotaan automaattisesti viimeistään vuoden kuluttua tallennuksesta.\n'],
    ['sv', '# Dataskyddsbeskrivning\n\n## Personuppgiftsansvarig\n\nExempel rf\n\n## Registrets innehåll\n\nRegistret innehåller e-postadressen.\nUppgifterna förstörs automatiskt senast ett år efter att de sparats.\n'],
  ] as [Lang, string][])('is a retention rule (%s)', (lang, text) => {
    expect((imported(text, lang).register['retention'] as Draft[]).map((r) => r['period'])).toEqual(['P1Y']);
  });
});

describe('bases listed each with what it covers after a comma', () => {
  const NOTICES: [Lang, string][] = [
    ['fi', '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nKuusi Oy\n\n## Tarkoitukset\n\n- tarjousten laatiminen\n- kirjanpito ja laskutus\n- uutiskirjeen lähettäminen\n\n## Oikeusperusteet\n\nKäsittely perustuu tilanteesta riippuen:\n\n- sopimukseen, kun laadimme tarjouksia;\n- lakisääteiseen velvoitteeseen, kuten kirjanpitoon;\n- suostumukseen, kun lähetämme uutiskirjeen.\n'],
    ['sv', '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nGran Ab\n\n## Ändamål\n\n- att ta fram offerter\n- bokföring och fakturering\n- utskick av nyhetsbrev\n\n## Rättslig grund\n\nBehandlingen grundar sig beroende på situationen på:\n\n- avtal, när vi tar fram offerter;\n- rättslig förpliktelse, såsom bokföring;\n- samtycke, när vi skickar nyhetsbrev.\n'],
    ['en', '# Privacy notice\n\n## Controller\n\nSpruce Ltd\n\n## Purposes\n\n- preparing quotations\n- bookkeeping and invoicing\n- sending the newsletter\n\n## Legal bases\n\nDepending on the case, the processing is based on:\n\n- a contract, when we prepare quotations;\n- a legal obligation, such as bookkeeping;\n- consent, when we send the newsletter.\n'],
  ];
  it.each(NOTICES)('gives each basis to the purpose its words name (%s)', (lang, text) => {
    const purposes = imported(text, lang).register['purposes'] as Draft[];
    expect(purposes.map((p) => p['legal_basis'])).toEqual(['contract', 'legal_obligation', 'consent']);
  });
});

/** The purposes of a draft, each its description in one language. */
const purposeTexts = (register: Draft, lang: Lang): string[] => (register['purposes'] as Draft[]).map((p) => (p['description'] as Record<string, string>)[lang]!);

describe('a subheading over the one purpose its text says', () => {
  const NOTICES: [Lang, string, string[]][] = [
    ['fi', '# Tietosuojaseloste\n\n## Miksi keräämme tietojasi?\n\n### Tarjouspyyntöihin vastaaminen\n\nVastaamme lomakkeella lähettämiisi tarjouspyyntöihin.\n\n### Ajotuntien varaaminen\n\nVaraamme ja hallinnoimme ajotuntejasi.\n', ['Tarjouspyyntöihin vastaaminen: Vastaamme lomakkeella lähettämiisi tarjouspyyntöihin.', 'Ajotuntien varaaminen: Varaamme ja hallinnoimme ajotuntejasi.']],
    ['sv', '# Integritetspolicy\n\n## Varför samlar vi in dina uppgifter?\n\n### Svara på förfrågningar\n\nVi svarar på förfrågningar du skickar via kontaktformulär.\n\n### Boka och administrera\n\nVi bokar och administrerar körlektioner åt dig.\n', ['Svara på förfrågningar: Vi svarar på förfrågningar du skickar via kontaktformulär.', 'Boka och administrera: Vi bokar och administrerar körlektioner åt dig.']],
    ['en', '# Privacy policy\n\n## Why do we collect your data?\n\n### Answering enquiries\n\nWe answer the enquiries you send through the contact form.\n\n### Booking lessons\n\nWe book and manage your driving lessons.\n', ['Answering enquiries: We answer the enquiries you send through the contact form.', 'Booking lessons: We book and manage your driving lessons.']],
  ];
  it.each(NOTICES)('leads the purpose, which its text alone would not name (%s)', (lang, text, purposes) => {
    const { register } = imported(text, lang);
    expect(purposeTexts(register, lang)).toEqual(purposes);
  });
});

describe('purposes listed after a lead-in that names them, in a part on something else', () => {
  const NOTICES: [Lang, string, string[]][] = [
    ['fi', '# Tietosuojaseloste\n\n## Miten sovellus käyttää verkkoyhteyttä?\n\nSovellus käyttää verkkoyhteyttä vain seuraaviin tarkoituksiin:\n\n- Lähettääkseen hakusanan kuvapankin hakuun.\n- Seuratakseen kaatumisia.\n', ['Lähettääkseen hakusanan kuvapankin hakuun.', 'Seuratakseen kaatumisia.']],
    ['sv', '# Integritetspolicy\n\n## Hur appen använder nätet\n\nAppen använder nätet för följande ändamål:\n\n- Skicka sökordet till bildbanken.\n- Rapportera krascher.\n', ['Skicka sökordet till bildbanken.', 'Rapportera krascher.']],
    ['en', '# Privacy policy\n\n## How the app uses the network\n\nThe app connects to the network for the following specific purposes:\n\n- Sending the search word to the image bank.\n- Reporting crashes.\n', ['Sending the search word to the image bank.', 'Reporting crashes.']],
  ];
  it.each(NOTICES)('are purposes (%s)', (lang, text, purposes) => {
    const { register } = imported(text, lang);
    expect(purposeTexts(register, lang)).toEqual(purposes);
  });

  it('a tool used for an end says a purpose: "käyttää Firebase Analyticsia sovelluksen kehittämiseksi"', () => {
    const { register } = imported('# Tietosuojaseloste\n\n## Sovelluksen toiminta\n\nSovellus käyttää Firebase Analyticsia sovelluksen kehittämiseksi.\n', 'fi');
    expect(purposeTexts(register, 'fi')).toEqual(['Sovellus käyttää Firebase Analyticsia sovelluksen kehittämiseksi.']);
  });
});

describe('a denial of data going out of "the said areas" under a heading on disclosures and transfers', () => {
  const NOTICES: [Lang, string][] = [
    ['fi', '# Tietosuojaseloste\n\n## Tietojen luovutukset ja siirto EU:n tai ETA:n ulkopuolelle\n\nTietoja ei luovuteta ko. alueiden ulkopuolelle.\n'],
    ['sv', '# Dataskyddsbeskrivning\n\n## Utlämnande av uppgifter och överföring utanför EU eller EES\n\nUppgifterna lämnas inte ut utanför dessa områden.\n'],
    ['en', '# Privacy notice\n\n## Disclosures and transfers outside the EU or EEA\n\nThe data are not disclosed outside these areas.\n'],
  ];
  it.each(NOTICES)('denies transfers as well as disclosures (%s)', (lang, text) => {
    const { register } = imported(text, lang);
    expect(register['recipients']).toBe('none');
    expect(register['transfers']).toBe('none');
  });

  it('a denial of disclosing to outsiders ("ulkopuolisille") says nothing of transfers', () => {
    const { register } = imported('# Tietosuojaseloste\n\n## Tietojen luovutukset ja siirto EU:n tai ETA:n ulkopuolelle\n\nTietoja ei luovuteta ulkopuolisille.\n', 'fi');
    expect(register['recipients']).toBe('none');
    expect(register['transfers']).toBeUndefined();
  });
});

describe('the people themselves as the source', () => {
  it.each([
    ['fi', '# Tietosuojaseloste\n\n## Tietolähteet\n\nTiedot kerätään käyttäjiltä itseltään sivustolla. Tietoja saadaan myös viranomaisilta.\n'],
    ['sv', '# Integritetspolicy\n\n## Uppgiftskällor\n\nUppgifterna samlas in från användarna när de besöker webbplatsen. Vi får också uppgifter från myndigheter.\n'],
    ['en', '# Privacy notice\n\n## Sources of information\n\nPersonal data is collected from the users themselves during their visits. Data are also obtained from authorities.\n'],
  ] as const)('is the data subject (%s)', (lang, text) => {
    const register = importNotice(text, { lang }).register as Draft;
    expect(register['sources'].map((s: Draft) => s['type'])).toEqual(['data_subject', 'authority']);
  });
});

describe('a section on where the data are processed', () => {
  it.each([
    ['fi', '# Tietosuojaseloste\n\n## Missä tietoja käsitellään?\n\nKaikki käsittely tapahtuu EU:ssa toimivilla palveluntarjoajilla:\n\n- Hetzner (Suomi): palvelimet ja tietokanta.\n- Brevo (Ranska/Belgia): kirjautumislinkkien lähettäminen.\n\nTallenteet eivät koskaan poistu EU:sta.\n'],
    ['sv', '# Integritetspolicy\n\n## Var behandlas uppgifterna?\n\nAll behandling sker i EU, hos följande leverantörer:\n\n- Hetzner (Finland): servrar och databas.\n- Brevo (Frankrike/Belgien): utskick av inloggningslänkar.\n\nInspelningarna lämnar aldrig EU/EES.\n'],
    ['en', '# Privacy notice\n\n## Where is your data processed?\n\nAll processing takes place in the EU, with these providers:\n\n- Hetzner (Finland): servers and database.\n- Brevo (France/Belgium): sending sign-in links.\n\nRecordings never leave the EU/EEA.\n'],
  ] as const)('names each provider with its place as a recipient, and says no data leave the EU/EEA (%s)', (lang, text) => {
    const register = importNotice(text, { lang }).register as Draft;
    expect(register['recipients'].map((r: Draft) => r['name'])).toEqual(['Hetzner', 'Brevo']);
    expect(register['transfers']).toBe('none');
  });

  it.each([
    ['fi', '# Tietosuojaseloste\n\n## Missä tietoja käsitellään\n\nKaikki data tallennetaan EU-alueella. Käytämme seuraavia alihankkijoita:\n\n- Supabase — tietokanta (EU)\n- Resend — sähköpostipalvelu (EU)\n'],
    ['sv', '# Integritetspolicy\n\n## Var lagras uppgifterna\n\nAll data lagras inom EU. Vi använder följande underleverantörer:\n\n- Supabase — databas (EU)\n- Resend — e-posttjänst (EU)\n'],
    ['en', '# Privacy notice\n\n## Where we store your data\n\nAll data are stored in the EU. We use these subprocessors:\n\n- Supabase — database (EU)\n- Resend — e-mail service (EU)\n'],
  ] as const)('names each subcontractor of the lead-in as a recipient, its place at the end, and keeps the lead-in for the transfers (%s)', (lang, text) => {
    const register = importNotice(text, { lang }).register as Draft;
    expect(register['recipients'].map((r: Draft) => r['name'])).toEqual(['Supabase', 'Resend']);
    expect(register['transfers']).toBe('none');
  });

  it.each([
    ['fi', '# Tietosuojaseloste\n\n## Missä tietoja säilytetään\n\n- Käytämme Freshdeskiä sähköpostiviestinnän alustana.\n- Ilmoittautumistietoja ei siirretä EU:n ulkopuolelle.\n'],
    ['sv', '# Integritetspolicy\n\n## Var lagras uppgifterna\n\n- Vi använder Freshdesk som plattform för e-postkommunikation.\n- Anmälningarna överförs inte utanför EU/EES.\n'],
    ['en', '# Privacy notice\n\n## Where we store the data\n\n- We use Freshdesk as a platform (data processor) for email communication.\n- Sign-up data are not transferred outside the EU/EEA.\n'],
  ] as const)('names a service a list item says is used as a recipient, and leaves the item on transfers to the transfers (%s)', (lang, text) => {
    const { register } = importNotice(text, { lang }) as { register: Draft; yaml: string };
    expect(register['recipients'].map((r: Draft) => r['name'])).toEqual(['Freshdesk']);
    expect(register['transfers']).toBe('none');
  });

  it.each([
    ['fi', '# Tietosuojaseloste\n\n## Tietojen siirto EU:n ulkopuolelle\n\nSiirrämme tietoja Yhdysvaltoihin vakiosopimuslausekkeiden nojalla, kun käytämme seuraavia palveluita:\n\n- Käytämme Mailchimpiä uutiskirjeisiin.\n- Käytämme Zoomia etäkokouksiin.\n'],
    ['sv', '# Integritetspolicy\n\n## Överföring utanför EU/EES\n\nVi överför uppgifter till USA med standardavtalsklausuler när vi använder följande tjänster:\n\n- Vi använder Mailchimp för nyhetsbrev.\n- Vi använder Zoom för möten.\n'],
    ['en', '# Privacy notice\n\n## Transfers outside the EU/EEA\n\nWe transfer data to the United States under standard contractual clauses when we use these services:\n\n- We use Mailchimp to send newsletters.\n- We use Zoom for online meetings.\n'],
  ] as const)('keeps the services a transfer\'s lead-in names with the transfer, and the list as written (%s)', (lang, text) => {
    const { register, yaml } = importNotice(text, { lang }) as { register: Draft; yaml: string };
    expect(register['recipients']).toBeUndefined();
    expect(yaml).toMatch(/#\s+- (?:Käytämme Mailchimpiä|Vi använder Mailchimp|We use Mailchimp)/u);
  });

  it('keeps an item that says where in the EEA the data are stored with the transfers', () => {
    const { yaml } = importNotice('# Privacy notice\n\n## Where we store the data\n\n- We use Amazon Web Services for hosting, in its data centre in Ireland.\n- We use Freshdesk for email communication.\n', { lang: 'en' }) as { register: Draft; yaml: string };
    expect(yaml).toMatch(/#\s+- We use Amazon Web Services for hosting/u);
  });
});

describe('several services named in the brackets after their kind', () => {
  const HEAD_SV = '# Dataskyddsbeskrivning för medlemsregistret\n\n';
  const recipients = (text: string, lang: Lang): Draft[] => imported(text, lang).register['recipients'] ?? [];
  it.each([
    ['fi', `${HEAD}## Tietojen käsittelijät\n\nLomakkeiden tekninen välitys tapahtuu lomakepalveluiden (Formexa, Postlink) kautta sähköpostiimme.\n`],
    ['sv', `${HEAD_SV}## Personuppgiftsbiträden\n\nFormulären förmedlas till vår e-post via formulärtjänster (Formexa och Postlink).\n`],
    ['en', `${HEAD_EN}## Processors\n\nThe forms are relayed to our e-mail by form services (Formexa, Postlink).\n`],
  ] as const)('are each a recipient (%s)', (lang, text) => {
    expect(recipients(text, lang).map((r) => r['name'])).toEqual(['Formexa', 'Postlink']);
  });

  it.each([
    ['fi', `${HEAD}## Tietojen luovutukset

Jäsenmaksut maksetaan ulkoisten maksupalveluntarjoajien kautta, joita ovat maksupalveluntarjoajat: Payexa ja Kassio.
`],
    ['sv', `${HEAD_SV}## Mottagare

Medlemsavgifterna betalas via externa betaltjänstleverantörer: Payexa och Kassio.
`],
    ['en', `${HEAD_EN}## Recipients

Subscription fees are paid via external payment providers: Payexa and Kassio.
`],
  ] as const)('and after the kind and a colon (%s)', (lang, text) => {
    expect(recipients(text, lang).map((r) => r['name'])).toEqual(['Payexa', 'Kassio']);
  });
});

describe('a known provider named in the genitive among the cookies', () => {
  it('is named as the provider ("Googlen mainonnan tunniste" → Google, "Microsoftin" → Microsoft)', () => {
    const text = `${HEAD}## Evästeet ja mainonnan mittaus\n\nSivustolla on Googlen mainonnan tunniste ja Microsoftin analytiikka, joita käytetään mainonnan toimivuuden mittaamiseen.\n`;
    const names = ((imported(text, 'fi').register['recipients'] ?? []) as Draft[]).map((r) => r['name']);
    expect(names).toEqual(expect.arrayContaining(['Google', 'Microsoft']));
    expect(names.filter((n) => /Googlen|Microsofti/u.test(n))).toEqual([]);
  });
});

describe('a bare denial of any disclosure under a heading on disclosures and transfers', () => {
  const NOTICES: [Lang, string][] = [
    ['fi', '# Tietosuojaseloste\n\n## Säännönmukaiset tietojen luovutukset ja tietojen siirto EU:n tai Euroopan talousalueen ulkopuolelle\n\nTietoja ei luovuteta.\n'],
    ['sv', '# Dataskyddsbeskrivning\n\n## Utlämnande av uppgifter och överföring utanför EU eller EES\n\nUppgifterna lämnas inte ut.\n'],
    ['en', '# Privacy notice\n\n## Disclosures and transfers outside the EU or EEA\n\nThe data are not disclosed.\n'],
  ];
  it.each(NOTICES)('denies disclosures, and leaves transfers unsaid: a processor’s transfer is no disclosure (%s)', (lang, text) => {
    const { register } = imported(text, lang);
    expect(register['recipients']).toBe('none');
    expect(register['transfers']).toBeUndefined();
  });
});
