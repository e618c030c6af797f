/**
 * What pages set in their own ways say (written for these tests, in Finnish, Swedish and English): an
 * address set as a definition list of terms alone; a heading that sets the controller's and the
 * processor's roles against each other; whom to contact in matters of data protection, with a person's
 * details under it; a Swedish address with its city before its postal code; a public company named with
 * its corporate registration number; a provider's account named as data; the data shared with the
 * parties just named; a denial of transfers made only as a rule, with its exception after it; a
 * recipient named with its abbreviation before its legal form; purposes left open as "similar
 * purposes"; whether data must be given asked where the person gives them; bases cited in brackets
 * with what they cover after them.
 */
import { describe, expect, it } from 'vitest';
import { classifyHeading } from '../src/import/headings.js';
import { importNotice } from '../src/import/import.js';
import { auditText } from './audit-text.js';

const draft = (text: string, format: 'text' | 'html' | 'markdown', lang: 'fi' | 'sv' | 'en' = 'fi') => importNotice(text, { format, lang }).register;

describe('the controller’s details as a page sets them', () => {
  const page = [
    '<h1>Tietosuojaseloste</h1>',
    '<h4>Henkilötietojen käsittelijä vai rekisterinpitäjä</h4>',
    '<p>Silloin kun Esimerkki Hallinto ei määrittele, mihin tarkoitukseen henkilötietoja käsitellään, emme toimi rekisterinpitäjänä vaan olemme henkilötietojen käsittelijä.</p>',
    '<h4>Kuka on rekisterinpitäjä ja mihin voin ottaa yhteyttä?</h4>',
    '<dl>',
    '<dt>Esimerkki Hallinto Oy</dt>',
    '<dt>Y-tunnus</dt>',
    '<dt>1234567-1</dt>',
    '<dt>Kutojantie 11</dt>',
    '<dt>02630 Espoo</dt>',
    '</dl>',
    '<p>Tietosuojaan liittyvissä asioissa voit ottaa yhteyttä:</p>',
    '<dl>',
    '<dt>Maija Meikäläinen</dt>',
    '<dt>040 123 4567</dt>',
    '</dl>',
  ].join('\n');

  it('takes no heading that sets the two roles against each other for the controller’s part', () => {
    expect(classifyHeading('Henkilötietojen käsittelijä vai rekisterinpitäjä')).toEqual([]);
    expect(classifyHeading('Controller or processor?')).toEqual([]);
    expect(classifyHeading('Kuka on rekisterinpitäjä ja mihin voin ottaa yhteyttä?')).toEqual(['controller']);
  });

  it.each<[string, string[]]>([
    ['Rekisterinpitäjä ja rekisterinpitäjän yhteyshenkilö', ['controller', 'contact_person']],
    ['Rekisterinpitäjä ja käsittelijä', ['controller', 'recipients']],
    ['Controller and processor', ['controller', 'recipients']],
    ['Personuppgiftsansvarig och personuppgiftsbiträde', ['controller', 'recipients']],
  ])('keeps a heading that names both roles theirs: %s', (heading, kinds) => {
    expect(classifyHeading(heading)).toEqual(kinds);
  });

  it.each([
    ['sv', ['Personuppgiftsansvarig', '', 'Exempel Ab, FO-nummer 1234567-1, Storgatan 5, 65100 Vasa, info@exempel.fi', '', 'Kontakta vårt dataskyddsombud:', '', 'Maria Lind, tfn 040 765 4321, maria.lind@exempel.fi', '']],
    ['en', ['Controller', '', 'Example Ltd, info@example.ie', '', 'Please contact our data protection officer:', '', 'Mary Smith, tel. +353 1 234 5678, mary.smith@example.ie', '']],
  ] as const)('gives the officer a lead-in names with its verb first their own details (%s)', (lang, lines) => {
    const register = draft(lines.join('\n'), 'text', lang);
    expect(register['dpo']).toHaveProperty('email');
    expect(register['controller']).not.toHaveProperty('phone');
  });

  it('reads the lead-in from its last sentence, not from one before it about the officer', () => {
    const text = [
      'Rekisterinpitäjä',
      '',
      'Esimerkki Oy, Y-tunnus 1234567-1, Kauppakatu 5, 40100 Jyväskylä, info@esimerkki.fi',
      '',
      'Tietosuojaa koskevissa kysymyksissä tavoitat tietosuojavastaavamme osoitteesta tietosuoja@esimerkki.fi. Muissa rekisteriä koskevissa asioissa voit ottaa yhteyttä:',
      '',
      'Matti Meikäläinen, puh. 040 123 4567, matti.meikalainen@esimerkki.fi',
      '',
    ].join('\n');
    const register = draft(text, 'text');
    expect(register['contact_person']).toMatchObject({ name: 'Matti Meikäläinen', email: 'matti.meikalainen@esimerkki.fi' });
    expect(register['dpo']).toEqual({ email: 'tietosuoja@esimerkki.fi' });
  });

  it('gives the officer a lead-in names their own details', () => {
    const text = ['Tietosuojaseloste', '', 'Rekisterinpitäjä', '', 'Esimerkki Oy, Y-tunnus 1234567-1, Kauppakatu 5, 40100 Jyväskylä, info@esimerkki.fi', '', 'Tietosuojavastaavaamme voit ottaa yhteyttä:', '', 'Maija Meikäläinen, puh. 040 765 4321, tietosuoja@esimerkki.fi', ''].join('\n');
    const register = draft(text, 'text');
    expect(register['dpo']).toMatchObject({ name: 'Maija Meikäläinen', email: 'tietosuoja@esimerkki.fi' });
    expect(register['contact_person']).toBeUndefined();
  });

  it('reads the terms of a list with no definitions as the lines of one address', () => {
    expect(draft(page, 'html')['controller']).toMatchObject({ name: 'Esimerkki Hallinto Oy', business_id: '1234567-1', address: { street: 'Kutojantie 11', postal_code: '02630', city: 'Espoo' } });
  });

  it('gives the person named for matters of data protection their own details', () => {
    const register = draft(page, 'html');
    expect(register['contact_person']).toMatchObject({ name: 'Maija Meikäläinen', phone: '040 123 4567' });
    expect(register['controller']).not.toHaveProperty('phone');
  });

  it('reads the number of a public company named with its corporate registration number', () => {
    const text = ['# Privacy policy', '', 'Exempel AB (publ), corp. reg. no. 556946-8498, is the controller responsible for the processing of your personal data according to this privacy policy.', '', '## Contact', '', 'Email: privacy@exempel.se', ''].join('\n');
    expect(draft(text, 'markdown', 'en')['controller']).toMatchObject({ name: 'Exempel AB', registration: { number: '556946-8498', country: 'SE' } });
  });

  it('reads a Swedish address with its city before its postal code', () => {
    const text = ['# Privacy policy', '', '## How to contact us', '', 'Exempel AB (publ)  ', 'Kungsgatan 12  ', 'Stockholm 111 35  ', 'Sweden', '', 'Email: privacy@exempel.se', ''].join('\n');
    expect(draft(text, 'markdown', 'en')['controller']).toMatchObject({ address: { street: 'Kungsgatan 12', postal_code: '111 35', city: 'Stockholm', country: 'SE' } });
  });
});

