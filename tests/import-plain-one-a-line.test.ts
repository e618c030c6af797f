/** Plain text with no blank line in it: numbered headings among their text, and pages copied out one paragraph a line. */
import { describe, expect, it } from 'vitest';
import { readBlocks } from '../src/import/document/read.js';
import { importNotice } from '../src/import/import.js';

const shape = (text: string) => readBlocks(text, 'text').map((b) => [b.kind, b.text]);

describe('numbered headings in a text with no blank line', () => {
  const notices: [string, string, string][] = [
    ['fi', 'Rekisteriseloste\n1. Rekisterinpitäjä\nEsimerkkiseura ry\n2. Yhteyshenkilö\nMaija Mallikas\nKatu 1\n00100 Helsinki\n3. Rekisterin nimi\nJäsenluettelo\n4. Tietojen luovutukset ja tietojen siirto EU:n tai Euroopan talousalueen ulkopuolelle hyvin pitkällä otsikolla\nTietoja ei luovuteta.\n', 'Yhteyshenkilö'],
    ['sv', 'Registerbeskrivning\n1. Personuppgiftsansvarig\nExempelföreningen rf\n2. Kontaktperson\nMaja Svensson\nGatan 1\n00100 Helsingfors\n3. Registrets namn\nMedlemsregister\n4. Utlämnande av uppgifter och överföring till länder utanför EU eller Europeiska ekonomiska samarbetsområdet\nUppgifter lämnas inte ut.\n', 'Kontaktperson'],
    ['en', 'Register description\n1. Controller\nExample Club\n2. Contact person\nJane Doe\nStreet 1\n00100 Helsinki\n3. Name of the register\nMember list\n4. Disclosures of data and transfers of data outside the European Union or the European Economic Area at all\nNo data are disclosed.\n', 'Contact person'],
  ];

  it.each(notices)('are headings, each over the lines below it, however long (%s)', (_lang, text, second) => {
    const blocks = shape(text);
    const headings = blocks.filter(([kind]) => kind === 'heading').map(([, t]) => t);
    // The four numbered lines, the last longer than a heading of its own line may be.
    expect(headings.slice(-4)[1]).toBe(second);
    expect(headings.slice(-4)[3]!.length).toBeGreaterThan(80);
    expect(headings.length).toBeGreaterThanOrEqual(4);
    // The contact person's lines are one block under their heading, not items of a list.
    expect(blocks.some(([kind]) => kind === 'list')).toBe(false);
  });

  it('gives the contact person under the second heading their own details (fi)', () => {
    const { register } = importNotice(notices[0]![1], { format: 'text', lang: 'fi' });
    expect(register['contact_person']).toMatchObject({ name: 'Maija Mallikas', address: { street: 'Katu 1', postal_code: '00100', city: 'Helsinki' } });
  });

  it.each([
    ['fi', 'Henkilötietojen käsittely\n1. Miten käsittelemme henkilötietoja?\nKäsittelemme tietoja luottamuksellisesti.\n2. Mitä tietoja kerätään?\nNimi ja sähköpostiosoite.\n3. Minne tietoja siirretään?\nTietoja ei siirretä.\n4. Mitä oikeuksia rekisteröidyllä on?\nRekisteröity voi myös vastustaa tai tietyissä tapauksissa rajoittaa henkilötietojensa käsittelyä.\n', 'Mitä oikeuksia rekisteröidyllä on?'],
    ['sv', 'Behandling av personuppgifter\n1. Hur behandlar vi personuppgifter?\nVi behandlar uppgifterna konfidentiellt.\n2. Vilka uppgifter samlas in?\nNamn och e-postadress.\n3. Vart överförs uppgifterna?\nUppgifterna överförs inte.\n4. Vilka rättigheter har den registrerade?\nDen registrerade kan begära att behandlingen begränsas.\n', 'Vilka rättigheter har den registrerade?'],
    ['en', 'Processing of personal data\n1. How do we process personal data?\nWe process the data in confidence.\n2. What data are collected?\nName and e-mail address.\n3. Where are the data transferred?\nThe data are not transferred.\n4. What rights does the data subject have?\nThe data subject may ask us to restrict the processing.\n', 'What rights does the data subject have?'],
  ])('are headings when they ask a question, numbered on from 1 each over its answer (%s)', (_lang, text, last) => {
    expect(shape(text).filter(([kind]) => kind === 'heading').map(([, t]) => t).slice(-1)).toEqual([last]);
  });

  it.each([
    ['fi', 'Tietosuojaseloste – asiakaskysely\n1. Rekisterinpitäjä\nEsimerkki Oy, Katu 1, 00100 Helsinki\n2. Käsittelyn tarkoitus\nAsiakastyytyväisyyskyselyn toteuttaminen. Kysymme seuraavaa:\n1. Mitä mieltä olit palvelusta?\n2. Suosittelisitko meitä ystävällesi?\n3. Mitä parantaisit?\n3. Rekisterin tietosisältö\nNimi, sähköpostiosoite ja kyselyn vastaukset.\n4. Tietojen luovutukset\nTietoja ei luovuteta kenellekään.\n'],
    ['en', 'Privacy notice – customer survey\n1. Controller\nExample Oy, Street 1, 00100 Helsinki\n2. Purpose of processing\nA customer satisfaction survey. We ask:\n1. How satisfied were you with the service?\n2. Would you recommend us to a friend?\n3. What should we improve?\n3. Data we process\nName, e-mail address and the answers.\n4. Disclosures\nNo data are disclosed.\n'],
  ])('are items of a list of their part, where the titles without them run in order (%s)', (_lang, text) => {
    const headings = shape(text).filter(([kind]) => kind === 'heading').map(([, t]) => t);
    expect(headings).toHaveLength(5);
    expect(headings.some((h) => String(h).endsWith('?'))).toBe(false);
  });

  it('are items of a list when numbered questions have no answer of their own below them', () => {
    const text = 'Palautekysely\nKysymme seuraavaa:\n1. Mitä mieltä olit palvelusta?\n2. Suosittelisitko meitä?\n3. Mitä parantaisit?\n';
    expect(shape(text).filter(([kind]) => kind === 'heading').map(([, t]) => t)).not.toContain('Mitä mieltä olit palvelusta?');
    expect(shape(text).some(([kind]) => kind === 'list')).toBe(true);
  });

  it('are items of a list when each numbered line has no text of its own below it', () => {
    const text = 'Tietosuojaseloste\nKeräämme seuraavat tiedot:\n1. Nimi\n2. Sähköposti\n3. Puhelinnumero\n';
    expect(shape(text).filter(([kind]) => kind === 'heading')).toHaveLength(1);
  });

  it('are items of a list when their lines go on in lower case, broken by hand', () => {
    const text = 'Tietosuojaseloste\nKäytämme tietoja seuraaviin tarkoituksiin:\n1. Asiakassuhteen hoitamiseen ja\nlaskutukseen.\n2. Markkinointiin, jos olet antanut\nsiihen suostumuksen.\n3. Tilastointiin ja palvelun\nkehittämiseen.\n';
    expect(shape(text).filter(([kind]) => kind === 'heading').map(([, t]) => t)).not.toContain('Asiakassuhteen hoitamiseen ja');
  });

  it('are left as they are when not numbered on from 1', () => {
    const text = 'Tietosuojaseloste\n3. Rekisterinpitäjä\nEsimerkkiseura ry\n4. Yhteyshenkilö\nMaija Mallikas\n5. Rekisterin nimi\nJäsenluettelo\n';
    expect(shape(text).filter(([kind]) => kind === 'heading').map(([, t]) => t)).not.toContain('Yhteyshenkilö');
  });
});

