/**
 * Details as small notices write them (written for these tests, in Finnish and English): a business
 * ID with a space among its digits, a street with its number set against the name, a label's value on
 * the line under it, a part's title right over its list, a sole trader who is also the contact
 * person, a list of the conditions on which data are shared, and consent said as the moment from
 * which data are used.
 */
import { describe, expect, it } from 'vitest';
import { readBlocks } from '../src/import/document/read.js';
import { importNotice } from '../src/import/import.js';

const draft = (text: string, lang: 'fi' | 'en' = 'fi') => importNotice(text, { format: 'text', lang }).register;
/** The register drafted from a Markdown notice. */
const markdown = (text: string, lang: 'fi' | 'sv' | 'en') => importNotice(text, { format: 'markdown', lang }).register;
/** A line longer than hand-wrapping allows: the text is read one paragraph a line. */
const LONG = 'Rekisteriin tallennetaan asiakkaiden nimi, yhteystiedot ja ajanvaraustiedot sekä hoitoon liittyvät tiedot, joita tarvitaan palvelun tuottamiseen.';

describe('the controller’s details as written', () => {
  const text = ['Rekisterinpitäjä', 'Nimi: Esimerkkimieli', 'Osoite: Hämeenpuisto21 B39, 33210 Tampere', 'Y-tunnus: 329 1357-6', 'Rekisterin tietosisältö', LONG, ''].join('\n');

  it('keeps a business ID with a space as written, for the check to report', () => {
    expect(draft(text)['controller']).toMatchObject({ name: 'Esimerkkimieli', business_id: '329 1357-6' });
  });

  it('takes a street whose number is set against its name', () => {
    expect(draft(text)['controller']).toMatchObject({ address: { street: 'Hämeenpuisto21 B39', postal_code: '33210', city: 'Tampere' } });
  });
});

describe('lines of a text copied out one paragraph a line', () => {
  const headings = (lines: string[]) => readBlocks(lines.join('\n'), 'text').filter((b) => b.kind === 'heading').map((b) => b.text);

  it('a value under its label is no heading', () => {
    expect(headings(['Rekisterinpitäjän nimi', 'Varis Niina Helena', 'Postiosoite', 'Joensuu', 'Yhteyshenkilö', LONG])).not.toContain('Joensuu');
  });

  it('a part’s own title over its list is a heading', () => {
    const found = headings(['Rekisterin nimi', 'Asiakasrekisteri', 'Henkilötietojen käsittelyn tarkoitus', '● Asiakassuhteen hoito', '● Laskutus', 'Rekisterin tietosisältö', LONG]);
    expect(found).toContain('Henkilötietojen käsittelyn tarkoitus');
  });

  it('a lead-in over a list is still no heading', () => {
    expect(headings(['Rekisterin tietosisältö', LONG, 'Jäsenistä tallennetaan', '● Nimi', '● Osoite'])).not.toContain('Jäsenistä tallennetaan');
  });
});

describe('a sole trader who is the contact person too', () => {
  const text = ['Rekisterinpitäjän nimi', 'Varis Niina Helena', 'Y-tunnus', '2254322-5', 'Yhteyshenkilö', 'Varis Niina', 'Sähköpostiosoite', 'niina@example.fi', 'Rekisterin tietosisältö', LONG, ''].join('\n');

  it('gives the controller the person’s e-mail', () => {
    expect(draft(text)['controller']).toMatchObject({ name: 'Varis Niina Helena', email: 'niina@example.fi' });
  });

  it('does not where the contact person is someone else', () => {
    const other = text.replace('Yhteyshenkilö\nVaris Niina', 'Yhteyshenkilö\nMaija Mallikas');
    expect(draft(other)['controller']).not.toHaveProperty('email');
  });
});

describe('conditions and consent in lists of recipients and purposes', () => {
  it('the conditions on which data are shared are no recipients', () => {
    const text = '# Privacy\n\n## Sharing your data\n\nThe data are shared with the recipients below only if:\n\n- you choose to use a feature that needs it; or\n- you grant us your permission to share the data.\n';
    const register = markdown(text, 'en');
    expect(register['recipients']).toBeUndefined();
  });

  it('consent given from a moment on is the basis of each purpose listed', () => {
    const text = '# Privacy\n\n## Purpose of the register\n\nThe data are used to provide services to the member from the moment the member has given consent. Services include:\n\n- Training\n- Feedback\n';
    const register = markdown(text, 'en');
    expect((register['purposes'] as { legal_basis?: string }[]).map((p) => p.legal_basis)).toEqual(['consent', 'consent']);
  });
});

describe('a denial of disclosures beside a right', () => {
  it('is still a denial: the right goes to the rights', () => {
    const text = ['1. Rekisterinpitäjä', 'Esimerkkiseura ry', '7. Säännönmukaiset tietojen luovutukset', 'Tietoja ei luovuteta ulkopuolisille. Jäsen voi pyytää nähtäväksi omat jäsentietonsa lähettämällä sähköpostia sihteerille.', '8. Rekisterin suojauksen periaatteet', 'Vain hallituksella on pääsy tietoihin.', ''].join('\n');
    expect(draft(text)['recipients']).toBe('none');
  });
});