describe('data and parties as a notice names them', () => {
  it('takes no provider from the account a person signs in with', () => {
    const text = ['Rekisterinpitäjä', '', 'Lintusovellus, lintusovellus@example.net', '', 'Tietosisältö', '', '- Käyttäjän Google -tunnus (sähköpostiosoite) ja nimimerkki', '- Käyttäjän itse lisäämät havainnot', ''].join('\n');
    const recipients = (draft(text, 'text')['recipients'] ?? []) as { name?: string }[];
    expect(recipients.map((r) => r.name)).not.toContain('Google');
  });

  it('takes no provider from a chat address the person may give', () => {
    const text = ['Rekisterinpitäjä', '', 'Esimerkkiyhdistys ry, info@esimerkki.fi', '', 'Tietosisältö', '', 'Mikäli käyttäjä haluaa, tallennetaan myös kotisivun osoite, AIM, Yahoo IM, Jabber / Google Talk sekä lisätietoa.', ''].join('\n');
    const recipients = (draft(text, 'text')['recipients'] ?? []) as { name?: string }[];
    expect(recipients.map((r) => r.name)).not.toContain('Google');
  });

  const section = (...paragraphs: string[]) => ['Rekisterinpitäjä', '', 'Esimerkki Oy', '', 'TIETOJEN LUOVUTUS', '', ...paragraphs.flatMap((p) => [p, '']), ''].join('\n');

  it('reads a denial of transfers made only as a rule, with its exception after it, as no denial', () => {
    const text = section('Tietoja ei säännönmukaisesti siirretä Euroopan unionin tai Euroopan talousalueen ulkopuolelle. Tietoja voidaan kuitenkin siirtää EU:n ulkopuolelle lain sallimin tavoin.');
    expect(draft(text, 'text')['transfers']).not.toBe('none');
  });

  it('keeps a plain denial of transfers a denial', () => {
    const text = section('Tietoja ei siirretä Euroopan unionin tai Euroopan talousalueen ulkopuolelle.');
    expect(draft(text, 'text')['transfers']).toBe('none');
  });

  it('names a recipient whose abbreviation stands before its legal form', () => {
    const text = section('Kauppahinta- ja kaupan kohteen tietoja luovutetaan lisäksi Kiinteistönvälitysalan Keskusliitto (KVKL) ry:lle.');
    const recipients = (draft(text, 'text')['recipients'] ?? []) as { name?: string }[];
    expect(recipients.map((r) => r.name)).toContain('Kiinteistönvälitysalan Keskusliitto ry');
  });

  /** Partners named, then a lead-in into the data shared with them, over a list of those data. */
  const shared = (leadIn: string) =>
    ['Controller', '', 'Example AB, privacy@example.com', '', 'Attribution', '', 'We share data with the following attribution partners:', '', '- Tapad, who provide a service for attribution', '- Chartable, who provide a service for attribution', '', leadIn, '', '- IP address', '- Advertising ID', ''].join('\n');

  it('takes no recipient from the lead-in into the data shared with the parties just named', () => {
    const recipients = (draft(shared('The information we share with these third parties is as follows:'), 'text', 'en')['recipients'] ?? []) as { category?: { en?: string } }[];
    expect(recipients.map((r) => r.category?.en ?? '')).not.toContain('The information we share with these third parties is as follows:');
  });

  it('takes the purposes that correspond to the data for no open end', async () => {
    const text = [
      'Rekisterinpitäjä',
      '',
      'Esimerkki Oy, Y-tunnus 1234567-1, Kauppakatu 5, 40100 Jyväskylä, tietosuoja@esimerkki.fi',
      '',
      'Henkilötietojen käsittelyn tarkoitus',
      '',
      'Henkilötietoja käsitellään asiakassuhteen hoitamiseen ja laskutukseen. Tietoryhmiä vastaavat käyttötarkoitukset ovat: asiakastiedot laskutukseen ja markkinointitiedot uutiskirjeen lähettämiseen.',
      '',
    ].join('\n');
    expect((await auditText(text, 'vastaavat-ryhmat.txt')).filter((d) => d.ruleId === 'vague-language')).toEqual([]);
  });

  it('keeps an authority the lead-in into the shared data names a recipient', () => {
    const recipients = (draft(shared('The information we share with these partners is also disclosed to the tax authority:'), 'text', 'en')['recipients'] ?? []) as { role?: string }[];
    expect(recipients.map((r) => r.role)).toContain('authority');
  });

  it('reports purposes left open as "and similar purposes"', async () => {
    const text = ['Rekisterinpitäjä', '', 'Esimerkki Oy, info@example.fi', '', 'Henkilötietojen käsittelyn tarkoitus', '', 'Tietoja käytetään asiakassuhteen hoitamiseen, markkinointiin ja vastaaviin käyttötarkoituksiin.', ''].join('\n');
    const found = (await auditText(text, 'ja-vastaaviin.txt')).filter((d) => d.ruleId === 'vague-language');
    expect(found.map((d) => d.line)).toContain(7);
  });

  it('does not report similar purposes the notice says it does not use the data for', async () => {
    const text = ['Rekisterinpitäjä', '', 'Esimerkki Oy, info@example.fi', '', 'Henkilötietojen käsittelyn tarkoitus', '', 'Tietoja käytetään asiakassuhteen hoitamiseen. Emme käytä tietoja markkinointiin ja vastaaviin käyttötarkoituksiin.', ''].join('\n');
    expect((await auditText(text, 'emme-kayta.txt')).filter((d) => d.ruleId === 'vague-language')).toEqual([]);
  });

  it('reports purposes left open as similar purposes', async () => {
    const text = ['Rekisterinpitäjä', '', 'Esimerkki Oy, info@example.fi', '', 'Henkilötietojen käsittelyn tarkoitus', '', '- asiakassuhteen hoitaminen', '- laskutus', '- muut vastaavat käyttötarkoitukset', ''].join('\n');
    const found = (await auditText(text, 'vastaavat.txt')).filter((d) => d.ruleId === 'vague-language');
    expect(found.map((d) => d.line)).toContain(9);
  });

  it('asks whether data must be given where the part on the data says what the person gives, not at the data recorded of them', async () => {
    const text = [
      'Personuppgiftsansvarig',
      '',
      'Exempel AB, info@exempel.se',
      '',
      'Vilka uppgifter vi behandlar',
      '',
      'När du besöker webbplatsen behandlas tekniska uppgifter som webbläsaren skickar automatiskt: IP-adress, webbläsartyp och tidpunkt för besöket.',
      '',
      'När du kontaktar oss via e-post behandlar vi de uppgifter du själv lämnar: namn, e-postadress och innehållet i meddelandet.',
      '',
    ].join('\n');
    const found = (await auditText(text, 'uppgifter.txt')).filter((d) => d.ruleId === 'provision-requirement');
    expect(found.map((d) => d.line)).toEqual([9]);
  });

  it('keeps it in the part on the data where only another part says what the person gives', async () => {
    const text = [
      'Controller',
      '',
      'Example Ltd, info@example.com',
      '',
      'Data we process',
      '',
      '- IP address and browser type',
      '- Name and e-mail address',
      '',
      'Sources of the data',
      '',
      'We collect the personal data that you provide to us when you contact us.',
      '',
    ].join('\n');
    const found = (await auditText(text, 'data.txt')).filter((d) => d.ruleId === 'provision-requirement');
    expect(found.map((d) => d.line)).toEqual([7]);
  });
});

describe('bases listed apart, each cited with what it covers after it', () => {
  const text = [
    '# Privacy Notice',
    '',
    '## Purposes for Processing',
    '',
    '- Business relationship management',
    '- Billing',
    '- Recruitment process',
    '',
    '## Legal Basis',
    '',
    'The processing of personal data is based on the following legal bases:',
    '',
    '- Legitimate interest (Article 6(1)(f) GDPR) for business relationship management and billing',
    '- Contractual necessity (Article 6(1)(b) GDPR) for recruitment processes',
    '',
  ].join('\n');
  const bases = () => ((draft(text, 'markdown', 'en')['purposes'] ?? []) as { legal_basis?: string }[]).map((p) => p.legal_basis);

  it('gives each purpose the basis that names it', () => {
    expect(bases()).toEqual(['legitimate_interests', 'legitimate_interests', 'contract']);
  });

  it('takes nothing from a citation that covers no purpose', () => {
    const bare = text.replace(' for business relationship management and billing', '').replace(' for recruitment processes', '');
    const purposes = (draft(bare, 'markdown', 'en')['purposes'] ?? []) as { legal_basis?: string }[];
    expect(purposes.map((p) => p.legal_basis)).toEqual([undefined, undefined, undefined]);
  });
});