describe('a page copied out one paragraph a line', () => {
  const long = (s: string) => `${s} ${'Tämä lause jatkuu vielä pitkään, jotta rivi on pidempi kuin käsin rivitetyssä tekstissä on.'}`;
  it('makes each line a paragraph of its own', () => {
    const text = `Tietosuojaseloste\n${long('Tietoja käytetään jäsenkirjeisiin.')}\nTietoja ei luovuteta kolmansille osapuolille eikä siirretä Euroopan talousalueen ulkopuolelle\nRekisterissä olevalla henkilöllä on oikeus nähdä tietonsa.\n`;
    expect(shape(text).filter(([kind]) => kind === 'paragraph')).toHaveLength(3);
  });

  it.each([
    ['fi', 'Kameravalvonta', 'Tallenteet', 'Tallenteet säilytetään neljätoista päivää, minkä jälkeen ne poistetaan automaattisesti.'],
    ['sv', 'Kameror', 'Inspelat material', 'Inspelningarna sparas i fjorton dagar och raderas därefter automatiskt av systemet.'],
    ['en', 'Cameras', 'Recordings', 'The recordings are kept for fourteen days and then deleted automatically by the system.'],
  ])('makes a short title over a longer line a heading, not a labelled detail (%s)', (_lang, title, part, text) => {
    const blocks = shape(`${title}\n${long(text)}\n${part}\n${text}\nYhteyshenkilö: Maija Mallikas\n${long(text)}\n`);
    expect(blocks.filter(([kind]) => kind === 'heading').map(([, t]) => t)).toEqual([title, part]);
  });

  it('goes on with a line that opens in lower case, broken by hand', () => {
    const text = `Tietosuojaseloste\n${long('Tietoja käytetään jäsenkirjeisiin.')}\nRekisteriä hoitaa rahastonhoitaja salasanalla suojatulla\ntietokoneella. Rekisteriä ei tulosteta.\n`;
    expect(shape(text).at(-1)).toEqual(['paragraph', 'Rekisteriä hoitaa rahastonhoitaja salasanalla suojatulla tietokoneella. Rekisteriä ei tulosteta.']);
  });

  it('keeps a text wrapped by hand, whose lines are short, as one paragraph', () => {
    const text = 'Tietosuojaseloste\n\nTietoja käytetään jäsenkirjeisiin.\nTietoja ei luovuteta kolmansille osapuolille.\nRekisterissä olevalla henkilöllä on oikeus nähdä tietonsa.\n';
    expect(shape(text).filter(([kind]) => kind === 'paragraph')).toHaveLength(1);
  });

  it('keeps lines that end no sentence together (an address under a long line)', () => {
    const text = `Tietosuojaseloste\n${long('Rekisterinpitäjänä toimii Esimerkkiseura ry.')}\nMaija Mallikas\nKatu 1\n00100 Helsinki\n`;
    expect(shape(text).filter(([kind]) => kind === 'paragraph').map(([, t]) => t).at(-1)).toBe('Maija Mallikas Katu 1 00100 Helsinki');
  });
});

