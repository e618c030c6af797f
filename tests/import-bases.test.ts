import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { importNotice } from '../src/import/import.js';
import { classifyHeading } from '../src/import/headings.js';
import { basisPair, isBasisOnly, statedBases } from '../src/import/recognise/bases.js';
import { checkPaths } from '../src/pipeline.js';

type Draft = Record<string, any>;

const CONFIG = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'rules', 'seloste.config.yaml');
const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function purposes(text: string, lang?: 'fi' | 'sv' | 'en'): { description: Record<string, string>; legal_basis?: string; law?: Record<string, string> }[] {
  return (importNotice(text, lang ? { lang } : {}).register as Draft)['purposes'];
}

function bases(text: string, lang?: 'fi' | 'sv' | 'en'): (string | undefined)[] {
  return purposes(text, lang).map((p) => p.legal_basis);
}

describe('legal bases by point of Art. 6(1)', () => {
  const points: [string, string][] = [
    ['6 artiklan 1 kohdan a alakohta', 'consent'],
    ['tietosuoja-asetuksen 6 art. 1 kohdan f alakohta', 'legitimate_interests'],
    ['art. 6.1 a', 'consent'],
    ['Article 6(1)(b)', 'contract'],
    ['Art. 6 (1) (e) GDPR', 'public_task'],
    ['artikel 6.1 c', 'legal_obligation'],
    ['artikla 6(1)(d)', 'vital_interests'],
    ['under 6(1)(f)', 'legitimate_interests'],
    ['sopimuksen täyttäminen (6 art. 1 b)', 'contract'],
    ['rekisteröidyn pyynnöstä tehtävät toimenpiteet (EU:n yleinen tietosuoja-asetus, 6 artikla 1 kohdan b alakohta)', 'contract'],
    ['6 artikla 1 kohta c alakohta', 'legal_obligation'],
  ];
  it.each(points)('"%s" is %s', (text, basis) => {
    expect(statedBases(text).bases).toEqual([basis]);
  });
});

describe('a list of the bases in the words of Art. 6(1), under a lead-in that announces bases', () => {
  const lists: [string, string][] = [
    ['fi', '## Käsittelyn oikeusperusteet ja tarkoitus\n\nKäsittelemme henkilötietoja seuraavilla käsittelyperusteilla:\n\n- rekisteröidyn antamalla nimenomaisella suostumuksella\n- sellaisen sopimuksen täytäntöönpanemiseksi, missä rekisteröity on osapuolena\n- rekisterinpitäjän lakisääteisten velvoitteiden noudattamiseksi\n- oikeutetun edun perusteella tarjotaksemme palveluitamme asiakkaillemme.\n\nKäsittelyn päätarkoitus on toimeksiantojen hoitaminen.\n'],
    ['sv', '## Rättslig grund\n\nVi behandlar personuppgifter på följande rättsliga grunder:\n\n- samtycke som den registrerade har lämnat\n- för att fullgöra ett avtal i vilket den registrerade är part\n- berättigat intresse av att svara på frågor från våra kunder.\n\nÄndamålet är att sköta uppdrag.\n'],
  ];
  it.each(lists)('gives the bases of the register, not purposes (%s)', (lang, body) => {
    const draft = importNotice(`# ${lang === 'fi' ? 'Tietosuojaseloste' : 'Integritetspolicy'}\n\n${body}`, { lang: lang as 'fi' | 'sv' }).register as Draft;
    expect((draft['purposes'] as Draft[]).map((p) => p['legal_basis'])).toEqual([undefined]);
    expect(draft['legal_bases']).toEqual(expect.arrayContaining(['consent', 'contract', 'legitimate_interests']));
  });

  it('leaves items that each give their own aim purposes with their bases, and no basis of the register', () => {
    const text = '# Tietosuojaseloste\n\n## Käsittelyn tarkoitus ja oikeusperuste\n\nKäsittelemme henkilötietoja seuraavilla käsittelyperusteilla:\n\n- rekisteröidyn antamalla suostumuksella uutiskirjeen lähettämiseksi\n- oikeutetun edun perusteella asiakastyytyväisyyskyselyjen tekemiseksi\n';
    const draft = importNotice(text, { lang: 'fi' }).register as Draft;
    expect((draft['purposes'] as Draft[]).map((p) => p['legal_basis'])).toEqual(['consent', 'legitimate_interests']);
    expect(draft['legal_bases']).toBeUndefined();
  });

  it('words of Art. 6(1) alone are a basis, words of an aim are not', () => {
    expect(isBasisOnly('sellaisen sopimuksen täytäntöönpanemiseksi, missä rekisteröity on osapuolena')).toBe(true);
    expect(isBasisOnly('necessary for the performance of a contract to which the data subject is party')).toBe(true);
    expect(isBasisOnly('sopimuksen täytäntöönpanemiseksi laskutusta varten')).toBe(false);
  });
});

describe('legal bases by name, in Finnish, Swedish and English', () => {
  const names: [string, string][] = [
    ['suostumus', 'consent'],
    ['samtycke', 'consent'],
    ['consent', 'consent'],
    ['sopimuksen täytäntöönpano', 'contract'],
    ['fullgörande av avtal', 'contract'],
    ['performance of a contract', 'contract'],
    ['rekisterinpitäjän lakisääteinen velvoite', 'legal_obligation'],
    ['lainmukaisten velvoitteiden täyttäminen', 'legal_obligation'],
    ['rättslig förpliktelse', 'legal_obligation'],
    ['legal obligation', 'legal_obligation'],
    ['elintärkeiden etujen suojaaminen', 'vital_interests'],
    ['intressen av grundläggande betydelse för den registrerade', 'vital_interests'],
    ['vital interests', 'vital_interests'],
    ['yleistä etua koskeva tehtävä', 'public_task'],
    ['julkisen vallan käyttäminen', 'public_task'],
    ['uppgift av allmänt intresse', 'public_task'],
    ['myndighetsutövning', 'public_task'],
    ['public task', 'public_task'],
    ['exercise of official authority', 'public_task'],
    ['oikeutettu etu', 'legitimate_interests'],
    // The interest's kind said between its words: "rekisterinpitäjän oikeutettu asiakassuhteesta johtuva etu".
    ['rekisterinpitäjän oikeutettu asiakassuhteesta johtuva etu', 'legitimate_interests'],
    ['berättigat intresse', 'legitimate_interests'],
    ['legitimate interests', 'legitimate_interests'],
  ];
  it.each(names)('"%s" is %s', (text, basis) => {
    expect(statedBases(text).bases).toEqual([basis]);
  });
});

describe('words of entitlement that are no legitimate interest', () => {
  it.each(['Rekisteröity on oikeutettu saamaan tiedon etukäteen ennen tietojen luovuttamista.', 'Hakija on oikeutettu saamaan taloudellista etua.'])('"%s"', (text) => {
    expect(statedBases(text).bases).toEqual([]);
  });
});

