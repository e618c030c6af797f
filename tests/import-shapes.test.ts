/**
 * Shapes published notices take that the importer must read: a definition list of the old register
 * description, dates in labels and titles, one section on both disclosures and transfers, the area
 * a transfer leaves named with a country.
 */
import { describe, expect, it } from 'vitest';
import { countriesIn } from '../src/import/recognise/countries.js';
import { classifyHeading } from '../src/import/headings.js';
import { importNotice } from '../src/import/import.js';
import type { Lang } from '../src/import/draft/state.js';

type Draft = Record<string, any>;

function draft(text: string, lang?: 'fi' | 'sv' | 'en'): Draft {
  return importNotice(text, lang ? { lang } : {}).register as Draft;
}

describe('import reads the shapes of published notices', () => {
  it('a definition list: each term heads its definition', () => {
    const register = draft(`<h3>Description of the Member Register Data File</h3>
<dl>
  <dt>Data file controller:</dt>
  <dd><br />Northwind Rowing Club<br />P.O. Box 12<br />00990 Helsinki<br />Phone: (09) 555 0101</dd>
  <dt>Name of data file:</dt>
  <dd>Member register of the rowing club.</dd>
  <dt>Data types included in the file:</dt>
  <dd><ul><li>Name</li><li>Email</li></ul></dd>
  <dt>Archiving period for personal information:</dt>
  <dd>The data are deleted 12 months after membership ends.</dd>
</dl>`);
    expect(register['controller']).toMatchObject({ name: 'Northwind Rowing Club', phone: '09 555 0101' });
    expect(register['name']).toEqual({ en: 'Member register of the rowing club' });
    expect(register['data_categories'].map((c: Draft) => c['description'].en)).toEqual(['Name', 'Email']);
    expect(register['retention'][0].period).toBe('P12M');
  });

  it('the English names of the old register description classify', () => {
    expect(classifyHeading('Name of data file')[0]).toBe('name');
    expect(classifyHeading('Reason for maintaining the data file')[0]).toBe('purposes');
    expect(classifyHeading('Data types included in the file')[0]).toBe('data_categories');
    expect(classifyHeading('Archiving period for personal information')[0]).toBe('retention');
    expect(classifyHeading('Registrar')[0]).toBe('controller');
    expect(classifyHeading('Vilka vi är')[0]).toBe('controller');
    expect(classifyHeading('Varför vi behandlar dina uppgifter (rättsliga grunder)')).toEqual(['purposes', 'legal_basis']);
    // Who may process the data is about recipients; how the person can influence the processing is about the rights.
    expect(classifyHeading('Vem har rätt att behandla dina uppgifter och lämnas personuppgifterna ut till en tredje part?')).toEqual(['recipients']);
    expect(classifyHeading('Kenellä on oikeus käsitellä tietojasi?')).toEqual(['recipients']);
    expect(classifyHeading('Who has the right to process your data?')).toEqual(['recipients']);
    expect(classifyHeading('Hur kan du inverka på hur dina personuppgifter behandlas?')).toEqual(['rights']);
    expect(classifyHeading('Miten voit vaikuttaa tietojesi käsittelyyn?')).toEqual(['rights']);
    expect(classifyHeading('How can you influence the processing of your personal data?')).toEqual(['rights']);
    expect(classifyHeading('What kind of data do we collect?')).toEqual(['data_categories']);
    expect(classifyHeading('Hurdana uppgifter samlar vi in?')).toEqual(['data_categories']);
    expect(classifyHeading('Millaisia tietoja keräämme?')).toEqual(['data_categories']);
  });

  it('dates under the labels Finnish notices use, and in a title', () => {
    const labelled = draft('# Jäsenrekisterin tietosuojaseloste\n\nLaatimispäivämäärä: 21.5.2018  \nViimeisin muutos: 19.8.2018\n\n## Rekisterinpitäjä\n\nSoutuseura ry\n');
    expect(labelled['updated']).toBe('2018-08-19');
    expect(labelled['created']).toBe('2018-05-21');
    const titled = draft('## Soutuseura ry:n jäsenrekisterin rekisteriseloste 9.4.2019\n\n### Rekisterinpitäjä\n\nSoutuseura ry\n');
    expect(titled['updated']).toBe('2019-04-09');
    expect(titled['name']).toEqual({ fi: 'Soutuseura ry:n jäsenrekisteri' });
  });

  it('one section on disclosures and transfers: each sentence to its own part', () => {
    const register = draft(
      '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nSoutuseura ry\n\n## Tietojen luovuttaminen ja siirto EU:n tai ETA:n ulkopuolelle\n\nTietoja ei luovuteta kolmansille osapuolille. Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle.\n',
    );
    expect(register['recipients']).toBe('none');
    expect(register['transfers']).toBe('none');
  });

  it('a country named with the area a transfer leaves is not where the data go', () => {
    expect(countriesIn('När uppgifter överförs utanför EU/EES eller Storbritannien använder vi standardavtalsklausuler.')).toEqual([]);
    expect(countriesIn('Data may be transferred outside the EU/EEA and the United Kingdom under safeguards.')).toEqual([]);
    expect(countriesIn('Data are transferred outside the EEA, to the United States.')).toEqual(['US']);
    expect(countriesIn('Tietoja siirretään EU:n ja ETA:n ulkopuolelle Yhdysvaltoihin.')).toEqual(['US']);
    // The first part of a compound name is inflected too: "Isossa-Britanniassa", "Isoon-Britanniaan".
    expect(countriesIn('Tietoja voidaan käsitellä Yhdysvalloissa tai Isossa-Britanniassa.')).toEqual(['US', 'GB']);
    expect(countriesIn('Tiedot siirretään Isoon-Britanniaan.')).toEqual(['GB']);
  });

  it('transfers said under any heading: stated, denied, or not about the EU/EEA at all', () => {
    const head = '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nSoutuseura ry\n\n## Tietoturva\n\n';
    expect(draft(`${head}Tiedot on tallennettu EU:ssa. Tietoja ei luovuteta EU:n tai ETA:n ulkopuolelle.\n`)['transfers']).toBe('none');
    const stated = draft(`${head}Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle.\n\n## Analytiikka\n\nKävijätiedot lähetetään analysoitaviksi palvelimille Yhdysvaltoihin.\n`);
    expect(stated['transfers'].map((t: Draft) => t['country'])).toEqual(['US']);
    // "Outside the company", "to outsiders": not the EU/EEA.
    const outsiders = draft(`${head}Tietoja ei luovuteta yrityksen ulkopuolelle eikä ulkopuolisille.\n`);
    expect(outsiders['transfers']).toBeUndefined();
  });

  it('periods in hours and in words with figures, and retention said under another heading', () => {
    const register = draft('# Privacy notice\n\n## Controller\n\nNorthwind Rowing Club\n\n## Website\n\nServer logs are stored for seven (7) hours and then deleted.\n');
    expect(register['retention']).toEqual([{ period: 'PT7H', description: { en: 'Server logs are stored for seven (7) hours and then deleted.' } }]);
    const sv = draft('# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nRoddklubben Norrvind\n\n## Samtal\n\nSamtalsloggar sparas i högst en timme.\n', 'sv');
    expect(sv['retention'][0].period).toBe('PT1H');
  });

  it('the controller named in a sentence or as the registrar; the supervisory authority\'s details are not its', () => {
    const sv = draft('Personuppgiftsansvarig\n\nFör de behandlingar som sker inom Roddarbloggen är Anna Berg personuppgiftsansvarig.\n\nLagringstid\n\nVi sparar uppgifterna i två år.\n', 'sv');
    expect(sv['controller']).toEqual({ name: 'Anna Berg' });
    const en = draft('# Privacy statement\n\nRegistrar: Northwind Oy, business ID 1234567-1\n\nContact: info@northwind.example\n\nSupervisory authority: the Data Protection Ombudsman, www.tietosuoja.fi\n\n## Purposes\n\nWe answer your questions.\n');
    expect(en['controller']).toEqual({ name: 'Northwind Oy', business_id: '1234567-1', email: 'info@northwind.example' });
  });

  it('a Swedish heading on whom data are shared with names the recipients', () => {
    expect(classifyHeading('6. Vem vi delar uppgifter med')[0]).toBe('recipients');
  });

  it('a sentence wrapped over lines stays one sentence: in the description, and under a role', () => {
    const text = `# Privacy statement

Protecting your privacy matters to the Northwind Group. The purpose of this privacy statement
is to tell you how we process your personal data in the booking service.

## Controller

Northwind Oy<br/>
Satamakatu 1, 00160 Helsinki<br/>

The Group's Data Protection Officer can be reached by email at
privacy@northwind.example and by telephone +358 40 123 4567.
`;
    const register = draft(text);
    expect(register['description']).toEqual({
      en: 'Protecting your privacy matters to the Northwind Group. The purpose of this privacy statement is to tell you how we process your personal data in the booking service.',
    });
    expect(register['dpo']).toEqual({ email: 'privacy@northwind.example', phone: '+358 40 123 4567' });
    expect(register['controller']).toMatchObject({ name: 'Northwind Oy' });
    expect(register['controller']['email']).toBeUndefined();
  });

  it('a legal obligation by its other Finnish names', () => {
    const register = draft('Käsittelyn oikeusperuste\n\nKäsittelyn oikeusperuste on laillinen velvoite.\n');
    expect(register['legal_bases']).toEqual(['legal_obligation']);
  });

  it('the controller\'s representative is the contact person; "Contact" gives an e-mail the controller lacks', () => {
    const register = draft(`# Tietosuojaseloste

## Rekisterinpitäjä

Soutuseura ry
Satamakatu 1, 00160 Helsinki

## Rekisterinpitäjän edustaja (yhteyshenkilö)

Anna Virtanen
Sähköposti: anna.virtanen@soutuseura.example

## Käsittelyn tarkoitus

Jäsenten yhteystietojen ylläpito.

## Kontakt

Tietosuoja-asioissa ota yhteyttä:
tietosuoja@soutuseura.example
`);
    expect(register['contact_person']).toEqual({ name: 'Anna Virtanen', email: 'anna.virtanen@soutuseura.example' });
    expect(register['controller']).toMatchObject({ name: 'Soutuseura ry', email: 'tietosuoja@soutuseura.example' });
  });

  it('a question that asks about a part of the notice is its heading, in plain text', () => {
    const register = draft('Integritetspolicy för Roddarbloggen\n\nPersonuppgiftsansvarig\n\nAnna Berg\n\nHur länge sparar vi dina personuppgifter?\n\nVi sparar uppgifterna i två år.\n', 'sv');
    expect(register['retention']).toEqual([{ period: 'P2Y', description: { sv: 'Vi sparar uppgifterna i två år.' } }]);
  });

  it('performing a membership agreement is the contract basis; what each basis covers in brackets is its purpose', () => {
    const register = draft('# Privacy notice\n\n## Legal basis\n\nThe legal basis for processing is:\n\n- Performance of membership agreement (member register)\n- Consent of the data subject (newsletter)\n');
    expect(register['purposes'].map((p: Record<string, any>) => [p['description']['en'], p['legal_basis']])).toEqual([['member register', 'contract'], ['newsletter', 'consent']]);
  });

  it('a role label without a colon over its block; the controller\'s contact persons are contact persons', () => {
    const register = draft(`Jäsenrekisterin tietosuojaseloste

Rekisterinpitäjä Soutuseura ry
Satamakatu 1
00160 Helsinki
y-tunnus: 1234567-1

Rekisterinpitäjän yhteyshenkilöt

Sihteeri Anna Virtanen
etunimi.sukunimi@soutuseura.example
`);
    expect(register['controller']).toEqual({
      name: 'Soutuseura ry',
      business_id: '1234567-1',
      address: { street: 'Satamakatu 1', postal_code: '00160', city: 'Helsinki' },
    });
    // A pattern is no one's address: kept in the original's text, not as an e-mail.
    expect(JSON.stringify(register)).not.toContain('etunimi.sukunimi@');
    expect(classifyHeading('Rekisterinpitäjän yhteyshenkilöt')[0]).toBe('contact_person');
    expect(classifyHeading('Personuppgiftsansvariges kontaktpersoner')[0]).toBe('contact_person');
    expect(classifyHeading('Grund för behandling')[0]).toBe('legal_basis');
  });

  it('a line that runs from the controller\'s details into another role\'s label is split there', () => {
    const register = draft(`<h1>Dataskyddspolicy</h1>
<h2>Personuppgiftsansvarig</h2>
<p>Roddklubben Norrvind rf<br>Strandvägen 11 00790 Helsingfors E-post: info@norrvind.example Tfn 0295 251 000 Personuppgiftsansvariges kontaktpersoner: ordforande@norrvind.example</p>`, 'sv');
    expect(register['controller']).toMatchObject({ email: 'info@norrvind.example', phone: '0295 251 000' });
    expect(register['contact_person']).toEqual({ email: 'ordforande@norrvind.example' });
  });

  it('a denial on a condition is no denial: "not disclosed without consent" does not say recipients: none', () => {
    const fi = draft('# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nSoutuseura ry\n\n## Tietojen luovutukset\n\nTietoja ei luovuteta kolmansille osapuolille ilman jäsenen suostumusta.\n');
    expect(fi['recipients']).toBeUndefined();
    const en = draft('# Privacy notice\n\n## Controller\n\nNorthwind Oy\n\n## Regular disclosures of data\n\nPersonal data will not be disclosed to an authority without the consent of the user.\n');
    // The authority it may go to on that condition is a recipient.
    expect(en['recipients']).toEqual([{ category: { en: 'Personal data will not be disclosed to an authority without the consent of the user.' }, role: 'authority' }]);
  });

  it('a page laid out as a list of sections: each item\'s label heads its content', () => {
    const register = draft(`<h1>Tietosuojaseloste</h1>
<ol>
  <li><span>Rekisterinpitäjä</span><div>Soutuseura ry<br>Satamakatu 1<br>00160 Helsinki<br>Y-tunnus: 1234567-1</div></li>
  <li><span>Rekisterin nimi</span><p>Soutuseuran jäsenrekisteri</p></li>
  <li><span>Mihin tarkoituksiin rekisteriä käytetään?</span><p>Käytämme tietoja, jotta voimme</p>
    <ul><li>hoitaa jäsenyyden</li><li>tiedottaa tapahtumista</li></ul></li>
</ol>
<ul><li>Oikea lista</li><li>toinen kohta</li></ul>`);
    expect(register['controller']).toMatchObject({ name: 'Soutuseura ry', business_id: '1234567-1' });
    expect(register['name']).toEqual({ fi: 'Soutuseuran jäsenrekisteri' });
    expect(register['purposes'].map((p: Draft) => p['description'].fi)).toEqual(['hoitaa jäsenyyden', 'tiedottaa tapahtumista', 'Oikea lista', 'toinen kohta']);
  });

  it('data said to stay in the EU/EEA or in Finland: no transfers; more ways to date a notice', () => {
    const head = '# Privacy notice\n\n## Controller\n\nNorthwind Oy\n\n';
    expect(draft(`${head}## Transferring data outside the EU or the EEA\n\nThe data is stored in the EU/EEA area on a cloud server.\n`)['transfers']).toBe('none');
    expect(draft('# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nSoutuseura ry\n\n## Tietoturva\n\nTiedot sijaitsevat Suomessa.\n')['transfers']).toBe('none');
    expect(draft(`${head}## Changes\n\nThis was last updated on 23/5/2018.\n`)['updated']).toBe('2018-05-23');
    expect(draft(`${head}Päivitetty viimeksi 23.4.2021\n`)['updated']).toBe('2021-04-23');
    expect(draft(`First version issued 16 October 2023\n\n${head}`)['updated']).toBe('2023-10-16');
  });

  const UPDATED_IN_A_SENTENCE: [Lang, string, string][] = [
    ['fi', '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nSoutuseura ry\n\n## Muutokset\n\nSeloste päivitettiin viimeksi 3.2.2022.\n', '2022-02-03'],
    ['sv', '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nRoddklubben rf\n\n## Ändringar\n\nDenna policy uppdaterades senast den 4 March 2021.\n', '2021-03-04'],
    ['sv', '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nRoddklubben rf\n\n## Ändringar\n\nPolicyn reviderades senast den 5 maj 2023.\n', '2023-05-05'],
  ];
  const SHORT_MONTHS: [Lang, string, string][] = [
    ['en', 'Last updated: 20 Sep 2024', '2024-09-20'],
    ['en', 'Updated Sep 20, 2024', '2024-09-20'],
    ['sv', 'Uppdaterad 3 okt. 2023', '2023-10-03'],
  ];
  it.each(SHORT_MONTHS)('a date with its month cut short (%s)', (lang, line, date) => {
    expect(importNotice(`${line}\n\n# Notice\n\n## Controller\n\nNorthwind Oy\n`, { lang }).register['updated']).toBe(date);
  });

  it.each(UPDATED_IN_A_SENTENCE)('a date a sentence says the notice was last updated on, in any month\'s language (%s)', (lang, text, date) => {
    expect(importNotice(text, { lang }).register['updated']).toBe(date);
  });

  it('the controller said in the opening paragraph, and a street numbered with a range', () => {
    const register = draft('Northwind Chapel cares for your data.\n\nNorthwind Chapel is the Data Controller and can be contacted by email: office@northwind.example or phone: 020 8249 2801.\n\n## Why we hold your data\n\nTo keep in touch.\n');
    expect(register['controller']).toMatchObject({ name: 'Northwind Chapel', email: 'office@northwind.example' });
    const fi = draft('# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nSoutuseura ry\nOsoite: Soutuseura ry, Rantakatu 2-4 N 54, 70820 Kuopio\n');
    expect(fi['controller']['address']).toEqual({ street: 'Rantakatu 2-4 N 54', postal_code: '70820', city: 'Kuopio' });
  });

  it('a service the notice says it uses with the data is a recipient, with a TODO on its role; one it does not use is not', () => {
    const { register, yaml } = importNotice('# Privacy notice\n\n## Controller\n\nNorthwind Oy\n\n## How we keep in touch\n\nWe send our newsletter using Mailchimp. We do not use Hotjar.\n');
    expect(register['recipients']).toEqual([{ name: 'Mailchimp', category: { en: 'We send our newsletter using Mailchimp.' } }]);
    expect(yaml).toMatch(/# TODO: the original names Mailchimp as a service it uses: check that it receives personal data, and set `role`/u);
  });

  it('more Finnish names of the bases: "oikeutettuja etuja", "lainsäädännöllinen velvoite"', () => {
    const register = draft('Käsittelyn oikeusperuste\n\nKäsittely perustuu yhdistyksen lainsäädännölliseen velvoitteeseen. Yhdistyksellä voi olla myös oikeutettuja etuja.\n');
    expect(register['legal_bases']).toEqual(['legitimate_interests', 'legal_obligation']);
  });

  it('never invents: a country named to deny a transfer, a word that ends like a statute, a basis named to say it is not there', () => {
    const head = '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nSoutuseura ry\n\n';
    expect(draft(`${head}## Tietojen siirto EU:n ulkopuolelle\n\nTietoja ei siirretä Yhdysvaltoihin eikä Kiinaan.\n`)['transfers']).toBe('none');
    expect(draft('# Privacy notice\n\n## Controller\n\nNorthwind Oy\n\n## International transfers\n\nWe never transfer data to the United States.\n')['transfers']).toBe('none');
    const purposes = draft(`${head}## Käsittelyn tarkoitus\n\n- Palvelun käyttö jollain verkkoselaimella edellyttää evästeitä\n`)['purposes'];
    expect(purposes[0]['legal_basis']).toBeUndefined();
    expect(purposes[0]['law']).toBeUndefined();
    const none = importNotice(`${head}## Käsittelyn oikeusperuste\n\nTietoja ei käsitellä ilman jäsenen suostumusta. Käsittelijöiden kanssa on tehty käsittelysopimus.\n`);
    expect(none.register['legal_bases']).toBeUndefined();
  });

  it('"CONTACT US" names no country, and "Contact Our Office" no person', () => {
    expect(countriesIn('CONTACT US for transfers outside the EU')).toEqual([]);
    expect(countriesIn('Data are stored on servers in the US.')).toEqual(['US']);
    const register = draft('# Privacy notice\n\n## Contact person\n\nContact Our Office for questions: office@northwind.example\n');
    expect(register['contact_person']?.['name']).toBeUndefined();
  });

  it('a purpose said under a line read as the basis heading is a purpose', () => {
    const register = draft('Jäsenrekisterin tietosuojaseloste\n\nHenkilötietojen käsittelyn oikeusperuste on\n\nhenkilön suostumus\n\nHenkilötietojen käsittelyn tarkoitus on jäsenyyden hoito ja yhteydenpito.\n');
    // The one basis said for the processing is that of its one purpose.
    expect(register['purposes']).toEqual([{ description: { fi: 'Henkilötietojen käsittelyn tarkoitus on jäsenyyden hoito ja yhteydenpito.' }, legal_basis: 'consent' }]);
    expect(register['legal_bases']).toBeUndefined();
  });

  it('until when data are kept, said under another heading, is a retention rule without a period', () => {
    const register = draft('# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nSoutuseura ry\n\n## Muut tiedot\n\nTietoja säilytetään kunnes jäsenyys yhdistyksessä päättyy.\n');
    expect(register['retention']).toEqual([{ description: { fi: 'Tietoja säilytetään kunnes jäsenyys yhdistyksessä päättyy.' } }]);
  });

  it('a service named in the opening paragraphs counts as well', () => {
    const register = draft('Northwind Chapel looks after your data.\n\nWe use MailChimp to deliver our newsletters.\n\n## Why we hold your data\n\nTo keep in touch.\n');
    expect(register['recipients']).toEqual([{ name: 'MailChimp', category: { en: 'We use MailChimp to deliver our newsletters.' } }]);
  });

  it('without a section on purposes, a sentence that says what data are used for is a purpose', () => {
    const register = draft('# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nRoddklubben Norrvind\n\n## Kontaktformulär\n\nOm du kontaktar oss behöver du ange kontaktuppgifter för att kunna få svar. De används inte till annat.\n', 'sv');
    expect(register['purposes']).toEqual([{ description: { sv: 'Om du kontaktar oss behöver du ange kontaktuppgifter för att kunna få svar.' } }]);
  });

  const LEAD_INS: ['fi' | 'sv' | 'en', string][] = [
    ['fi', '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nSoutuseura Pohjatuuli ry\n\n## Jäsenet\n\nKäytämme jäsenten tietoja, jotta voimme:\n\n- lähettää kokouskutsut\n- periä jäsenmaksut\n'],
    ['sv', '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nRoddklubben Norrvind\n\n## Medlemmar\n\nVi använder uppgifterna för att:\n\n- skicka kallelser till möten\n- ta ut medlemsavgifter\n'],
    ['en', '# Privacy notice\n\n## Controller\n\nNorthwind Rowing Club\n\n## Members\n\nWe use your data to:\n\n- send invitations to meetings\n- collect membership fees\n'],
  ];
  it.each(LEAD_INS)('without a section on purposes, each item after a lead-in that says what the data are used for is a purpose (%s)', (lang, text) => {
    const purposes = draft(text, lang)['purposes'].map((p: Draft) => p['description'][lang]);
    expect(purposes).toHaveLength(2);
    expect(purposes[1]).toMatch(/^(?:periä|ta ut|collect)/u);
  });

  const PER_DATA: ['fi' | 'sv' | 'en', string, string][] = [
    ['fi', '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nVerkkokauppa Kuusi\n\n## Mitä tietoja keräämme\n\n- Sähköposti – kirjautuessasi, jotta voimme tunnistaa sinut.\n- Evästetunniste – vain jos annat suostumuksen, jotta voimme mitata mainontaa.\n- Selain ja kieli\n', 'Evästetunniste – vain jos annat suostumuksen, jotta voimme mitata mainontaa.'],
    ['sv', '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nButiken Gran\n\n## Vilka uppgifter vi samlar in\n\n- E-post – vid inloggning, för att identifiera dig.\n- Cookie-id – endast om du lämnar ditt samtycke, för att mäta annonser.\n- Webbläsare och språk\n', 'Cookie-id – endast om du lämnar ditt samtycke, för att mäta annonser.'],
    ['en', '# Privacy notice\n\n## Controller\n\nSpruce Shop\n\n## What we collect\n\n- Email – when you log in, used to identify you.\n- Cookie ID – only if you give your consent, used to measure adverts.\n- Browser and language\n', 'Cookie ID – only if you give your consent, used to measure adverts.'],
  ];
  it.each(PER_DATA)('in a notice that states no basis, a kind of data said with what it is for is a purpose; "only if you consent" is its basis (%s)', (lang, text, second) => {
    const purposes = draft(text, lang)['purposes'];
    expect(purposes).toHaveLength(2);
    expect(purposes[0]['legal_basis']).toBeUndefined();
    expect(purposes[1]).toEqual({ description: { [lang]: second }, legal_basis: 'consent' });
  });

  it('a kind of data said with what it is for is no purpose of its own where the notice states a basis elsewhere', () => {
    const text = '# Privacy notice\n\n## Controller\n\nSpruce Shop\n\n## What we collect\n\n- Email – when you log in, used to identify you.\n\n## Orders\n\nWe process orders on the basis of our contract with you.\n';
    expect((draft(text, 'en')['purposes'] ?? []).map((p: Draft) => p['description']['en'])).not.toContain('Email – when you log in, used to identify you.');
  });

  it('who answers for the processing states no purpose', () => {
    const text = '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nButiken Gran är personuppgiftsansvarig och ansvarar för att behandlingen sker enligt lagen.\n';
    expect(draft(text, 'sv')['purposes']).toBeUndefined();
  });

  it.each(['How will we use your data?', 'Why will we process your data?', 'Hur kommer vi att använda dina uppgifter?'])('"%s" heads the purposes', (heading) => {
    expect(classifyHeading(heading)).toEqual(['purposes']);
  });
});