describe('short lines after a paragraph that says what follows, in a page copied out one paragraph a line', () => {
  const LONG = 'Asiakasrekisteri koostuu sähköposteista ja laskuista, ja siihen kerätään henkilön koko nimi, sähköpostiosoite ja kuvauksen katuosoite.';
  it('are the items of its list, not headings', () => {
    const text = `Tietosuoja\n${LONG}\nRekisterin tietoja voidaan siirtää seuraaville kolmannen osapuolen tietojenkäsittelijöille, jotka noudattavat lainsäädäntöä.\nKuvat.fi (Nimi ja sähköpostiosoite)\nUkko.fi (laskutustiedot, nimi ja sähköpostiosoite)\nMicrosoft (outlook, sähköposti ja nimi)\n${LONG}\n`;
    const blocks = readBlocks(text, 'text');
    expect(blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).not.toContain('Kuvat.fi (Nimi ja sähköpostiosoite)');
    expect(blocks.find((b) => b.kind === 'list')?.items).toHaveLength(3);
  });

  it('are headings still after a paragraph that leads into nothing', () => {
    const text = `Tietosuoja\n${LONG}\nRekisterin tietoja säilytetään suojatulla palvelimella, johon pääsy on vain ylläpitäjällä ja sen hallituksella.\nTietojen luovutukset\n${LONG}\n`;
    expect(readBlocks(text, 'text').filter((b) => b.kind === 'heading').map((b) => b.text)).toContain('Tietojen luovutukset');
  });
});