describe('statutes named as the basis', () => {
  it('a statute alone names no point of Art. 6(1), and a contract act is not the basis "contract"', () => {
    expect(statedBases('työsopimuslaki')).toEqual({ bases: [], statutes: ['työsopimuslaki'] });
    expect(statedBases('arbetsavtalslagen')).toEqual({ bases: [], statutes: ['arbetsavtalslagen'] });
    expect(statedBases('Employment Contracts Act')).toEqual({ bases: [], statutes: ['Employment Contracts Act'] });
    expect(statedBases('lag om elektronisk kommunikation').statutes).toEqual(['lag om elektronisk kommunikation']);
    // Words that end like a statute are none.
    expect(statedBases('underlagen och förslagen').statutes).toEqual([]);
  });

  it('a statute the text says obliges or requires is a legal obligation, with the law kept', () => {
    expect(statedBases('Kirjanpitolaki velvoittaa säilyttämään tositteet')).toEqual({ bases: ['legal_obligation'], statutes: ['Kirjanpitolaki'], law: 'Kirjanpitolaki' });
    expect(statedBases('som bokföringslagen kräver')).toEqual({ bases: ['legal_obligation'], statutes: ['bokföringslagen'], law: 'bokföringslagen' });
    expect(statedBases('as the Accounting Act requires')).toEqual({ bases: ['legal_obligation'], statutes: ['Accounting Act'], law: 'Accounting Act' });
  });

  it('consent named only as what data are not disclosed without, however far after "without", is no basis', () => {
    expect(statedBases('Asiakastietoja ei luovuteta sivullisille ilman lakiin perustuvaa oikeutta tai velvollisuutta taikka asiakkaan tai hänen laillisen edustajansa suostumusta.').bases).toEqual([]);
    expect(statedBases('Uppgifterna lämnas inte ut utan stöd i lag eller utan att kunden eller kundens rättsliga företrädare har gett sitt samtycke.').bases).toEqual([]);
    expect(statedBases('Client data are not disclosed without a right or duty based on law or without the client or their legal representative giving consent.').bases).toEqual([]);
  });

  it('a purpose that names a statute but no obligation gets no basis and a TODO naming the statute', () => {
    const result = importNotice('Rekisterin nimi\n\nHenkilöstörekisteri\n\nKäsittelyn tarkoitus\n\n- Työsuhteen hoitaminen (työsopimuslaki)\n- Palkanlaskenta\n');
    expect((result.register as Draft)['purposes'].map((p: Draft) => p['legal_basis'])).toEqual([undefined, undefined]);
    expect(result.yaml).toMatch(/# TODO: the text names työsopimuslaki but not which basis of Art\. 6\(1\)/u);
  });
});

describe('bases tied to the purposes they stand next to', () => {
  it('"purpose – basis" pairs in list items, in each language', () => {
    expect(bases('Käsittelyn tarkoitus\n\n- Tilausten käsittely – sopimus\n- Uutiskirje (suostumus)\n- Asiakastyytyväisyyskyselyt: oikeutettu etu\n')).toEqual([
      'contract',
      'consent',
      'legitimate_interests',
    ]);
    expect(bases('Ändamålet med behandlingen\n\n- Kundtjänst – avtal\n- Nyhetsbrev (samtycke)\n- Bokföring – rättslig förpliktelse\n')).toEqual(['contract', 'consent', 'legal_obligation']);
    expect(bases('# Notice\n\n## Purposes\n\n- Delivering orders – contract (Article 6(1)(b))\n- Newsletter: consent\n- Fraud prevention – legitimate interests\n')).toEqual([
      'contract',
      'consent',
      'legitimate_interests',
    ]);
    expect(purposes('Käsittelyn tarkoitus\n\n- Tilausten käsittely – sopimus\n')[0]!.description).toEqual({ fi: 'Tilausten käsittely' });
  });

  it('a contract named with the steps before it, as Art. 6(1)(b) names them, is the contract', () => {
    expect(bases('Käsittelyn tarkoitus\n\n- Yhteydenottoihin vastaaminen (GDPR 6.1.b sopimus tai sopimusta edeltävät toimet)\n- Uutiskirje (suostumus)\n')).toEqual(['contract', 'consent']);
    expect(bases('Ändamålet med behandlingen\n\n- Hantera din bokning – avtal eller åtgärder före avtal\n- Nyhetsbrev (samtycke)\n')).toEqual(['contract', 'consent']);
    expect(bases('# Notice\n\n## Purposes\n\n- Answering quote requests (contract or pre-contractual steps)\n- Newsletter: consent\n')).toEqual(['contract', 'consent']);
    // As Art. 6(1)(b) words them.
    expect(bases('# Notice\n\n## Purposes\n\n- Answering quote requests (contract or steps at the request of the data subject prior to entering into a contract)\n')).toEqual(['contract']);
    expect(bases('Ändamålet med behandlingen\n\n- Besvara offertförfrågningar (avtal eller åtgärder på begäran av den registrerade innan ett sådant avtal ingås)\n')).toEqual(['contract']);
  });

  it('a purpose that is carrying out contracts or contractual obligations rests on the contract', () => {
    expect(bases('Käsittelyn tarkoitus\n\n- Palveluiden toimittaminen ja sopimusten täytäntöönpano\n- Sopimusvelvoitteidemme toteuttaminen\n')).toEqual(['contract', 'contract']);
    expect(bases('Ändamålet med behandlingen\n\n- Uppfylla våra avtalsenliga skyldigheter\n')).toEqual(['contract']);
    expect(bases('# Notice\n\n## Purposes\n\n- Fulfilling our contractual obligations\n')).toEqual(['contract']);
    expect(bases('Ändamålet med behandlingen\n\n- Uppfylla våra skyldigheter enligt avtalet\n')).toEqual(['contract']);
    // Contracts with others are not the data subject's.
    expect(bases('Käsittelyn tarkoitus\n\n- Tietojen luovuttaminen yhteistyökumppaneille niiden kanssa tehtyjen sopimusten perusteella\n')).toEqual([undefined]);
    expect(bases('Käsittelyn tarkoitus\n\n- Toimittajien kanssa tehtyjen sopimusten täytäntöönpano\n- Alihankintasopimusten täytäntöönpano yhteistyökumppaneiden kanssa\n')).toEqual([undefined, undefined]);
    expect(bases('Ändamålet med behandlingen\n\n- Uppfylla våra skyldigheter enligt avtal med våra samarbetspartner\n')).toEqual([undefined]);
  });

  it('consent said of the customer, the user or the member is consent', () => {
    expect(bases('# Notice\n\n## Purposes\n\n- Targeted marketing, with customer consent\n- Newsletters, with the member\'s consent\n')).toEqual(['consent', 'consent']);
    expect(bases('Ändamålet med behandlingen\n\n- Nyhetsbrev med kundens samtycke\n')).toEqual(['consent']);
  });

  it('the rows of a purpose and basis table', () => {
    const md = '# Privacy notice\n\n## Purposes and legal basis\n\n| Purpose | Legal basis |\n| --- | --- |\n| Handling orders | Contract |\n| Sending the newsletter | Consent, Art. 6(1)(a) |\n| Keeping accounts | Legal obligation |\n';
    expect(purposes(md)).toEqual([
      { description: { en: 'Handling orders' }, legal_basis: 'contract' },
      { description: { en: 'Sending the newsletter' }, legal_basis: 'consent' },
      { description: { en: 'Keeping accounts' }, legal_basis: 'legal_obligation' },
    ]);
  });

  it('the rows of a definition list of purposes and bases, whatever part a purpose\'s words name, and the text after it', () => {
    const rows: [string, string][] = [
      ['Varauksen vastaanotto ja työn toteuttaminen', 'Sopimus (GDPR 6.1 b)'],
      ['Laskutus, kirjanpito ja lakisääteiset velvoitteet', 'Lakisääteinen velvoite (GDPR 6.1 c)'],
      ['Palvelun tekninen toiminta ja tietoturva', 'Oikeutettu etu (GDPR 6.1 f)'],
    ];
    const dl = rows.map(([dt, dd]) => `<div><dt>${dt}</dt><dd>${dd}</dd></div>`).join('\n');
    const html = `<html><body><h1>Tietosuojaseloste</h1>\n<h2>Mihin tietoja käytetään ja millä perusteella</h2>\n<dl>\n${dl}\n</dl>\n<p>Emme tee automaattista päätöksentekoa.</p>\n</body></html>`;
    const result = importNotice(html, { lang: 'fi' });
    expect((result.register as Draft)['purposes']).toEqual([
      { description: { fi: rows[0]![0] }, legal_basis: 'contract' },
      { description: { fi: rows[1]![0] }, legal_basis: 'legal_obligation' },
      { description: { fi: rows[2]![0] }, legal_basis: 'legitimate_interests' },
    ]);
    expect(result.yaml).toContain('Emme tee automaattista päätöksentekoa.');
  });

  it('the same sentence ties a basis to its purpose; a purpose that names none gets none', () => {
    expect(bases('Käsittelyn tarkoitus\n\n- Uutiskirjeen lähettäminen suostumuksesi perusteella\n- Asiakaspalvelu\n')).toEqual(['consent', undefined]);
    expect(bases('Ändamålet med behandlingen\n\n- Nyhetsbrev, med ditt samtycke\n- Kundservice\n')).toEqual(['consent', undefined]);
    // Words about contracts or consent that do not say the processing rests on them are no basis.
    expect(bases('Käsittelyn tarkoitus\n\n- Asiakassopimusten hallinnointi\n- Suostumusten kirjaaminen\n')).toEqual([undefined, undefined]);
  });

  it('a sentence of a basis section that names a purpose ties its basis to that purpose', () => {
    const text = 'Käsittelyn tarkoitus\n\n- Uutiskirje\n- Laskutus\n\nKäsittelyn oikeusperuste\n\nUutiskirje perustuu suostumukseen. Laskutus perustuu kirjanpitolain velvoitteeseen.\n';
    expect(purposes(text)).toEqual([
      { description: { fi: 'Uutiskirje' }, legal_basis: 'consent' },
      { description: { fi: 'Laskutus' }, legal_basis: 'legal_obligation', law: { fi: 'kirjanpitolain' } },
    ]);
  });

  it('pairs in a basis section go to the purposes they name, and never become purposes', () => {
    const text = 'Käsittelyn tarkoitus\n\n- Uutiskirje\n- Verkkokauppa\n\nOikeusperusteet\n\n- Uutiskirje: suostumus\n- Verkkokauppa: sopimus\n- Kilpailut: suostumus\n';
    const result = importNotice(text);
    expect((result.register as Draft)['purposes']).toEqual([
      { description: { fi: 'Uutiskirje' }, legal_basis: 'consent' },
      { description: { fi: 'Verkkokauppa' }, legal_basis: 'contract' },
    ]);
    // A pair that names no purpose of the notice is kept for the author.
    expect(result.yaml).toMatch(/#   Kilpailut: suostumus/u);
  });
});

describe('a basis section yields no purposes', () => {
  const sections = [
    'Rekisterin nimi\n\nAsiakasrekisteri\n\nKäsittelyn oikeusperuste\n\n- Suostumus\n- Sopimus\n- Oikeutettu etu\n',
    'Registrets namn\n\nKundregister\n\nRättslig grund\n\n- Samtycke\n- Avtal\n- Berättigat intresse\n',
    '# Notice\n\n## Name of the register\n\nCustomer register\n\n## Legal basis\n\n- Consent\n- Contract\n- Legitimate interests\n',
    'Käsittelyn tarkoitus ja oikeusperuste\n\nKäsittelyn oikeusperusteet:\n\n- suostumus\n- sopimus\n',
    '# Notice\n\n## Purposes and legal basis\n\n### Legal basis\n\n- Consent\n- Contract\n',
  ];
  it.each(sections)('%#', (text) => {
    const result = importNotice(text);
    expect(result.register['purposes']).toBeUndefined();
    expect((result.register['legal_bases'] as string[]).slice(0, 2)).toEqual(['consent', 'contract']);
    expect(result.yaml).toMatch(/# TODO: the original states legal bases for the register as a whole, not per purpose; they are listed in `legal_bases` \(`consent`, `contract`/u);
  });
});

describe('bases for the register as a whole', () => {
  it('several bases for the whole register go to a TODO, not onto the purposes', () => {
    const text = 'Käsittelyn tarkoitus\n\n- Asiakaspalvelu\n- Markkinointi\n\nKäsittelyn oikeusperuste\n\nKäsittely perustuu sopimukseen ja rekisterinpitäjän oikeutettuun etuun.\n';
    const result = importNotice(text);
    expect(bases(text)).toEqual([undefined, undefined]);
    expect(result.register['legal_bases']).toEqual(['contract', 'legitimate_interests']);
    expect(result.yaml).toMatch(/they are listed in `legal_bases` \(`contract`, `legitimate_interests`\)/u);
    expect(result.yaml).toMatch(/#   Käsittely perustuu sopimukseen ja rekisterinpitäjän oikeutettuun etuun\./u);
  });

  it('a legitimate-interest section is not spread over the purposes', () => {
    const text = 'Ändamålet med behandlingen\n\n- Kundtjänst\n- Marknadsföring\n\nBerättigat intresse\n\nVårt berättigade intresse är att sköta kundförhållandet.\n';
    const result = importNotice(text);
    expect(bases(text)).toEqual([undefined, undefined]);
    expect(result.yaml).toMatch(/#   Vårt berättigade intresse är att sköta kundförhållandet\./u);
  });

  it('one basis stated alone for everything is listed for the register, not set on each purpose', () => {
    const text = 'Käsittelyn tarkoitus\n\n- Asiakaspalvelu\n- Laskutus\n\nKäsittelyn oikeusperuste\n\nSopimus.\n';
    expect(bases(text)).toEqual([undefined, undefined]);
    expect(importNotice(text).register['legal_bases']).toEqual(['contract']);
  });

  it('a purpose left without a basis is reported by `seloste check`', async () => {
    const result = importNotice('Rekisterin nimi\n\nAsiakasrekisteri\n\nKäsittelyn tarkoitus\n\n- Uutiskirje (suostumus)\n- Asiakaspalvelu\n');
    const dir = mkdtempSync(join(tmpdir(), 'seloste-bases-'));
    temps.push(dir);
    writeFileSync(join(dir, 'draft.yaml'), result.yaml);
    const checked = await checkPaths({ cwd: dir, paths: ['draft.yaml'], configFile: CONFIG, languages: ['fi'] });
    const messages = checked.files[0]!.diagnostics.filter((d) => d.ruleId === 'legal-basis').map((d) => d.message);
    expect(messages.join('\n')).toMatch(/purpose 2/u);
  });
});

describe('basisPair', () => {
  it('splits a purpose from its basis, either way round, and leaves plain purposes alone', () => {
    expect(basisPair('Uutiskirje – suostumus')).toEqual({ purpose: 'Uutiskirje', basis: 'suostumus' });
    expect(basisPair('Samtycke: nyhetsbrev')).toEqual({ purpose: 'nyhetsbrev', basis: 'Samtycke' });
    expect(basisPair('Orders (contract, Art. 6(1)(b))')).toEqual({ purpose: 'Orders', basis: 'contract, Art. 6(1)(b)' });
    expect(basisPair('Asiakassuhteen hoito – laskutus ja perintä')).toBeUndefined();
    expect(basisPair('Sopimusten hallinta: tallennus ja arkistointi')).toBeUndefined();
  });
});

describe('purposes said in sentences, with the basis stated beside them', () => {
  const paragraphs: [string, string, string][] = [
    ['fi', 'Käsittelyn tarkoitus ja oikeusperuste\n\nPalvelu välittää avointa liikennetietoa.\n\nHenkilötietojasi käsitellään palvelun käytön seuraamiseksi. Käsittelyn oikeusperuste on rekisterinpitäjän lakisääteinen velvoite.\n', 'Henkilötietojasi käsitellään palvelun käytön seuraamiseksi.'],
    ['sv', 'Ändamål och rättslig grund\n\nTjänsten förmedlar öppna trafikdata.\n\nVi behandlar dina uppgifter för att följa upp användningen av tjänsten. Den rättsliga grunden är en rättslig förpliktelse.\n', 'Vi behandlar dina uppgifter för att följa upp användningen av tjänsten.'],
    ['en', '# Notice\n\n## Purpose and legal basis\n\nThe service hands out open traffic data.\n\nYour personal data is processed to follow the use of the service. The legal basis for processing is the legal obligation of the controller.\n', 'Your personal data is processed to follow the use of the service.'],
  ];
  it.each(paragraphs)('a purpose sentence and one basis in the same paragraph go together (%s)', (lang, text, purpose) => {
    const result = importNotice(text, { lang: lang as 'fi' | 'sv' | 'en' });
    const found = (result.register['purposes'] as Draft[]).find((p) => p['description'][lang] === purpose);
    expect(found?.['legal_basis']).toBe('legal_obligation');
    expect(result.register['legal_bases']).toBeUndefined();
    // The statement is quoted at the purpose it was given to.
    expect(result.yaml).toMatch(/# The legal basis as the original states it:/u);
  });

  it('two bases in the paragraph are given to no purpose', () => {
    const text = 'Käsittelyn tarkoitus ja oikeusperuste\n\nTietoja käsitellään jäsenyyden hoitamiseksi. Käsittely perustuu sopimukseen ja oikeutettuun etuun.\n';
    expect(bases(text)).toEqual([undefined]);
    expect(importNotice(text).register['legal_bases']).toEqual(['contract', 'legitimate_interests']);
  });

  const leadIns: [string, string, string, string[]][] = [
    ['fi', 'Tarkoitus ja oikeusperuste\n\nTietoja käytetään jäsenyyden hoitamiseen. Käsittelyn oikeusperuste on:\n\n- Sopimus (jäsenyys)\n- Suostumus (uutiskirje)\n', 'Tietoja käytetään jäsenyyden hoitamiseen.', ['consent']],
    ['sv', 'Ändamål och rättslig grund\n\nUppgifterna används för att sköta medlemskapet. Den rättsliga grunden är:\n\n- Avtal (medlemskap)\n- Samtycke (nyhetsbrev)\n', 'Uppgifterna används för att sköta medlemskapet.', ['consent']],
    ['en', '# Notice\n\n## Purpose and legal basis\n\nPersonal data is processed for managing the membership. The legal basis for processing is:\n\n- Contract (membership)\n- Consent (newsletter)\n', 'Personal data is processed for managing the membership.', ['consent']],
  ];
  it.each(leadIns)('the purpose said in the lead-in of a list of bases is a purpose; the basis whose brackets name it is its basis, the others stay the register\'s (%s)', (lang, text, purpose, listed) => {
    const result = importNotice(text, { lang: lang as 'fi' | 'sv' | 'en' });
    expect(result.register['purposes']).toEqual([{ description: { [lang]: purpose }, legal_basis: 'contract' }]);
    expect(result.register['legal_bases']).toEqual(listed);
  });

  it('a lead-in that states one basis gives it to each purpose of its list', () => {
    expect(bases('Käsittelyn tarkoitus\n\nTietoja käsitellään oikeutetun edun perusteella seuraaviin tarkoituksiin:\n\n- Asiakaspalvelu\n- Tuotekehitys\n')).toEqual(['legitimate_interests', 'legitimate_interests']);
    expect(bases('# Notice\n\n## Purposes\n\nWe process the data for these purposes, based on our legitimate interests:\n\n- Customer service\n- Product development\n')).toEqual(['legitimate_interests', 'legitimate_interests']);
  });

  it('a sentence that opens on its case is a purpose with its basis', () => {
    expect(purposes('# Notice\n\n## Purposes\n\n- Customer service\n\nIf you leave your e-mail address in the feedback box, we rely on your consent as the legal basis of this processing.\n')).toContainEqual({
      description: { en: 'If you leave your e-mail address in the feedback box, we rely on your consent as the legal basis of this processing.' },
      legal_basis: 'consent',
    });
    expect(bases('Ändamål\n\nOm du anmäler dig till nyhetsbrevet grundar sig behandlingen på ditt samtycke.\n', 'sv')).toEqual(['consent']);
    expect(bases('Käsittelyn tarkoitus\n\nJos tilaat uutiskirjeen, käsittely perustuu suostumukseesi.\n')).toEqual(['consent']);
  });

  it('in a section that says its purposes in sentences, a paragraph that only names a basis is about the basis', () => {
    const text = 'Käsittelyn tarkoitus ja oikeusperuste\n\nTietoja käsitellään kurssien järjestämiseksi.\n\nKun suostumusta kuvien julkaisuun kysytään, annetaan samalla selvitys julkaisusta.\n';
    const result = importNotice(text);
    expect((result.register['purposes'] as Draft[]).map((p) => p['description']['fi'])).toEqual(['Tietoja käsitellään kurssien järjestämiseksi.']);
    expect(result.register['legal_bases']).toEqual(['consent']);
  });
});

describe('what a basis qualified or asked for says', () => {
  it('a basis "where required" is still the basis of its purpose', () => {
    expect(bases('Ändamål\n\n- För att skicka inbjudningar (samtycke, där det krävs)\n', 'sv')).toEqual(['consent']);
    expect(bases('# Notice\n\n## Purposes\n\n- Sending invitations (consent where required)\n')).toEqual(['consent']);
    expect(bases('Käsittelyn tarkoitus\n\n- Kutsujen lähettäminen (suostumus, tarvittaessa)\n')).toEqual(['consent']);
  });

  it('asking for consent to a purpose is its basis', () => {
    expect(bases('Ändamål\n\nNär du ringer via tjänsten ber vi om ditt samtycke för att kunna hantera ditt nummer.\n', 'sv')).toEqual(['consent']);
    expect(bases('# Notice\n\n## Purposes\n\nWe ask for your consent to handle your phone number when you call through the service.\n')).toEqual(['consent']);
    expect(bases('Käsittelyn tarkoitus\n\nPyydämme suostumuksesi puhelinnumerosi käsittelyyn soittopalvelua varten.\n')).toEqual(['consent']);
  });
});

describe('an obligation a purpose only names', () => {
  const notices: [string, string][] = [
    ['fi', 'Oikeusperuste ja tarkoitus\n\nOikeusperuste:\n\n- Sopimus (jäsenyys)\n- Lakisääteinen velvoite (yhdistyslaki)\n\nTarkoitus:\n\n- Jäsenyyden hoitaminen\n- Lakisääteisten velvoitteiden täyttäminen\n'],
    ['sv', 'Rättslig grund och ändamål\n\nRättslig grund:\n\n- Avtal (medlemskap)\n- Rättslig förpliktelse (bokföring)\n\nÄndamål:\n\n- Sköta medlemskapet\n- Fullgöra rättsliga förpliktelser\n'],
    ['en', '# Notice\n\n## Legal basis and purposes\n\nLegal basis:\n\n- Contract (membership)\n- Legal obligation (accounting)\n\nPurposes:\n\n- Managing the membership\n- Meeting legal obligations\n'],
  ];
  it.each(notices)('is no basis where the notice lists its bases apart (%s)', (lang, text) => {
    const result = importNotice(text, { lang: lang as 'fi' | 'sv' | 'en' });
    // The contract's brackets name the membership; the obligation's name no purpose, and the purpose that names an obligation is not its.
    expect((result.register['purposes'] as Draft[]).map((p) => p['legal_basis'])).toEqual(['contract', undefined]);
    expect(result.register['legal_bases']).toEqual(['legal_obligation']);
  });

  it('a list of bases with what each covers in brackets gives each to the purpose its brackets name; an item that is no basis is kept', () => {
    const text = 'Henkilötietojen käsittelyn tarkoitus ja oikeusperuste\n\nHenkilötietoja käsitellään seuraaviin tarkoituksiin:\n\n- jäsenyyden hoitamiseen\n- tapahtumien järjestämiseen\n- jäsenetujen toteuttamiseen\n\nOikeusperusteet:\n\n- sopimus (jäsenyys yhdistyksessä)\n- jäsenyyteen perustuva suhde (yhdistyksen toiminta)\n- suostumus (verkkotunnukset jäsenetujen toteuttamiseksi)\n';
    const result = importNotice(text, { lang: 'fi' });
    expect((result.register['purposes'] as Draft[]).map((p) => p['legal_basis'])).toEqual(['contract', undefined, 'consent']);
    expect(result.yaml).toContain('jäsenyyteen perustuva suhde (yhdistyksen toiminta)');
  });

  it('takes the interest a basis of legitimate interests names in brackets, not an article', () => {
    const cases: ['fi' | 'sv' | 'en', string, string, string | undefined][] = [
      ['sv', 'Ändamål\n\nWebbplatsen använder besökarspårning för att föra statistik över användningen av tjänsten. Den rättsliga grunden för behandlingen är den personuppgiftsansvariges berättigade intresse (analys och utveckling av tjänsten).\n', 'legitimate_interests', 'analys och utveckling av tjänsten'],
      ['fi', 'Käsittelyn tarkoitus\n\nTietoja käsitellään kävijätilastojen laatimiseksi. Käsittelyn peruste on rekisterinpitäjän oikeutettu etu (palvelun kehittäminen).\n', 'legitimate_interests', 'palvelun kehittäminen'],
      ['en', '# Notice\n\n## Purposes\n\nWe use the data to keep visitor statistics. The legal basis is legitimate interest (Art. 6(1)(f) GDPR).\n', 'legitimate_interests', undefined],
      // Said as what the interest is: "Exempel ABs berättigade intresse är att kunna besvara förfrågningar".
      ['sv', '# Integritetspolicy\n\n## Ändamål\n\nVi behandlar uppgifterna för att kunna besvara förfrågningar. Behandlingen grundas på berättigat intresse. Exempel ABs berättigade intresse är att kunna besvara förfrågningar från uppdragsgivare.\n', 'legitimate_interests', 'kunna besvara förfrågningar från uppdragsgivare'],
      ['en', '# Notice\n\n## Purposes\n\nWe use the data to answer enquiries. The processing is based on legitimate interest. Our legitimate interest is to answer enquiries from clients.\n', 'legitimate_interests', 'answer enquiries from clients'],
    ];
    for (const [lang, text, basis, interest] of cases) {
      const p = (purposes(text, lang) as Draft[])[0]!;
      expect(p['legal_basis'], text).toBe(basis);
      expect(p['legitimate_interest']?.[lang], text).toBe(interest);
    }
  });

  it('is the basis where the notice states no other', () => {
    expect(bases('Käsittelyn tarkoitus\n\n- Asiakaspalvelu\n- Lakisääteisten velvoitteiden täyttäminen\n')).toEqual([undefined, 'legal_obligation']);
  });
});

describe('one basis for the processing and another for health data', () => {
  const notices: [string, string][] = [
    ['fi', 'Oikeusperuste ja käsittelyn tarkoitus\n\nKäsittelyn oikeusperuste on rekisterinpitäjän oikeutettu etu, sekä terveydentilaa koskevien tietojen kohdalla rekisteröidyn suostumus.\n\nYhteystietoja käytetään retkeen liittyvään tiedottamiseen.\n\nRuokavaliotiedot kerätään, jos retkellä tarjotaan ruokaa.\n'],
    ['sv', 'Rättslig grund och ändamål\n\nDen rättsliga grunden är vårt berättigade intresse; för uppgifter om hälsa är den rättsliga grunden ditt samtycke.\n\nKontaktuppgifterna används för att informera om resan.\n\nUppgifter om allergier samlas in för att kunna servera mat.\n'],
    ['en', '# Notice\n\n## Legal basis and purposes\n\nThe legal basis for processing is our legitimate interest; for health data the legal basis is your consent.\n\nContact details are used to send news of the trip.\n\nDietary needs and allergies are collected so that we can serve food.\n'],
  ];
  it.each(notices)('the purpose that speaks of health data gets the second, the others the first (%s)', (lang, text) => {
    expect(bases(text, lang as 'fi' | 'sv' | 'en')).toEqual(['legitimate_interests', 'consent']);
  });

  it('nothing is given when no purpose speaks of the data the second basis is for', () => {
    const text = 'Oikeusperuste ja käsittelyn tarkoitus\n\nKäsittelyn oikeusperuste on oikeutettu etu, sekä terveystietojen kohdalla suostumus.\n\nYhteystietoja käytetään tiedottamiseen.\n';
    expect(bases(text)).toEqual([undefined]);
  });
});

describe('an item that gives its purpose one basis and another activity a second', () => {
  const items: [string, string, string][] = [
    ['fi', '# Tietosuojaseloste\n\n## Käsittelyn tarkoitukset ja oikeusperusteet\n\n- Jäsenrekisterin ylläpito: oikeusperusteena sopimus (Art. 6(1)(b)). Roskapostin suodatus perustuu oikeutettuun etuun (Art. 6(1)(f)).\n- Palautteen kerääminen: oikeusperusteena suostumus (Art. 6(1)(a)) sekä huijausten estämisen osalta oikeutettu etu (Art. 6(1)(f)).\n', 'Jäsenrekisterin ylläpito'],
    ['sv', '# Integritetspolicy\n\n## Ändamål och rättslig grund\n\n- Medlemsregistret: rättslig grund är avtal (art. 6.1 b). Spamfiltreringen grundar sig på berättigat intresse (art. 6.1 f).\n- Insamling av synpunkter: rättslig grund är samtycke (art. 6.1 a); för bedrägeriskydd berättigat intresse (art. 6.1 f).\n', 'Medlemsregistret'],
    ['en', '# Privacy notice\n\n## Purposes and legal bases\n\n- Keeping the member list: legal basis contract (Article 6(1)(b)). Spam filtering relies on legitimate interests (Article 6(1)(f)).\n- Collecting feedback: legal basis consent (Article 6(1)(a)); for fraud prevention legitimate interests (Article 6(1)(f)).\n', 'Keeping the member list'],
  ];
  it.each(items)('the basis said right after the purpose is its own; a basis in brackets at the end is not the whole item\'s (%s)', (lang, text, first) => {
    const found = purposes(text, lang as 'fi' | 'sv' | 'en');
    expect(found.map((p) => p.legal_basis)).toEqual(['contract', 'consent']);
    expect(found[0]!.description[lang]).toBe(first);
  });

  it('a purpose that speaks of the data the second basis is for gets neither', () => {
    const text = '# Tietosuojaseloste\n\n## Käsittelyn tarkoitukset ja oikeusperusteet\n\n- Huijausten estäminen ja palautteen kerääminen: oikeusperusteena suostumus (Art. 6(1)(a)) sekä huijausten estämisen osalta oikeutettu etu (Art. 6(1)(f)).\n';
    expect(bases(text)).toEqual([undefined]);
  });

  it('a sentence that points back to the purpose adds its basis to it', () => {
    const text = '# Privacy notice\n\n## Purposes and legal bases\n\n- Keeping the member list: legal basis contract (Article 6(1)(b)). This also relies on legitimate interests (Article 6(1)(f)).\n';
    expect(bases(text, 'en')).toEqual([undefined]);
  });
});

describe('purposes said under headings of their own, without a section on purposes', () => {
  const notices: [string, string, string, string][] = [
    ['fi', '# Tietosuojaseloste\n\n## Verkkosivut\n\nKäytämme lokitietoja teknisten vikojen selvittämiseen. Käsittely perustuu oikeutettuun etuumme.\n\n## Asiakkaat\n\nKäytämme asiakastietoja tilausten toimittamiseen. Käsittelyn oikeusperuste on sopimus.\n', 'Käytämme lokitietoja teknisten vikojen selvittämiseen.', 'Käytämme asiakastietoja tilausten toimittamiseen.'],
    ['sv', '# Integritetspolicy\n\n## Webbplatsen\n\nVi använder loggarna för att lösa tekniska problem. Behandlingen grundar sig på vårt berättigade intresse.\n\n## Kunder\n\nVi använder kunduppgifterna för att leverera beställningar. Den rättsliga grunden är avtal.\n', 'Vi använder loggarna för att lösa tekniska problem.', 'Vi använder kunduppgifterna för att leverera beställningar.'],
    ['en', '# Privacy statement\n\n## Website\n\nWe use the logs to resolve technical issues. We process the logs based on our legitimate interests.\n\n## Customers\n\nWe use the data to deliver orders. We process customer data according to Article 6(1)(b) of the GDPR.\n', 'We use the logs to resolve technical issues.', 'We use the data to deliver orders.'],
  ];
  it.each(notices)('the one basis stated under a heading goes to the purposes stated there (%s)', (lang, text, first, second) => {
    expect(purposes(text, lang as 'fi' | 'sv' | 'en')).toEqual([
      { description: { [lang]: first }, legal_basis: 'legitimate_interests' },
      { description: { [lang]: second }, legal_basis: 'contract' },
    ]);
  });

  it('two bases under one heading go to no purpose there', () => {
    const text = '# Privacy statement\n\n## Website\n\nWe use the logs to resolve technical issues. We process the logs based on Article 6(1)(b) and, for keeping them longer, Article 6(1)(f).\n';
    expect(purposes(text)).toEqual([{ description: { en: 'We use the logs to resolve technical issues.' } }]);
  });
});

describe('where purposes stand', () => {
  const headings = [
    'Mihin tietoja käytetään?',
    'Henkilötietojen käyttö',
    'Miksi käsittelemme henkilötietojasi?',
    'Hur vi använder dina personuppgifter',
    'Användning av personuppgifter',
    'Use of personal data',
    'What we use your data for',
    'Why we hold your data',
    'How is my data used?',
    'Vad används uppgifterna till?',
    'Miten tietojasi käytetään?',
    'Hur uppgifterna används',
    'Hur används dina personuppgifter?',
  ];
  it.each(headings)('"%s" heads the purposes', (heading) => {
    expect(classifyHeading(heading)[0]).toBe('purposes');
  });

  const beside: [string, string, string][] = [
    ['fi', 'Käsittelyn tarkoitus\n\n- Jäsenyyden hoitaminen\n- Laskutus\n\nTietoja käytetään myös tapahtumista tiedottamiseen.\n', 'Tietoja käytetään myös tapahtumista tiedottamiseen.'],
    ['sv', 'Ändamål\n\n- Sköta medlemskapet\n- Fakturering\n\nUppgifterna används också för att informera om evenemang.\n', 'Uppgifterna används också för att informera om evenemang.'],
    ['en', '# Notice\n\n## Purposes\n\n- Managing the membership\n- Invoicing\n\nThe data is also used to tell members about events.\n', 'The data is also used to tell members about events.'],
  ];
  it.each(beside)('a sentence that states a purpose beside a list of purposes is one too (%s)', (lang, text, purpose) => {
    expect(purposes(text, lang as 'fi' | 'sv' | 'en').map((p) => p.description[lang])).toContain(purpose);
  });

  it('a list of bases does not make the paragraph beside it a lead-in', () => {
    const text = 'Käsittelyn peruste ja käyttötarkoitus\n\nRekisterin käyttötarkoitus on jäsenten yhteystietojen ylläpito.\n\nKäsittelyn oikeusperusteet:\n\n- suostumus\n- sopimus\n';
    expect(purposes(text).map((p) => p.description['fi'])).toEqual(['Rekisterin käyttötarkoitus on jäsenten yhteystietojen ylläpito.']);
  });
});

describe('a table of purposes and bases', () => {
  const tables: [string, string][] = [
    ['fi', '<h1>Tietosuojaseloste</h1><h2>Käsittelyn tarkoitus ja oikeusperuste</h2><table><tr><th>Tarkoitus</th><th>Oikeusperuste</th></tr><tr><td>Tilausten toimittaminen</td><td>Sopimus</td></tr><tr><td>Kirjanpito</td><td>Lakisääteinen velvoite</td></tr></table>'],
    ['sv', '<h1>Integritetspolicy</h1><h2>Ändamål och rättslig grund</h2><table><tr><td>Ändamål</td><td>Rättslig grund</td></tr><tr><td>Leverera beställningar</td><td>Avtal</td></tr><tr><td>Bokföring</td><td>Rättslig förpliktelse</td></tr></table>'],
    ['en', '<h1>Privacy notice</h1><h2>Purposes and legal basis</h2><table><tr><th>Purpose</th><th>Legal basis</th></tr><tr><td>Delivering orders</td><td>Contract</td></tr><tr><td>Bookkeeping</td><td>Legal obligation</td></tr></table>'],
  ];
  it.each(tables)('an HTML table whose first row names its columns gives each row as a purpose and its basis (%s)', (lang, html) => {
    expect(bases(html, lang as 'fi' | 'sv' | 'en')).toEqual(['contract', 'legal_obligation']);
  });

  it('a row of a wider table: the one cell that is a basis', () => {
    expect(basisPair('Asiakaspalvelu – Sopimus – Nimi, sähköposti')).toEqual({ purpose: 'Asiakaspalvelu – Nimi, sähköposti', basis: 'Sopimus' });
    expect(basisPair('Newsletter – Name, e-mail – Consent – 2 years')).toEqual({ purpose: 'Newsletter – Name, e-mail – 2 years', basis: 'Consent' });
  });
});

describe('rows of a two-column table printed as "Label: text" paragraphs', () => {
  const notices: [string, string, string, string][] = [
    ['fi', 'Asiakasrekisterin tietosuojaseloste\n\nRekisterin käyttötarkoitus: Rekisteri on perustettu asiakkuuksien hoitamiseksi.\n\nTietojen säilytysaika: Tiedot säilytetään kaksi vuotta.\n', 'Rekisteri on perustettu asiakkuuksien hoitamiseksi.', 'P2Y'],
    ['sv', 'Dataskyddsbeskrivning för kundregistret\n\nÄndamålet med registret: Registret förs för att sköta kundförhållanden.\n\nLagringstid: Uppgifterna sparas i två år.\n', 'Registret förs för att sköta kundförhållanden.', 'P2Y'],
    ['en', 'Description of the customer data file\n\nReason for maintaining the data file: The file is kept to manage customer relationships.\n\nArchiving period: The data is kept for two years.\n', 'The file is kept to manage customer relationships.', 'P2Y'],
  ];
  it.each(notices)('the label heads the text after it (%s)', (lang, text, purpose, period) => {
    const register = importNotice(text, { lang: lang as 'fi' | 'sv' | 'en' }).register as Draft;
    expect(register['purposes']).toEqual([{ description: { [lang]: purpose } }]);
    expect(register['retention'][0]['period']).toBe(period);
  });
});

describe('purposes stated only in pairs with their bases', () => {
  const notices: [string, string, string][] = [
    ['fi', 'Käsittelyn oikeusperuste\n\n- Sopimus: verkkokaupan tilausten toimittaminen\n- Oikeutettu etu: palvelun tietoturvan varmistaminen\n', 'verkkokaupan tilausten toimittaminen'],
    ['sv', 'Rättslig grund\n\n- Avtal: leverera beställningar i webbutiken\n- Berättigat intresse: skydda tjänsten mot intrång\n', 'leverera beställningar i webbutiken'],
    ['en', '# Notice\n\n## Legal basis\n\n- Contract (Article 6(1)(b)): processing needed to deliver the orders\n- Legitimate interests (Article 6(1)(f)): processing for security of the service\n', 'processing needed to deliver the orders'],
  ];
  it.each(notices)('each pair is a purpose with its basis when the notice gives no purposes otherwise (%s)', (lang, text, first) => {
    const found = purposes(text, lang as 'fi' | 'sv' | 'en');
    expect(found.map((p) => p.legal_basis)).toEqual(['contract', 'legitimate_interests']);
    expect(found[0]!.description[lang]).toBe(first);
  });
});

describe('a section on the data and what they are used for', () => {
  const notices: [string, string][] = [
    ['fi', 'Mitä tietoja keräämme ja miten käytämme niitä?\n\nKeräämme hakijoista seuraavia tietoja:\n\n- Nimi\n- Sähköpostiosoite\n\nKäytämme tietoja hakemusten käsittelyyn.\n'],
    ['sv', 'Vilka uppgifter samlar vi in och hur använder vi dem?\n\nVi samlar in följande uppgifter om sökande:\n\n- Namn\n- E-postadress\n\nVi använder uppgifterna för att behandla ansökningar.\n'],
    ['en', '# Notice\n\n## What data we collect and how we use it\n\nWe collect the following data about applicants:\n\n- Name\n- E-mail address\n\nWe use the data to handle applications.\n'],
  ];
  it.each(notices)('a list led in as data is data, the sentence that says the use is the purpose (%s)', (lang, text) => {
    const register = importNotice(text, { lang: lang as 'fi' | 'sv' | 'en' }).register as Draft;
    expect(register['data_categories']).toHaveLength(2);
    expect(register['purposes']).toHaveLength(1);
  });

  it('a paragraph that only denies a use is no purpose', () => {
    expect(purposes('Käsittelyn tarkoitus\n\nTietoja käytetään jäsenyyden hoitamiseen.\n\nTietoja ei käytetä profilointiin.\n').map((p) => p.description['fi'])).toEqual([
      'Tietoja käytetään jäsenyyden hoitamiseen.',
    ]);
  });

  it('"Käytämme näitä tietoja", "Vi använder uppgifterna", "We use the data" head purposes', () => {
    expect(classifyHeading('Käytämme näitä tietoja')[0]).toBe('purposes');
    expect(classifyHeading('Vi använder uppgifterna till')[0]).toBe('purposes');
    expect(classifyHeading('We use the data for')[0]).toBe('purposes');
  });

  it('the controller\'s right to process heads its bases, not the rights of the data subject', () => {
    expect(classifyHeading('The controller’s right to process personal data is based on')).toEqual(['legal_basis']);
    expect(classifyHeading('Rekisterinpitäjän oikeus käsitellä henkilötietoja perustuu')).toEqual(['legal_basis']);
    expect(classifyHeading('Den personuppgiftsansvariges rätt att behandla personuppgifter grundar sig på')).toEqual(['legal_basis']);
    expect(classifyHeading('Your right to object')).toEqual(['rights']);
  });

  it('"Controllers" and the person in charge of data protection head their roles', () => {
    expect(classifyHeading('1. Controllers')).toEqual(['controller']);
    expect(classifyHeading('Contact details for the person in charge of data protection at the University')[0]).toBe('dpo');
  });
});

describe('a subheading per purpose', () => {
  const notices: [string, string, string][] = [
    ['fi', '# Tietosuojaseloste\n\n## Tarkoitukset ja oikeusperusteet\n\n### Markkinointi\n\nLähetämme uutiskirjeitä ja tarjouksia. Oikeusperuste: suostumus.\n\n### Asiakassuhde\n\nKäsittelemme tietoja tilausten toimittamiseksi. Oikeusperuste: sopimus.\n', 'Markkinointi: Lähetämme uutiskirjeitä ja tarjouksia.'],
    ['sv', '# Integritetspolicy\n\n## Syften och rättsliga grunder\n\n### Marknadsföring\n\nVi skickar nyhetsbrev och erbjudanden. Rättslig grund: samtycke.\n\n### Kundrelationen\n\nVi behandlar uppgifterna för att leverera beställningar. Rättslig grund: avtal.\n', 'Marknadsföring: Vi skickar nyhetsbrev och erbjudanden.'],
    ['en', '# Privacy notice\n\n## Purposes and legal bases\n\n### Marketing\n\nWe send newsletters and offers. Legal basis: consent.\n\n### Customer relationship\n\nWe process the data to deliver orders. Legal basis: contract.\n', 'Marketing: We send newsletters and offers.'],
  ];
  it.each(notices)('names the purpose when its text gives none, and the basis under it is its basis (%s)', (lang, text, first) => {
    const found = purposes(text, lang as 'fi' | 'sv' | 'en');
    expect(found.map((p) => p.legal_basis)).toEqual(['consent', 'contract']);
    expect(found[0]!.description[lang]).toBe(first);
  });
});

describe('purposes written as cards, a small heading over one sentence each', () => {
  const notices: [string, string, string][] = [
    ['fi', '# Tietosuojaseloste\n\n## Käsittelyn tarkoitukset\n\n#### Palvelun tarjoaminen\n\nTilaustesi tallentamiseen ja toimittamiseen.\n\n#### Tietoturva\n\nKäyttäjätilien suojaamiseen ja väärinkäytösten estämiseen.\n\n## Säilytys\n\nTiedot säilytetään kaksi vuotta.\n', 'Tietoturva: Käyttäjätilien suojaamiseen ja väärinkäytösten estämiseen.'],
    ['sv', '# Integritetspolicy\n\n## Ändamål\n\n#### Tjänsten\n\nFör att spara och leverera dina beställningar.\n\n#### Säkerhet\n\nFör att skydda ditt konto mot intrång.\n\n## Lagringstid\n\nUppgifterna sparas i två år.\n', 'Säkerhet: För att skydda ditt konto mot intrång.'],
    ['en', '# Privacy notice\n\n## Purposes\n\n#### Providing the service\n\nTo store and deliver your orders.\n\n#### Analytics\n\nTo see which pages are read the most.\n\n## Retention\n\nThe data are kept for two years.\n', 'Analytics: To see which pages are read the most.'],
  ];
  it.each(notices)('a card whose heading names another part is one more purpose after a card before it, led by that heading (%s)', (lang, text, second) => {
    const { register } = importNotice(text, { lang: lang as 'fi' | 'sv' | 'en' });
    expect((register as Draft)['purposes'].map((p: Draft) => p.description[lang])).toHaveLength(2);
    expect((register as Draft)['purposes'][1].description[lang]).toBe(second);
    expect((register as Draft)['security']).toBeUndefined();
    expect((register as Draft)['cookies']).toBeUndefined();
  });

  it('a heading on security with no card before it, or a card that denies, stays a section of its own', () => {
    const alone = importNotice('# Tietosuojaseloste\n\n## Käsittelyn tarkoitukset\n\nTilausten toimittaminen.\n\n### Tietoturva\n\nTiedot suojataan palomuurilla.\n', { lang: 'fi' }).register as Draft;
    expect(alone['security']).toEqual({ electronic: { fi: 'Tiedot suojataan palomuurilla.' } });
    const denies = importNotice('# Privacy notice\n\n## Purposes\n\n#### Orders\n\nTo deliver your orders.\n\n#### Profiling\n\nWe do not use your data for profiling.\n', { lang: 'en' }).register as Draft;
    expect(denies['purposes']).toHaveLength(1);
  });
});

describe('more names of legitimate interests', () => {
  it.each(['Oikeutetut liiketoiminnalliset intressimme', 'Intresseavvägning', 'våra legitima intressen', 'our legitimate business interests'])('"%s"', (text) => {
    expect(statedBases(text).bases).toEqual(['legitimate_interests']);
  });

  it('a legal obligation written as one word in Swedish', () => {
    expect(statedBases('Rättsligförpliktelse').bases).toEqual(['legal_obligation']);
  });
});

describe('purposes said in a section on the basis', () => {
  const notices: [string, string, string][] = [
    ['fi', 'Käsittelyn oikeusperuste\n\nKäsittely perustuu sopimukseen.\n\nTietoja käsitellään tilausten toimittamiseksi.\n', 'Tietoja käsitellään tilausten toimittamiseksi.'],
    ['sv', 'Rättslig grund\n\nBehandlingen grundar sig på avtal.\n\nVi behandlar uppgifterna för att leverera beställningar.\n', 'Vi behandlar uppgifterna för att leverera beställningar.'],
    ['en', '# Notice\n\n## Legal basis\n\nThe processing is based on a contract.\n\nWe use the data to deliver orders.\n', 'We use the data to deliver orders.'],
  ];
  it.each(notices)('are purposes, with the one basis the section states (%s)', (lang, text, purpose) => {
    expect(purposes(text, lang as 'fi' | 'sv' | 'en')).toEqual([{ description: { [lang]: purpose }, legal_basis: 'contract' }]);
  });

  it('a table whose first row names two parts among others is read row by row, the data kept beside the purpose', () => {
    const html = '<h1>Tietosuojaseloste</h1><h2>Käsittelyn tarkoitus</h2><table><tr><td>Tarkoitus</td><td>Tiedot</td><td>Oikeusperuste</td></tr><tr><td>Laskutus</td><td>Nimi, osoite</td><td>Sopimus</td></tr></table>';
    expect(purposes(html)).toEqual([{ description: { fi: 'Laskutus' }, legal_basis: 'contract' }]);
    expect(importNotice(html).yaml).toContain('Nimi, osoite');
  });

  // Column headers asked as questions under a heading that names no part, a row that names a group of
  // rows, a dash inside a purpose, and the table printed twice (for wide and narrow screens).
  const QUESTION_TABLES: ['fi' | 'sv' | 'en', string, string[]][] = [
    ['fi', '<h1>Tietosuojaseloste</h1><h2>Rekisterinpitäjä</h2><p>Esimerkki ry</p><h2>Milloin, mitä ja miksi?</h2><table><tr><td>Mitä tietoja keräämme?</td><td>Mikä on käsittelyn oikeusperuste?</td><td>Mikä on käsittelyn tarkoitus?</td><td>Kuinka kauan tietoja säilytetään?</td></tr><tr><td colspan="4">LIPUT</td></tr><tr><td>Nimi</td><td>Sopimus</td><td>Lipun toimittaminen – myös siirrot</td><td>1 vuosi</td></tr></table>', ['Lipun toimittaminen – myös siirrot', 'contract', 'P1Y']],
    ['sv', '<h1>Dataskyddsbeskrivning</h1><h2>Personuppgiftsansvarig</h2><p>Exempel rf</p><h2>När, vad och varför?</h2><table><tr><td>Vilka uppgifter samlar vi in?</td><td>Vilken är den rättsliga grunden för behandlingen?</td><td>Vad är ändamålet med behandlingen?</td><td>Hur länge sparas uppgifterna?</td></tr><tr><td colspan="4">BILJETTER</td></tr><tr><td>Namn</td><td>Avtal</td><td>Leverera biljetten – även överlåtelser</td><td>1 år</td></tr></table>', ['Leverera biljetten – även överlåtelser', 'contract', 'P1Y']],
    ['en', '<h1>Privacy policy</h1><h2>Controller</h2><p>Example ry</p><h2>When, what and why?</h2><table><tr><td>What kind of data do we collect?</td><td>What are the legal bases for data processing?</td><td>What is the purpose of data processing?</td><td>How long is my data stored?</td></tr><tr><td colspan="4">TICKETS</td></tr><tr><td>Name</td><td>A contract</td><td>Delivering the ticket – and transfers</td><td>1 year</td></tr></table>', ['Delivering the ticket – and transfers', 'contract', 'P1Y']],
  ];
  it.each(QUESTION_TABLES)('a table whose header asks for each part is read by its columns, wherever it stands (%s)', (lang, html, [purpose, basis, period]) => {
    const twice = html.replace(/(<table>[\s\S]*<\/table>)/u, '$1$1');
    const { register, yaml } = importNotice(twice, { lang });
    expect((register as Draft)['purposes']).toEqual([{ id: expect.any(String), description: { [lang]: purpose }, legal_basis: basis }]);
    expect(((register as Draft)['retention'] as { period: string }[]).map((r) => r.period)).toContain(period);
    expect(yaml).toContain(html.match(/colspan="4">(\w+)</u)![1]);
    // The cell of the data column is a data category, once though the table is printed twice.
    expect((register as Draft)['data_categories']).toEqual([{ description: { [lang]: html.match(/<\/tr><tr><td>(\w+)<\/td>/u)![1] } }]);
  });
});

describe('a basis said not to be there', () => {
  it.each([
    ['fi', '# Tietosuojaseloste\n\n## Oikeutettu etu\n\nKäsittely ei perustu oikeutettuun etuun.\n\n## Suostumus\n\nTietojen käsittely ei perustu suostumukseen.\n'],
    ['sv', '# Integritetspolicy\n\n## Berättigat intresse\n\nBehandlingen grundar sig inte på berättigat intresse.\n\n## Samtycke\n\nBehandlingen bygger inte på samtycke.\n'],
    ['en', '# Privacy policy\n\n## Legitimate interest basis\n\nData processing is not based on legitimate interest.\n\n## Consent\n\nData processing is not based on consent.\n'],
  ] as const)('is no basis of the register (%s)', (lang, text) => {
    expect(importNotice(text, { lang }).register['legal_bases']).toBeUndefined();
  });
});

describe('one sentence that gives each basis its own purpose', () => {
  const SPLIT: ['fi' | 'sv' | 'en', string, [string, string][]][] = [
    ['fi', 'Käsittelyn oikeusperuste on rekisterinpitäjän oikeutettu etu palvelun ylläpitämiseen ja kehittämiseen sekä sopimuksen täytäntöönpano silloin, kun käytät kirjautumista vaativia toimintoja.', [['palvelun ylläpitämiseen ja kehittämiseen', 'legitimate_interests'], ['silloin, kun käytät kirjautumista vaativia toimintoja', 'contract']]],
    ['sv', 'Den rättsliga grunden är vårt berättigade intresse av att sköta tjänsten samt fullgörande av avtal när du loggar in på ditt konto.', [['av att sköta tjänsten', 'legitimate_interests'], ['när du loggar in på ditt konto', 'contract']]],
    ['en', 'The legal basis is our legitimate interest in keeping the service running and the performance of a contract when you sign in to your account.', [['keeping the service running', 'legitimate_interests'], ['when you sign in to your account', 'contract']]],
  ];
  const head = { fi: '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nKuusipaja Oy\n\n## Mitä tietoja käsitellään ja miksi\n\nKäsittelemme nimeä ja sähköpostia.\n\n', sv: '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nGranverkstan Ab\n\n## Vilka uppgifter behandlar vi och varför\n\nVi behandlar namn och e-post.\n\n', en: '# Privacy notice\n\n## Controller\n\nSprucework Oy\n\n## What data we process and why\n\nWe process your name and e-mail.\n\n' };
  it.each(SPLIT)('each part a purpose with its basis, under a heading on the data "and why" (%s)', (lang, sentence, expected) => {
    const { register, yaml } = importNotice(`${head[lang]}${sentence}\n`, { lang });
    expect((register as Draft)['purposes'].map((p: Draft) => [p['description'][lang], p['legal_basis']])).toEqual(expected);
    expect((register as Draft)['legal_bases']).toBeUndefined();
    expect(yaml.replace(/\n#\s+/gu, ' ')).toContain(sentence);
  });

  const CITED: ['fi' | 'sv' | 'en', string, [string, string][]][] = [
    ['fi', 'Käsittelemme tietoja vastataksemme yhteydenottoosi (tietosuoja-asetuksen 6 artiklan 1 kohdan f alakohta), ja kun tilaat palvelun, tilauksen toimittamiseksi (6 artiklan 1 kohdan b alakohta).', [['Käsittelemme tietoja vastataksemme yhteydenottoosi', 'legitimate_interests'], ['kun tilaat palvelun, tilauksen toimittamiseksi', 'contract']]],
    ['sv', 'Grunden är vårt berättigade intresse att svara på din förfrågan (artikel 6.1 f) och, om ett avtal ingås, åtgärder innan avtalet ingås (artikel 6.1 b).', [['att svara på din förfrågan', 'legitimate_interests'], ['om ett avtal ingås, åtgärder innan avtalet ingås', 'contract']]],
    ['en', 'The legal basis is our legitimate interest in responding to a business enquiry you chose to send us (GDPR Article 6(1)(f)), and, where an agreement follows, the steps taken before entering into it (Article 6(1)(b)).', [['responding to a business enquiry you chose to send us', 'legitimate_interests'], ['where an agreement follows, the steps taken before entering into it', 'contract']]],
  ];
  it.each(CITED)('each basis cited by its point after what it covers is that part\'s basis (%s)', async (_lang, sentence, expected) => {
    const { basisParts } = await import('../src/import/recognise/basis-parts.js');
    expect(basisParts(sentence)?.map((p) => [p.purpose, p.basis])).toEqual(expected);
  });

  it.each([
    'Den rättsliga grunden är ditt samtycke (GDPR artikel 6.1a) samt berättigat intresse av att kommunicera med dig som kund.',
    'Käsittelyn peruste on suostumuksesi (GDPR 6 artikla 1 a) sekä oikeutettu etumme viestiä kanssasi asiakkaana.',
    'The legal basis is your consent (GDPR Article 6(1)(a)) and our legitimate interest in communicating with you as a customer.',
  ])('a basis with only its citation after it covers nothing, so the sentence is not split: "%s"', async (sentence) => {
    const { basisParts } = await import('../src/import/recognise/basis-parts.js');
    expect(basisParts(sentence)).toBeUndefined();
  });

  it('a sentence that only lists bases is not split', () => {
    expect(purposes('# Tietosuojaseloste\n\n## Käsittelyn oikeusperuste\n\nKäsittely perustuu sopimukseen ja suostumukseen.\n', 'fi')).toBeUndefined();
  });
});

describe('a basis said to hold only when needed or in some cases', () => {
  const NOTICES: ['fi' | 'sv' | 'en', string][] = [
    ['fi', '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki ry\n\n## Mihin käytämme tietoja?\n\nKäsittelemme tietoja kampanjan hallinnoimiseksi. Käsittely perustuu myös tarvittaessa oikeutettuun etuun. Oikeutettu etu tarkoittaa lain sallimaa toimintaa. Käsittelemme tietoja tilastojen laatimiseksi.\n'],
    ['sv', '# Dataskyddsbeskrivning\n\n## Personuppgiftsansvarig\n\nExempel rf\n\n## Vad använder vi dina uppgifter till?\n\nVi hanterar dina uppgifter för att administrera kampanjen. Behandlingen grundar sig vid behov på berättigade intressen. Berättigade intressen hänvisar till verksamhet som lagen tillåter. Vi behandlar uppgifterna för att göra upp statistik.\n'],
    ['en', '# Privacy notice\n\n## Controller\n\nExample ry\n\n## What do we use your data for?\n\nWe use your data to run the campaign. In some cases our legitimate interests are a legal basis. Legitimate interests mean activities the law allows. We process the data to compile statistics.\n'],
  ];
  it.each(NOTICES)('is not the basis of every purpose beside it, but of the register (%s)', (lang, text) => {
    const { register } = importNotice(text, { lang });
    const found = (register as Draft)['purposes'] as { legal_basis?: string }[];
    expect(found.length).toBe(2);
    expect(found.map((p) => p.legal_basis)).toEqual([undefined, undefined]);
    expect((register as Draft)['legal_bases']).toEqual(['legitimate_interests']);
  });

  it('permission asked for ("ber vi om tillstånd") is consent', () => {
    const text = '# Dataskyddsbeskrivning\n\n## Vad använder vi dina uppgifter till?\n\nI vissa fall ber vi om tillstånd för att behandla dina uppgifter, till exempel för att skicka vårt nyhetsbrev.\n';
    expect(purposes(text, 'sv').map((p) => p.legal_basis)).toEqual(['consent']);
  });
});

describe('a sentence that opens on the case its basis covers, among other prose', () => {
  const NOTICES: ['fi' | 'sv' | 'en', string, string][] = [
    ['fi', '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nKuusipajan kaupunki\n\n## Käsittelyn tarkoitus ja peruste\n\nTietoja käytetään vain kuulemisen aiheen käsittelyyn.\n\nKuulemisten yhteydessä kerättävää tietoa käsitellään käyttäjän suostumuksen pohjalta. Palautteella toteutetaan kuntalain 22 §:n mukaisia osallistumismahdollisuuksia. Esitettyjen kommenttien, mielipiteiden ja kehittämisehdotusten osalta käsittely perustuu kaupungin lakisääteisen velvoitteen noudattamiseen.\n\nPalvelussa hyödynnetään myös kävijäseurantaan Matomo-ratkaisua.\n', 'Kuulemisten yhteydessä'],
    ['sv', '# Dataskyddsbeskrivning\n\n## Personuppgiftsansvarig\n\nGranby stad\n\n## Ändamål och rättslig grund\n\nUppgifterna används endast för att behandla ämnet för höranden.\n\nI samband med höranden behandlas uppgifterna med användarens samtycke. Kommentarerna förverkligar invånarnas möjligheter att delta enligt 22 § i kommunallagen. För kommentarer, åsikter och förslag grundar sig behandlingen på stadens rättsliga förpliktelse.\n\nTjänsten använder också Matomo för besöksstatistik.\n', 'I samband med höranden'],
    ['en', '# Privacy notice\n\n## Controller\n\nCity of Sprucetown\n\n## Purposes and legal basis\n\nThe data are used only to handle the topic of a consultation.\n\nIn connection with consultations, the data are processed on the basis of the user\'s consent. The comments carry out residents\' opportunities to take part under section 22 of the Local Government Act. For comments, opinions and proposals, processing is based on the city\'s legal obligation.\n\nThe service also uses Matomo for visitor statistics.\n', 'In connection with consultations'],
  ];
  it.each(NOTICES)('is a purpose with that basis, and gives it to no other purpose (%s)', (lang, text, opening) => {
    const found = purposes(text, lang);
    expect(found.filter((p) => p.legal_basis).map((p) => [p.description[lang]!.slice(0, opening.length), p.legal_basis]).slice(0, 1)).toEqual([[opening, 'consent']]);
    expect(found.find((p) => p.description[lang]!.includes('Matomo'))?.legal_basis).toBeUndefined();
  });

  it('a legal obligation takes its law from the sentences before, when they name one statute', () => {
    const found = purposes(NOTICES[0]![1], 'fi');
    expect(found.find((p) => p.description['fi']!.startsWith('Esitettyjen kommenttien'))).toMatchObject({ legal_basis: 'legal_obligation', law: { fi: 'kuntalain' } });
  });
});

describe('each basis with what it covers in brackets', () => {
  const NOTICES: ['fi' | 'sv' | 'en', string][] = [
    ['fi', '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki ry\n\n## Käsittelyn tarkoitus ja oikeusperuste\n\n- Jäsenrekisterin ylläpito\n- Maanvuokrasopimusten hallinta\n- Tiedottaminen\n\nOikeusperusteet: yhdistyslain mukainen velvoite (jäsenrekisteri), sopimussuhde (maanvuokra) ja rekisteröidyn suostumus (sähköinen markkinointi).\n'],
    ['sv', '# Dataskyddsbeskrivning\n\n## Personuppgiftsansvarig\n\nExempel rf\n\n## Ändamål och rättslig grund\n\n- Medlemsregistrets upprätthållande\n- Arrendeavtalens förvaltning\n- Information\n\nRättslig grund: rättslig förpliktelse enligt föreningslagen (medlemsregistret), avtal (arrendeavtalen) och samtycke (elektronisk marknadsföring).\n'],
    ['en', '# Privacy notice\n\n## Controller\n\nExample ry\n\n## Purposes and legal bases\n\n- Keeping the membership register\n- Managing the land leases\n- Informing members\n\nLegal bases: a legal obligation under the Associations Act (membership register), contract (land leases) and consent (electronic marketing).\n'],
  ];
  it.each(NOTICES)('gives each basis to the purpose its brackets name, the one naming none to the register (%s)', (lang, text) => {
    const { register } = importNotice(text, { lang });
    expect(((register as Draft)['purposes'] as { legal_basis?: string }[]).map((p) => p.legal_basis)).toEqual(['legal_obligation', 'contract', undefined]);
    expect((register as Draft)['legal_bases']).toEqual(['consent']);
  });

  it('are not brackets that name a law or an article', async () => {
    const { basisScopes } = await import('../src/import/recognise/basis-scopes.js');
    expect(basisScopes('Oikeusperusteet: lakisääteinen velvoite (kirjanpitolaki) ja sopimus (jäsenyys).')).toBeUndefined();
    expect(basisScopes('Rättslig grund: avtal (artikel 6.1 b) och samtycke (nyhetsbrev).')).toBeUndefined();
  });
});

describe('a list of bases, each labelled, with what it covers after the colon', () => {
  const NOTICES: ['fi' | 'sv' | 'en', string][] = [
    ['fi', '# Tietosuojaseloste\n\n## Miksi voimme käsitellä tietojasi\n\n- Sovelluksen tarjoaminen (sopimus): tietojen säilyttäminen puhelimessa ja Pro-tilauksen hoitaminen.\n- Suostumuksesi: pilvivarmuuskopio ja valmentajan verkkotila.\n- Oikeutettu etumme: nimettömät käyttötilastot.\n- Lakisääteiset velvoitteet: ei mitään tällä hetkellä.\n'],
    ['sv', '# Integritetspolicy\n\n## Varför vi får behandla dina uppgifter\n\n- Att tillhandahålla appen (avtal): att spara dina uppgifter i telefonen och sköta Pro.\n- Ditt samtycke: molnsäkerhetskopian och coachens onlineläge.\n- Vårt berättigade intresse: anonym användningsstatistik.\n- Rättsliga förpliktelser: inga som rör dina personuppgifter i dag.\n'],
    ['en', '# Privacy policy\n\n## Why we may process your data\n\n- Providing the app you asked for (contract): keeping your data on your phone and running Pro.\n- Your consent: the cloud backup and the coach’s online mode.\n- Our legitimate interest: the anonymous usage statistics.\n- Legal obligations: none of ours involve your personal data today.\n'],
  ];
  it.each(NOTICES)('makes each item a purpose with its basis, and one that covers nothing none (%s)', (lang, text) => {
    expect(bases(text, lang)).toEqual(['contract', 'consent', 'legitimate_interests']);
  });
});

describe('a section of bases apart from the purposes, each basis with what it covers in brackets', () => {
  const NOTICES: ['fi' | 'sv' | 'en', string][] = [
    ['fi', '# Tietosuojaseloste\n\n## Käsiteltävät tiedot ja käsittelyn tarkoitus\n\n- **Varauksen tekeminen:** nimi, sähköposti — varauksen hallinta\n- **Verkkokaupan tilaukset:** nimi, osoite — tilauksen toimittaminen\n- **Evästeet:** kävijäseuranta\n\n## Käsittelyn oikeusperuste\n\n- Sopimuksen täytäntöönpano (varaukset, tilaukset)\n- Suostumus (evästeet)\n'],
    ['sv', '# Dataskyddsbeskrivning\n\n## Uppgifter och ändamål\n\n- **Bokningar:** namn, e-post — hantering av bokningen\n- **Beställningar i webbutiken:** namn, adress — leverans av beställningen\n- **Cookies:** besöksstatistik\n\n## Rättslig grund för behandlingen\n\n- Fullgörande av avtal (bokningar, beställningar)\n- Samtycke (cookies)\n'],
    ['en', '# Privacy notice\n\n## Data and purposes\n\n- **Bookings:** name, e-mail — managing the booking\n- **Web shop orders:** name, address — delivering the order\n- **Cookies:** visitor statistics\n\n## Legal basis for processing\n\n- Performance of a contract (bookings, orders)\n- Consent (cookies)\n'],
  ];
  it.each(NOTICES)('gives each basis to the purposes its brackets name (%s)', (lang, text) => {
    expect(bases(text, lang)).toEqual(['contract', 'contract', 'consent']);
  });
});

describe('a list of bases, each after its point of Art. 6(1), with what it covers in brackets', () => {
  const NOTICES: ['fi' | 'sv' | 'en', string][] = [
    ['en', '# Privacy policy\n\n## Purpose of processing\n\n- Website security\n- Visitor analytics\n- Newsletters and surveys\n\n## Legal basis\n\n- Art. 6(1)(f) — Legitimate interest (analytics, security)\n- Art. 6(1)(a) — Consent (newsletters)\n'],
    ['fi', '# Tietosuojaseloste\n\n## Käsittelyn tarkoitus\n\n- Sivuston tietoturva\n- Kävijäanalytiikka\n- Uutiskirjeet ja kyselyt\n\n## Oikeusperuste\n\n- 6(1)(f) artikla — Oikeutettu etu (kävijäanalytiikka, tietoturva)\n- 6(1)(a) artikla — Suostumus (uutiskirjeet)\n'],
  ];
  it.each(NOTICES)('gives each basis to the purposes its brackets name (%s)', (lang, text) => {
    expect(bases(text, lang)).toEqual(['legitimate_interests', 'legitimate_interests', 'consent']);
  });
});

describe('a basis said in the sentence after the purpose, with the case words after the verb', () => {
  const NOTICES: ['fi' | 'sv' | 'en', string][] = [
    ['fi', '# Tietosuojaseloste\n\n## Henkilötietojen käsittelyn tarkoitus ja oikeusperusta\n\n### Tapahtumat\n\nKäsittelemme henkilötietoja tapahtuman järjestämiseksi. Tietojen käsittely perustuu tällöin ilmoittautumisen yhteydessä tehtyyn sopimukseen.\n\n### Kirjanpito\n\nKirjanpidossa säilytetään henkilötietoja kirjanpitolain mukaisesti. Henkilötietojen käsittely perustuu siis tällöin näihin lakisääteisiin vaatimuksiin.\n'],
    ['sv', '# Dataskyddsbeskrivning\n\n## Ändamål och rättslig grund\n\n### Evenemang\n\nVi behandlar personuppgifter för att ordna evenemanget. Behandlingen grundar sig då på det avtal som ingås i samband med anmälan.\n\n### Bokföring\n\nI bokföringen sparas personuppgifter enligt bokföringslagen. Behandlingen grundar sig då på en rättslig förpliktelse.\n'],
    ['en', '# Privacy notice\n\n## Purposes and legal basis\n\n### Events\n\nWe process personal data to organise the event. The processing is then based on the contract made in connection with the registration.\n\n### Bookkeeping\n\nBookkeeping keeps personal data under the Accounting Act. The processing is then based on this legal obligation.\n'],
  ];
  it.each(NOTICES)('gives the purpose that basis (%s)', (lang, text) => {
    expect(bases(text, lang)).toEqual(['contract', 'legal_obligation']);
  });

  it('a sentence naming two bases beside the purpose leaves the purpose to the author, not split into two', () => {
    const text = '# Tietosuojaseloste\n\n## Käsittelyn tarkoitus ja oikeusperuste\n\n### Hallitus\n\nKäsittelemme hallituksen jäsenten tietoja tehtävien hoitamiseksi. Käsittely perustuu lakisääteiseen vaatimukseen ilmoittaa hallituksen tiedot Patentti- ja rekisterihallitukselle sekä muilta osin yhdistyksen oikeutettuun etuun.\n';
    const found = purposes(text, 'fi');
    expect(found.map((p) => [p.description['fi']!.slice(0, 30), p.legal_basis])).toEqual([['Hallitus: Käsittelemme hallitu', undefined]]);
    expect([...(importNotice(text, { lang: 'fi' }).register as Draft)['legal_bases']].sort()).toEqual(['legal_obligation', 'legitimate_interests']);
  });
});

describe('numbered parts before the first heading that names a part', () => {
  const NOTICES: ['fi' | 'sv' | 'en', string][] = [
    ['fi', '# Tietosuojaseloste\n\n## 1. Henkilötietojen käsittelystämme\n\nTämä seloste kertoo käsittelystä.\n\n## 2. Tietoa käyttäjätilin käsittelystä\n\n| # | Käsittelyn tarkoitus | Tietoryhmät | Oikeusperuste | Säilytysaika |\n|---|---|---|---|---|\n| 1. | Asiakassuhteen hallinta | Nimi | Sopimuksen täyttäminen (6 art. 1 b) | Kolme vuotta |\n| 2. | Markkinointi | Sähköposti | Oikeutettu etu (6 art. 1 f) | Kolme vuotta |\n\n## 3. Oikeutesi\n\nSinulla on oikeus tarkastaa tietosi.\n'],
    ['sv', '# Integritetspolicy\n\n## 1. Om vår hantering av personuppgifter\n\nDenna policy beskriver behandlingen.\n\n## 2. Information om behandlingen när du registrerar ett konto\n\n| # | Ändamål med behandlingen | Kategorier av personuppgifter | Laglig grund | Hur länge |\n|---|---|---|---|---|\n| 1. | Att administrera avtalsrelationen | Namn | Fullgörande av avtal (artikel 6.1 b) | Tre år |\n| 2. | Att informera om våra tjänster | E-post | Intresseavvägning (artikel 6.1 f) | Tre år |\n\n## 3. Dina rättigheter\n\nDu har rätt till tillgång.\n'],
    ['en', '# Privacy policy\n\n## 1. About our processing\n\nThis policy describes the processing.\n\n## 2. Information on the processing when you register an account\n\n| # | Purpose of processing | Categories of data | Legal basis | How long |\n|---|---|---|---|---|\n| 1. | Managing the contract | Name | Performance of a contract (Art. 6(1)(b)) | Three years |\n| 2. | Telling you about our services | E-mail | Legitimate interests (Art. 6(1)(f)) | Three years |\n\n## 3. Your rights\n\nYou have the right of access.\n'],
  ];
  it.each(NOTICES)('are parts of their own, so a table of purposes under one is read (%s)', (lang, text) => {
    expect(bases(text, lang)).toEqual(['contract', 'legitimate_interests']);
  });
});

describe('the one purpose of a register and the one basis said for the processing in a part of its own', () => {
  const NOTICES: ['fi' | 'sv' | 'en', string, string][] = [
    ['fi', '# Tietosuojaseloste\n\n## Mitä tietoja käsittelemme ja miksi\n\nKäsittelemme lomakkeen tietoja kysymyksiin vastaamiseksi.\n\n## Oikeusperuste\n\nKäsittelyn oikeusperuste on oikeutettu etu: kysymyksiin vastaaminen.\n', 'kysymyksiin vastaaminen'],
    ['sv', '# Integritetspolicy\n\n## Vilka uppgifter vi behandlar och varför\n\nNär du använder kontaktformuläret behandlar vi uppgifterna i syfte att besvara din förfrågan.\n\n## Rättslig grund\n\nDen rättsliga grunden för behandlingen är berättigat intresse: att kunna besvara förfrågningar.\n', 'att kunna besvara förfrågningar'],
    ['en', '# Privacy policy\n\n## What we process and why\n\nWe process your details to answer your enquiry.\n\n## Legal basis\n\nThe legal basis for the processing is legitimate interest: answering enquiries.\n', 'answering enquiries'],
  ];
  it.each(NOTICES)('is that purpose’s basis, with the interest after the colon (%s)', (lang, text, interest) => {
    const { register } = importNotice(text, { lang });
    const found = (register as Draft)['purposes'];
    expect(found).toHaveLength(1);
    expect(found[0].legal_basis).toBe('legitimate_interests');
    expect(found[0].legitimate_interest[lang]).toBe(interest);
    expect((register as Draft)['legal_bases']).toBeUndefined();
  });

  it('is not given where the register has two purposes', () => {
    const text = '# Privacy policy\n\n## Purposes\n\n- Answering enquiries\n- Sending the newsletter\n\n## Legal basis\n\nThe legal basis for the processing is legitimate interest: running our business.\n';
    expect(bases(text, 'en')).toEqual([undefined, undefined]);
  });
});

describe('a list under a heading that is one basis', () => {
  const notices: Record<'fi' | 'sv' | 'en', string> = {
    fi: '# Tietosuojaseloste\n\n## Käyttötarkoitukset\n\nKäytämme tietoja seuraaviin tarkoituksiin:\n\n### 4.1 Oikeusperuste: Suostumus\n\n- Uutiskirjeen lähettäminen\n- Tapahtumista tiedottaminen\n\n### 4.2 Oikeusperuste: Sopimuksen täytäntöönpano\n\n- Jäsenpalvelujen tuottaminen\n',
    sv: '# Integritetspolicy\n\n## Hur använder vi dina personuppgifter?\n\nVi använder dina personuppgifter för följande ändamål:\n\n### 4.1 Rättslig grund: Samtycke\n\n- Skicka nyhetsbrev\n- Informera om evenemang\n\n### 4.2 Rättslig grund: Fullgörande av avtal\n\n- Leverera medlemstjänster\n',
    en: '# Privacy policy\n\n## How we use your data\n\nWe use your personal data for the following purposes:\n\n### 4.1 Legal basis: Consent\n\n- Sending the newsletter\n- Telling about events\n\n### 4.2 Legal basis: Performance of a contract\n\n- Providing member services\n',
  };
  it.each(['fi', 'sv', 'en'] as const)('gives each item that basis as a purpose of its own (%s)', (lang) => {
    expect(bases(notices[lang], lang)).toEqual(['consent', 'consent', 'contract']);
  });

  it('reads a list whose items name their own bases as before', () => {
    const text = '# Tietosuojaseloste\n\n## Oikeusperuste: suostumus\n\n- Uutiskirje: suostumus\n- Laskutus: sopimus\n';
    expect(bases(text, 'fi')).toEqual(['consent', 'contract']);
  });
});

describe('a heading on storing personal data', () => {
  it.each(['Lagring av personuppgifter', 'Storage of personal data', 'Storage of your data', 'STORING PERSONAL DATA', 'Keeping your personal data'])('"%s" heads the retention', (heading) => {
    expect(classifyHeading(heading)[0]).toBe('retention');
  });
  it('"Cookies och lokal lagring" heads the cookies', () => {
    expect(classifyHeading('Cookies och lokal lagring')[0]).toBe('cookies');
  });
});

describe('a heading that asks what the processing rests on, or when data are deleted', () => {
  it.each(['Mihin käsittelymme perustuu?', 'Vad grundar sig behandlingen på?', 'What is the processing based on?'])('"%s" heads the legal bases', (heading) => {
    expect(classifyHeading(heading)[0]).toBe('legal_basis');
  });
  it.each(['Milloin tiedot poistetaan?', 'När raderas uppgifterna?', 'When is your data deleted?'])('"%s" heads the retention', (heading) => {
    expect(classifyHeading(heading)[0]).toBe('retention');
  });
  it('"Tietojen poistopyynnöt" heads no retention', () => {
    expect(classifyHeading('Tietojen poistopyynnöt')).not.toContain('retention');
  });
});

describe('a purpose named with its basis labelled in brackets, then what it covers', () => {
  const body = (heading: string): string =>
    `# Privacy policy\n\n## ${heading}\n\nWe process personal data for the following purposes:\n\nService delivery (legal basis: contract): To create and manage your account and handle invoicing.\n\nMarketing (legal basis: consent): To send newsletters. You can opt out at any time.\n\nLegal obligations (legal basis: law): To comply with the Bookkeeping Act.\n`;
  it.each(['Purposes and legal basis', 'Legal basis'])('is a purpose with that basis, under "%s"', (heading) => {
    const found = purposes(body(heading), 'en');
    expect(found.map((p) => [p.description?.['en'], p.legal_basis])).toEqual([
      ['Service delivery: To create and manage your account and handle invoicing.', 'contract'],
      ['Marketing: To send newsletters. You can opt out at any time.', 'consent'],
      ['Legal obligations: To comply with the Bookkeeping Act.', 'legal_obligation'],
    ]);
  });
});