describe('words of older and smaller notices', () => {
  it('the personuppgiftsombud’s part is the DPO’s', () => {
    const text = '# Integritetspolicy\n\n## 1. Personuppgiftsansvarig\n\nExempel AB, Gatan 1, 111 51 Stockholm, info@example.se\n\n## 2. Personuppgiftsombud\n\nOmbud är Anna Berg med kontaktuppgifter anna.berg@example.se\n';
    const register = markdown(text, 'sv');
    expect(register['dpo']).toMatchObject({ email: 'anna.berg@example.se' });
  });

  it('a heading on what cookies are and how they are used is on cookies', () => {
    const text = '# Privacy\n\n## Cookies\n\n### What are cookies and how do we use them?\n\nWe use the following cookies for the purposes explained in this chart:\n\n| Name | Description | Duration |\n|---|---|---|\n| Hotjar | Analytics | 365 days |\n';
    const register = markdown(text, 'en');
    expect(register['purposes']).toBeUndefined();
    expect(register['cookies']).toMatchObject({ tools: [{ name: 'Hotjar' }] });
  });

  it('a heading that asks how an association’s register is used names its controller', () => {
    const text = 'GDPR\nHur används Gotlands Botaniska Förenings medlemsregister?\nVi registrerar namn och adress för att skicka ut föreningens tidskrift till medlemmarna, och ingenting annat än detta används till något.\n';
    const { register } = importNotice(text, { format: 'text', lang: 'sv' });
    expect(register['controller']).toMatchObject({ name: 'Gotlands Botaniska Förening' });
  });

  it('an e-mail address spaced out against harvesters is read as the address', () => {
    const text = ['1. Rekisterinpitäjä', 'Esimerkkiseura ry', '2. Yhteyshenkilö', 'Ota yhteyttä seura @ example.fi', '3. Rekisterin nimi', 'Jäsenrekisteri', ''].join('\n');
    expect(JSON.stringify(draft(text))).toContain('seura@example.fi');
    expect(JSON.stringify(draft(text.replace('seura @', 'maija . mallikas @')))).toContain('maija.mallikas@example.fi');
  });
});

describe('the counter-cases of details as written', () => {
  it('a hyphenated street keeps its first part', () => {
    const text = ['Rekisterinpitäjä', 'Nimi: Esimerkki Oy', 'Osoite: Itä-Hakkilantie3, 01380 Vantaa', 'Rekisterin tietosisältö', LONG, ''].join('\n');
    expect(draft(text)['controller']).toMatchObject({ address: { street: 'Itä-Hakkilantie3', postal_code: '01380' } });
  });

  it('a business ID with spaces around its hyphen is read as written', () => {
    const text = ['Rekisterinpitäjä', 'Nimi: Esimerkki Oy', 'Y-tunnus: 2254322 - 5', 'Rekisterin tietosisältö', LONG, ''].join('\n');
    expect(draft(text)['controller']).toMatchObject({ business_id: '2254322 - 5' });
  });

  it('authorities that may ask to inspect the data are recipients, not the person’s right', () => {
    const text = ['1. Rekisterinpitäjä', 'Esimerkkiseura ry', '7. Säännönmukaiset tietojen luovutukset', 'Tilintarkastaja ja Verohallinto voivat pyytää jäsenmaksutiedot tarkastettavaksi.', '8. Rekisterin suojauksen periaatteet', 'Vain hallituksella on pääsy tietoihin.', ''].join('\n');
    expect(draft(text)['recipients']).not.toBe('none');
    expect(JSON.stringify(draft(text)['recipients'])).toContain('Verohallinto');
  });

  it.each<[string, 'fi' | 'sv']>([
    ['# Tietosuojaseloste\n\n## Käsittelyn tarkoitus\n\nTietoja käytetään siitä hetkestä lähtien, kun jäsen on antanut suostumuksensa, seuraaviin tarkoituksiin:\n\n- Koulutukset\n- Palaute\n', 'fi'],
    ['# Integritetspolicy\n\n## Ändamål\n\nUppgifterna används från det att medlemmen har gett sitt samtycke, för följande ändamål:\n\n- Utbildningar\n- Återkoppling\n', 'sv'],
  ])('consent given from a moment on, also in %#', (text, lang) => {
    const register = markdown(text, lang);
    expect((register['purposes'] as { legal_basis?: string }[]).map((p) => p.legal_basis)).toEqual(['consent', 'consent']);
  });
});

describe('the name a notice speaks as', () => {
  it('opens a sentence on what it does not do: "At Example, we do not store …"', () => {
    const text = '# Privacy policy\n\nAt Examplevpn, we do not store activity logs of any kind.\n\n## Support\n\nOur staff answers customers who send an email to support@examplevpn.net.\n';
    const register = markdown(text, 'en');
    expect(register['controller']).toMatchObject({ name: 'Examplevpn' });
  });
});

describe('the counter-cases of names and addresses as written', () => {
  it('the word before a full stop is not part of a spaced address', () => {
    const text = ['1. Rekisterinpitäjä', 'Esimerkkiseura ry', '2. Yhteyshenkilö', 'Ota yhteyttä sähköpostitse. seura @ example.fi', '3. Rekisterin nimi', 'Jäsenrekisteri', ''].join('\n');
    const json = JSON.stringify(draft(text));
    expect(json).toContain('"seura@example.fi"');
    expect(json).not.toContain('postitse.seura');
  });

  it('a heading that opens on a word of its own is not part of the association’s name', () => {
    const text = 'GDPR\nOm Gotlands Botaniska Förenings medlemsregister\nVi registrerar namn och adress för att skicka ut föreningens tidskrift till medlemmarna, och ingenting annat än detta används till något.\n';
    const { register } = importNotice(text, { format: 'text', lang: 'sv' });
    expect(register['controller']).toMatchObject({ name: 'Gotlands Botaniska Förening' });
  });
});