describe('an old register form copied out one line a field', () => {
  const LONG = 'Asiakastietoja sisältävän järjestelmän käyttöön ovat oikeutettuja vain ne työntekijät, joilla työnsä puolesta on oikeus käsitellä asiakastietoja.';
  const FORM = [
    'ASIAKASREKISTERI', 'Rekisterinpitäjä', 'Nimi', 'Esimerkkiyhdistys ry 1234567-1', 'Osoite', 'Katu 10A, 50100 MIKKELI',
    'Henkilötietojen käsittelyn tarkoitus', 'Asiakassuhteiden ja laskutuksen hoitaminen', 'Rekisterin tietosisältö', 'a) Henkilötiedot', 'b) Tiedot tilatuista palveluista',
    'Säännönmukaiset tietolähteet', 'Asiakas itse', 'Rekisterin suojauksen periaatteet', LONG,
  ].join('\n');

  it('keeps a field\'s label with its value: the controller\'s address is read', () => {
    const { register } = importNotice(`${FORM}\n`, { format: 'text', lang: 'fi' });
    expect(register['controller']).toMatchObject({ name: 'Esimerkkiyhdistys ry', address: { street: 'Katu 10A', postal_code: '50100', city: 'MIKKELI' } });
  });

  it('starts a part at its title over lettered items, and keeps the line right under a title its text', () => {
    const headings = readBlocks(`${FORM}\n`, 'text').filter((b) => b.kind === 'heading').map((b) => b.text);
    expect(headings).toContain('Rekisterin tietosisältö');
    expect(headings).not.toContain('Osoite');
    expect(headings).not.toContain('Asiakas itse');
  });
});

describe('lines the readings of a form leave as they were', () => {
  const LONG = 'Asiakastietoja sisältävän järjestelmän käyttöön ovat oikeutettuja vain ne työntekijät, joilla työnsä puolesta on oikeus käsitellä asiakastietoja.';
  it('headings after "contact us using the following details" stay headings, and the address is read', () => {
    const text = `Privacy notice\n${LONG}\nIf you have any questions about this notice, please contact us using the following details, and we will answer within two weeks.\nController\nExample Ltd\nStreet 1\n00100 Helsinki\ninfo@example.example\nPurposes of processing\n${LONG}\n`;
    const headings = readBlocks(text, 'text').filter((b) => b.kind === 'heading').map((b) => b.text);
    expect(headings).toEqual(expect.arrayContaining(['Controller', 'Purposes of processing']));
  });

  it('an abbreviation at a line\'s start ("n. 6 vuotta") goes on with its paragraph', () => {
    const text = `Tietosuoja\n${LONG}\nTietoja säilytetään kirjanpitolain vuoksi\nn. 6 vuotta, minkä jälkeen ne poistetaan.\n${LONG}\n`;
    expect(readBlocks(text, 'text').filter((b) => b.kind === 'heading').map((b) => b.text)).not.toContain('Tietoja säilytetään kirjanpitolain vuoksi');
  });

  it('a business ID\'s label over its number is no heading: the address after it is read', () => {
    const form = ['ASIAKASREKISTERI', 'Rekisterinpitäjä', 'Nimi', 'Esimerkkiyhdistys ry', 'Y-tunnus', '1234567-1', 'Osoite', 'Katu 10A, 50100 MIKKELI', 'Henkilötietojen käsittelyn tarkoitus', LONG].join('\n');
    const { register } = importNotice(`${form}\n`, { format: 'text', lang: 'fi' });
    expect(register['controller']).toMatchObject({ business_id: '1234567-1', address: { street: 'Katu 10A' } });
  });
});

