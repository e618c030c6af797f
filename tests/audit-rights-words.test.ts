/**
 * Which rights a published notice states, read from its own words (written for these tests, in
 * Finnish, Swedish and English): rights under the names old register notices and their translations
 * give them, rights said as what the person can ask or receive, a copy that is access and not
 * portability, an objection given only against unlawful use, and a complaint to an authority the
 * notice does not name.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { auditBytes } from '../src/audit/audit.js';
import type { Passage } from '../src/audit/passages.js';
import { conditionFindings } from '../src/audit/conditions.js';
import { narrowedRights } from '../src/audit/rights-narrowed.js';
import { rightsStated, saysHowToWithdraw, statesMarketingObjection } from '../src/audit/rights-stated.js';
import type { StatedRight } from '../src/audit/rights-words.js';
import type { Diagnostic } from '../src/diagnostic.js';

const passage = (text: string, line = 1): Passage => ({ text, line, kind: 'rights', kinds: ['rights'], sectionLine: 1 });
const stated = (...texts: string[]): StatedRight[] => [...rightsStated(texts.map((t, i) => passage(t, i + 1))).stated.keys()].sort();

describe('rights under the names old register notices give them', () => {
  /** Per language, a sentence and the one right it states. */
  const named: Record<'fi' | 'sv' | 'en', [string, StatedRight][]> = {
    en: [
      ['Right of inspection: a member may inspect the data kept of him.', 'access'],
      ['Right to amend data: a member may amend his data.', 'rectification'],
      ['Right for removal: a member may ask us to remove his data.', 'erasure'],
      ['A member may require limiting the use of disputed data until the matter is settled.', 'restriction'],
      ['Right to protest: a member may protest the use of his data.', 'object'],
      ['Cancelling consent: a member can cancel the consent he has given.', 'withdraw_consent'],
      ['Consent is revocable at any time by e-mail.', 'withdraw_consent'],
      ['Should you wish to review the Personal Data being held by us about you, you have the right to request details.', 'access'],
      ['You have the right to review your personal data.', 'access'],
      ['Direct marketing ban: a member may prohibit the use of his data for direct marketing.', 'object_direct_marketing'],
      ['You are entitled to request information about Example AB’s processing of the personal data relating to you.', 'access'],
      ['You are entitled to have the data about you removed.', 'erasure'],
      ['You are entitled to have the personal data you provided to us transferred (ported) to another company.', 'portability'],
    ],
    fi: [
      ['Tarkastusoikeus: jäsen voi tarkastaa hänestä tallennetut tiedot.', 'access'],
      ['Jäsenellä on oikeus vaatia tiedon korjaamista.', 'rectification'],
      ['Jäsenellä on oikeus vaatia tietojensa hävittämistä.', 'erasure'],
      ['Kielto-oikeus: jäsen voi kieltää tietojensa käsittelyn.', 'object'],
      ['Käyttäjä voi välittää saamansa tiedot toiselle rekisterinpitäjälle.', 'portability'],
      ['Sinulla on oikeus pyytää tietojen siirtoa.', 'portability'],
      ['Oikeus siirtää tiedot: JSON-vienti.', 'portability'],
      ['Sinulla on oikeus saada tiedot siirrettävässä muodossa.', 'portability'],
      ['Mikäli tieto perustuu suostumukseen, on suostumus koska tahansa peruutettavissa ilmoittamalla siitä meille.', 'withdraw_consent'],
      ['Jäsen voi perua antamansa suostumuksen.', 'withdraw_consent'],
      ['Voit pyytää kopiota tiedoistasi ylläpitovastaavalta.', 'access'],
      ['Voit pyytää tietojesi päivitystä ylläpitovastaavalta.', 'rectification'],
      ['Sinulla on oikeus pyytää pääsy itseäsi koskeviin tietoihin.', 'access'],
    ],
    sv: [
      ['Enskilda medlemmar kan begära att få se sin egen information.', 'access'],
      ['Rätt att granska: medlemmen har rätt att granska sina uppgifter.', 'access'],
      ['Medlemmen kan kräva att uppgifterna avlägsnas.', 'erasure'],
      ['Medlemmen kan kräva att vi inskränker användningen av omtvistade uppgifter tills saken är utredd.', 'restriction'],
      ['Rätt att protestera: medlemmen kan protestera mot behandlingen av sina uppgifter.', 'object'],
      ['Medlemmen kan när som helst dra tillbaka sitt samtycke.', 'withdraw_consent'],
      ['Du har också rätt att dra in ett samtycke som du har lämnat.', 'withdraw_consent'],
      ['Åtkomst (art. 15): få veta vilken data som finns om dig.', 'access'],
      ['Du kan kräva kopia på̊ den data som finns lagrad om dig.', 'access'],
      ['Du kan kräva kopia på den data som finns lagrad om dig.', 'access'],
      ['Du har rätt att få en kopia av de personuppgifter som vi behandlar.', 'access'],
      ['Du kan kräva borttagande av data.', 'erasure'],
      ['En person har rätt att begära att ens uppgifter stryks.', 'erasure'],
      ['Du har rätten att ändra ditt medgivande vid ett senare tillfälle.', 'withdraw_consent'],
    ],
  };
  for (const [lang, cases] of Object.entries(named)) {
    it(`are read in ${lang}`, () => {
      for (const [text, right] of cases) expect(stated(text), text).toEqual([right]);
    });
  }

  it('are not withdrawal where withdrawing consent is only the condition of another right', () => {
    expect(stated('Sinulla on oikeus pyytää tietojesi poistamista, jos peruutat antamasi suostumuksen.')).not.toContain('withdraw_consent');
  });

  it('are not access where a copy or a review is of something else', () => {
    expect(stated('Du kan begära en kopia av standardavtalsklausulerna.')).not.toContain('access');
    expect(stated('Kun tili suljetaan, poistamme myös kaikki kopiot tiedoistasi.')).not.toContain('access');
    expect(stated('Voit saada kopion tiedoistasi koneluettavassa muodossa ja siirtää ne toiselle rekisterinpitäjälle.')).not.toContain('access');
    expect(stated('Our recruiters review the personal data you submit with your application.')).not.toContain('access');
  });

  it('are not rectification where an update is of something else', () => {
    expect(stated('Tietojärjestelmien päivitykset tehdään tietoturvavaatimusten mukaisesti.')).not.toContain('rectification');
    expect(stated('Tietosuojaselosteen päivityksistä ilmoitetaan sähköpostitse.')).not.toContain('rectification');
  });

  it('are not read where the words mean something else', () => {
    expect(stated('A member may protest against the direct marketing he receives.')).toEqual(['object_direct_marketing']);
    expect(rightsStated([{ ...passage('We remove the data when the purpose has ended.'), kind: 'retention', kinds: ['retention'] }]).stated.size).toBe(0);
  });

  it('take changing one’s mind about direct marketing as the objection to it, not one about a purchase', () => {
    const said = (text: string): boolean => statesMarketingObjection([{ ...passage(text), kind: 'purposes', kinds: ['purposes'] }]);
    expect(said('You can change your mind later on in respect of direct marketing by contacting us at any time.')).toBe(true);
    expect(said('Du kan när som helst ändra dig när det gäller direktmarknadsföring.')).toBe(true);
    expect(said('Voit muuttaa mielesi suoramarkkinoinnin suhteen milloin tahansa.')).toBe(true);
    expect(said('If you change your mind about a purchase made through our marketing e-mails, you can cancel it within 14 days.')).toBe(false);
    expect(said('If you change your mind about our newsletters, contact us.')).toBe(true);
    expect(said('We send direct marketing to our customers.')).toBe(false);
    // Refusing it: "tacka nej till", "opt out of".
    expect(said('Du har alltid rätt att tacka nej till direkt marknadsföring.')).toBe(true);
    expect(said('You can opt out of marketing e-mails at any time.')).toBe(true);
    expect(said('Du kan tacka nej till erbjudandet om rabatt i marknadsföringen.')).toBe(false);
    expect(said('Members cannot opt out of the marketing newsletter.')).toBe(false);
    expect(said('Det går inte att tacka nej till nyhetsbrevet med marknadsföring.')).toBe(false);
    expect(said('You can opt out of marketing cookies at any time.')).toBe(false);
  });

  it('take an objection for some processing, marketing only its example, as the objection of Art. 21(1) too', () => {
    expect(stated('The User has a right to object for certain processing, such as profiling for marketing purposes.')).toEqual(['object', 'object_direct_marketing']);
  });
});

describe('rights said as what the person can ask or receive', () => {
  it('are access: which data are held', () => {
    expect(stated('Asiakkaalla on oikeus pyytää tietoa siitä, mitä henkilötietoja hänestä käsitellään.')).toEqual(['access']);
    expect(stated('Kunden har rätt att få veta vilka personuppgifter vi behandlar om henne.')).toEqual(['access']);
    expect(stated('You may ask us what personal data we process about you.')).toEqual(['access']);
  });

  it('are access: asking what is held, under whatever name', () => {
    expect(stated('Oikeus tiedonsaantiin: Kysy, mitä tietoja meillä on (lähetä pyyntö osoitteeseen info@esimerkki.fi).')).toEqual(['access']);
    expect(stated('Rätt till information: Fråga vilka uppgifter vi har om dig.')).toEqual(['access']);
    expect(stated('Right to information: Ask us what data we have about you.')).toEqual(['access']);
    expect(stated('Du har rätt att kontrollera dina uppgifter.')).toEqual(['access']);
    expect(stated('Vi kan behöva kontrollera dina uppgifter mot befolkningsregistret.')).toEqual([]);
  });

  it('are rectification: having one’s data changed', () => {
    expect(stated('Hur utövar jag min rätt att få uppgifter borttagna eller ändrade?')).toEqual(['erasure', 'rectification']);
    expect(stated('Du har rätt att få felaktiga uppgifter ändrade.')).toEqual(['rectification']);
    expect(stated('Vi har ändrat policyn och får då ändrade rutiner.')).toEqual([]);
    expect(stated('Du kan få veta när vi senast ändrade policyn.')).toEqual([]);
    expect(stated('Du har rätt att få din adress ändrad.')).toEqual(['rectification']);
  });

  it('are access: a summary of the data held on the person', () => {
    expect(stated('Som besökare kan du begära en sammanställning av de personuppgifter vi har om dig.')).toEqual(['access']);
    expect(stated('You can request a summary of the personal data we hold about you.')).toEqual(['access']);
    expect(stated('Voit pyytää yhteenvedon henkilötiedoista, jotka meillä on sinusta.')).toEqual(['access']);
    expect(stated('Nedan följer en sammanställning av de personuppgifter vi samlar in.')).toEqual([]);
    expect(stated('You can request a summary of the information you need to use your rights.')).toEqual([]);
    expect(stated('Du kan begära en sammanställning av de uppgifter du behöver för att utöva dina rättigheter.')).toEqual([]);
  });

  it('are access and erasure: getting out what is held, asking for removal', () => {
    expect(stated('Om du vill hämta ut uppgifter vi har om dig eller begär borttagning av dina data, skriv till oss.')).toEqual(['access', 'erasure']);
  });

  it('are restriction and portability, said in the words of the request', () => {
    expect(stated('You have the right to request that the processing of your personal data is restricted.')).toEqual(['restriction']);
    expect(stated('The customer has a right to transfer certain personal data about themselves to another keeper of a register.')).toEqual(['portability']);
    expect(stated('Asiakkaalla on oikeus pyytää, että hänen henkilötietojensa käsittelyä rajoitetaan.')).toEqual(['restriction']);
  });

  it('a cookie that limits requests restricts nothing of the person’s', () => {
    expect(stated('_gat – Google Analytics – Rajoittaa pyyntöjen määrää – 1 minuutti')).toEqual([]);
    expect(stated('_gat – Google Analytics – Begränsar antalet förfrågningar – 1 minut')).toEqual([]);
    expect(stated('_gat – Google Analytics – Restricts the request rate – 1 minute')).toEqual([]);
    expect(stated('Oikeus rajoittaa tietojen käsittelyä')).toEqual(['restriction']);
    expect(stated('Rätt att begränsa behandlingen av dina uppgifter')).toEqual(['restriction']);
    expect(stated('You may ask us to restrict the use of your data')).toEqual(['restriction']);
  });

  it('is withdrawal: cookies declined at any time, as a site with consent to analytics says it', () => {
    expect(stated('You can decline these cookies at any time via the cookie consent banner.')).toEqual(['withdraw_consent']);
    expect(stated('Voit hylätä nämä evästeet milloin tahansa evästebannerista.')).toEqual(['withdraw_consent']);
    expect(stated('Du kan neka dessa kakor när som helst i kakbannern.')).toEqual(['withdraw_consent']);
  });

  it('is withdrawal: a permission taken back ("markkinointilupa", "tillstånd", "permission")', () => {
    expect(stated('Sinulla on myös oikeus peruuttaa markkinointilupa milloin tahansa.')).toEqual(['withdraw_consent']);
    expect(stated('Du har rätt att när som helst återkalla ditt tillstånd att använda uppgifterna.')).toEqual(['withdraw_consent']);
    expect(stated('You may withdraw your permission to use the data at any time.')).toEqual(['withdraw_consent']);
  });

  it('requests sent by e-mail, beside the right to withdraw among the others, say how', () => {
    const rights = (how: string) => [passage('Rekisteröidyllä on oikeus peruuttaa suostumus.'), passage(how)];
    expect(saysHowToWithdraw(rights('Pyynnöt tulee lähettää sähköpostitse rekisterinpitäjälle.'))).toBe(true);
    expect(saysHowToWithdraw(rights('Begäran ska skickas per e-post till föreningen.'))).toBe(true);
    expect(saysHowToWithdraw(rights('Requests must be sent by e-mail to the controller.'))).toBe(true);
    expect(saysHowToWithdraw(rights('Pyyntö on lähetettävä sähköpostitse rekisterinpitäjälle.'))).toBe(true);
    expect(saysHowToWithdraw(rights('Pyynnön voi lähettää sähköpostitse osoitteeseen tietosuoja@esimerkki.fi.'))).toBe(true);
    expect(saysHowToWithdraw(rights('Pyynnöt käsitellään kuukauden kuluessa.'))).toBe(false);
  });

  it('a cookie banner is a way to withdraw', () => {
    expect(saysHowToWithdraw([passage('You can decline these cookies at any time via the cookie consent banner.')])).toBe(true);
    expect(saysHowToWithdraw([passage('Voit hylätä nämä evästeet milloin tahansa evästebannerista.')])).toBe(true);
    expect(saysHowToWithdraw([passage('Du kan neka dessa kakor när som helst i kakbannern.')])).toBe(true);
  });

  it('access limited to staff, or a permit revoked, states no right of the person', () => {
    expect(stated('Käyttöoikeudet rajoitetaan niihin henkilöihin, jotka tarvitsevat tietoja.')).toEqual([]);
    expect(stated('Rajoitamme pääsyn tietoihin vain henkilöille, joilla on käyttöoikeus.')).toEqual([]);
    expect(stated('Vi begränsar åtkomsten till uppgifterna till personal som behöver dem.')).toEqual([]);
    expect(stated('Taloyhtiö voi perua pysäköintiluvan milloin tahansa.')).toEqual([]);
    expect(stated('Voit perua markkinointilupasi milloin tahansa.')).toEqual(['withdraw_consent']);
  });

  it('is restriction: processing limited, said after it or by what it does', () => {
    expect(stated('Du har rätt att begära överflödig behandling begränsad.')).toEqual(['restriction']);
    expect(stated('Du har rätt att kräva att dina personuppgifter uteslutande lagras och inte används.')).toEqual(['restriction']);
    expect(stated('Sinulla on oikeus vaatia, että tietosi vain säilytetään eikä käytetä.')).toEqual(['restriction']);
    expect(stated('You have the right to have the processing of your data restricted.')).toEqual(['restriction']);
    expect(stated('You may ask that your data be only stored and not used.')).toEqual(['restriction']);
  });

  it('are access: information on the data collected about the person, as a list item says it', () => {
    expect(stated('Pyytää tietoa sinusta kerätyistä tiedoista')).toEqual(['access']);
    expect(stated('Begära information om de uppgifter som samlats in om dig')).toEqual(['access']);
    expect(stated('Request information about the data collected about you')).toEqual(['access']);
  });

  it('are what the controller does when asked: tells which data are held, corrects, stops using for now', () => {
    expect(stated('Voit pyytää, että kerromme, mitä tietoja sinusta on.')).toEqual(['access']);
    expect(stated('Du kan begära att vi berättar vilka uppgifter som finns om dig.')).toEqual(['access']);
    expect(stated('You can ask us to tell you what data we hold about you.')).toEqual(['access']);
    expect(stated('Du kan begära att vi rättar en felaktig uppgift.')).toEqual(['rectification']);
    expect(stated('Voit pyytää, että emme toistaiseksi käytä tietoa.')).toEqual(['restriction']);
    expect(stated('Du kan begära att vi tills vidare inte använder en uppgift.')).toEqual(['restriction']);
    expect(stated('You can ask us to stop using a piece of data for now.')).toEqual(['restriction']);
  });

  it('rectification is having incorrect data changed; withdrawal is taking back the permission to use the data', () => {
    expect(stated('Du har rätt att begära att få felaktiga personuppgifter ändrade.')).toEqual(['rectification']);
    expect(stated('Voit poistaa palvelulta oikeuden käyttää tietojasi milloin tahansa.')).toContain('withdraw_consent');
    expect(stated('Du kan när som helst ta bort tjänstens tillstånd att använda dina uppgifter.')).toContain('withdraw_consent');
    expect(stated('You can remove the service\'s permission to use your data at any time.')).toContain('withdraw_consent');
  });

  it('withdrawal is managing the cookie settings at any time', () => {
    expect(stated('You can manage your cookie settings at any time.')).toContain('withdraw_consent');
    expect(stated('Voit hallita evästeasetuksiasi milloin tahansa.')).toContain('withdraw_consent');
    expect(stated('Du kan hantera dina cookieinställningar när som helst.')).toContain('withdraw_consent');
  });

  it('are access: a request for the data held on oneself', () => {
    expect(stated('Rekisteröity voi esittää kirjallisen tietopyynnön omien tietojensa osalta.')).toEqual(['access']);
    expect(stated('Tietopyynnön häntä koskevista tiedoista voi lähettää sähköpostitse.')).toEqual(['access']);
  });

  it('are portability: the data in a structured, machine-readable format', () => {
    expect(stated('Asiakkaalla on oikeus saada tietonsa jäsennellyssä, yleisesti käytetyssä ja koneellisesti luettavassa muodossa.')).toContain('portability');
    expect(stated('Kunden har rätt att få ut sina uppgifter i ett strukturerat, allmänt använt och maskinläsbart format.')).toContain('portability');
    expect(stated('You have the right to receive your data in a structured, commonly used and machine-readable format.')).toContain('portability');
  });

  it('are not portability where the person asks for a copy, or data are removed', () => {
    expect(stated('Asiakas voi kysyä, mitä tietoja meillä on, ja pyytää niistä kopion.')).toEqual(['access']);
    expect(stated('Kunden kan fråga vilka uppgifter vi har och begära en kopia av dem.')).toEqual(['access']);
    expect(stated('You can ask what information we hold and request a copy.')).toEqual(['access']);
    expect(stated('After the request we remove the data or tell you why we cannot.')).toEqual(['erasure']);
  });

  it('are access and portability in plain words: to see the data, to take them with you', () => {
    expect(stated('Sinulla on oikeus nähdä sinusta tallennetut tiedot ja ottaa tiedot mukaasi.')).toEqual(['access', 'portability']);
    expect(stated('Du har rätt att se de uppgifter vi har om dig och att ta med dig dina uppgifter.')).toEqual(['access', 'portability']);
    expect(stated('You have the right to see the data we hold about you and to take it with you.')).toEqual(['access', 'portability']);
  });

  it('are access and portability in plain words: to know what is stored, to receive what one gave in a format to take along', () => {
    expect(stated('You have the right to know what we have stored about you, and to receive what you yourself provided in a format you can take with you.')).toEqual(['access', 'portability']);
    expect(stated('Du har rätt att veta vad vi har sparat om dig.')).toEqual(['access']);
    expect(stated('Sinulla on oikeus tietää, mitä tietoja meillä on sinusta.')).toEqual(['access']);
  });

  it('are not what is stored on a device, a list of carriers, or an invitation to read on', () => {
    expect(stated('Read which cookies we store on your device.')).not.toContain('access');
    expect(stated('Haluat ehkä tietää, mitä kuljetusliikkeitä meillä on käytössä.')).not.toContain('access');
    expect(stated('Om du vill veta vad vi behandlar om dig, läs vidare.')).not.toContain('access');
  });

  it('are access and rectification as labels of what the person does: seeing and editing', () => {
    expect(stated('Näkeminen ja muokkaaminen: avaa taulukko suoraan omasta Drivestäsi.')).toEqual(['access', 'rectification']);
    expect(stated('Du kan redigera dina personuppgifter i appen.')).toEqual(['rectification']);
    expect(stated('You can edit your personal details in the app.')).toEqual(['rectification']);
  });

  it('is restriction said with objection, and access and portability as downloading all one\'s data', () => {
    expect(stated('Vastustaa käsittelyä tai rajoittaa sitä (Art. 18, 21).')).toEqual(['object', 'restriction']);
    expect(stated('Invända mot behandlingen eller begränsa den.')).toEqual(['object', 'restriction']);
    expect(stated('Object to the processing or restrict it.')).toEqual(['object', 'restriction']);
    expect(stated('Tietojen saaminen ja siirto: Lataa varmuuskopio antaa kaikki tietosi yhtenä tiedostona.')).toEqual(['access', 'portability']);
    expect(stated('Du kan ladda ner dina uppgifter från sidan Inställningar.')).toEqual(['access']);
    expect(stated('You can download your data from the Settings page.')).toEqual(['access']);
  });

  it('are access as getting information on the data processed, and portability as asking them moved to another controller', () => {
    expect(stated('You may contact us to get information on the data processed about you or to have the data deleted or corrected.')).toEqual(['access', 'erasure', 'rectification']);
    expect(stated('Voit pyytää tietojesi siirtämistä toiselle rekisterinpitäjälle.')).toEqual(['portability']);
    expect(stated('Du kan begära att dina uppgifter flyttas till en annan personuppgiftsansvarig.')).toEqual(['portability']);
  });

  it('are access and erasure where a sentence outside the rights offers them by contacting the controller', () => {
    const outside = (text: string): Passage => ({ text, line: 1, kind: 'data_categories', kinds: ['data_categories'], sectionLine: 1 });
    const said = (text: string): StatedRight[] => [...rightsStated([outside(text)]).stated.keys()].sort();
    expect(said('You may contact us to get information on the data processed about you or to have the data deleted or corrected.')).toEqual(['access', 'erasure', 'rectification']);
    expect(said('Kontakta oss för att få veta vilka uppgifter vi har om dig eller för att få dem raderade.')).toEqual(['access', 'erasure']);
    expect(said('We collect information when you place an order and process the data we hold.')).toEqual([]);
  });

  it('is portability as getting the data moved', () => {
    expect(stated('Sinulla on oikeus saada tiedot siirretyksi.')).toEqual(['portability']);
    expect(stated('Sinulla on oikeus saada pääsy tietoihin ja saada tiedot siirretyksi sekä peruuttaa suostumuksesi.')).toEqual(['access', 'portability', 'withdraw_consent']);
    expect(stated('Henkilöllä on oikeus saada suostumukseen tai sopimukseen perustuvat tiedot siirretyksi.')).toEqual(['portability']);
  });
});

describe('the objection to direct marketing said of the messages the sentence before names', () => {
  const at = (...texts: string[]): Passage[] => texts.map((t, i) => ({ ...passage(t, i + 1), kind: 'purposes', kinds: ['purposes'] }));
  it.each([
    ['fi', 'Voimme lähettää markkinointi- ja muita tiedotusviestejä asiakkaalle, mikäli asiakas on sen sallinut.', 'Asiakas voi kieltäytyä näistä tiedotteista ilmoittamalla siitä sähköpostitse.'],
    ['sv', 'Vi kan skicka marknadsföring och andra utskick till kunden om kunden har tillåtit det.', 'Kunden kan när som helst förbjuda dem genom att skicka e-post.'],
    ['en', 'We may send marketing and other messages to customers who have allowed it.', 'A customer can object to these messages by e-mail.'],
  ])('is stated (%s)', (_lang, marketing, refusal) => {
    expect(statesMarketingObjection(at(marketing, refusal))).toBe(true);
    // The same refusal after a sentence of something else states nothing of marketing.
    expect(statesMarketingObjection(at('Tilaukset käsitellään viikon sisällä.', refusal))).toBe(false);
  });
});

describe('erasure refused for reasons the GDPR does not name', () => {
  const reasons = (...texts: string[]) => narrowedRights(texts.map((t, i) => passage(t, 7 + i))).filter((f) => f.messageId === 'notAGround').map((f) => [f.params['found'], f.line]);

  it('is a right narrowed, in the three languages, also in the sentence after the one on erasure', () => {
    expect(reasons('Poistopyynnöt eivät koske tietoja, joita on säilytettävä lakisääteisistä, hallinnollisista tai tietoturvasyistä.')).toEqual([['hallinnollisista', 7]]);
    expect(reasons('Du kan begära att uppgifterna raderas.', 'Detta gäller inte uppgifter som vi behöver av administrativa skäl.')).toEqual([['administrativa', 8]]);
    expect(reasons('You can also request that we erase any personal data we hold about you.', 'This does not include any data we are obliged to keep for administrative, legal or security purposes.')).toEqual([['administrative', 8]]);
  });

  it('is reported beside another right the same sentence narrows', () => {
    const text = 'A member may protest the use of his data if he believes the data have been used unlawfully, and erasure does not apply to data kept for security purposes.';
    expect(narrowedRights([passage(text, 7)]).map((f) => f.messageId).sort()).toEqual(['ifUnlawful', 'notAGround']);
  });

  it('is none for data the law requires to be kept, or for reasons said of something else', () => {
    expect(reasons('Poistopyynnöt eivät koske tietoja, joita meidän on lain mukaan säilytettävä.')).toEqual([]);
    expect(reasons('Radering gäller inte uppgifter som vi enligt bokföringslagen måste spara.')).toEqual([]);
    expect(reasons('You can ask us to delete your data.', 'This does not affect how we protect the security of the service.')).toEqual([]);
  });
});

describe('an objection given only against unlawful use', () => {
  const narrowed = (text: string) => narrowedRights([passage(text, 7)]).map((f) => [f.params['right'], f.line]);

  it('is a right narrowed, in the three languages', () => {
    expect(narrowed('Jäsen voi vastustaa tietojensa käyttöä, jos hän katsoo, että tietoja on käytetty lainvastaisesti.')).toEqual([['object', 7]]);
    expect(narrowed('Medlemmen kan invända mot användningen av sina uppgifter om hen anser att de har använts olagligt.')).toEqual([['object', 7]]);
    expect(narrowed('A member may protest the use of his data if he believes the data have been used unlawfully.')).toEqual([['object', 7]]);
  });

  it('is an objection given only where the processing has no justified ground, in the three languages', () => {
    const noGround = (text: string) => narrowedRights([passage(text, 7)]).map((f) => [f.params['right'], f.messageId]);
    expect(noGround('Vastustaa tietojesi käsittelyä, jos mielestäsi käsittelylle ei ole perusteltua syytä.')).toEqual([['object', 'ifNoGround']]);
    expect(noGround('Du kan invända mot behandlingen om du anser att det inte finns något berättigat skäl för den.')).toEqual([['object', 'ifNoGround']]);
    expect(noGround('You may object to the processing if you think there is no justified reason for it.')).toEqual([['object', 'ifNoGround']]);
    expect(noGround('Voit vastustaa käsittelyä erityiseen tilanteeseesi liittyvällä perusteella.')).toEqual([]);
  });

  it('is not an objection stated without the condition, nor unlawful processing as the ground of another right', () => {
    expect(narrowed('Jäsen voi vastustaa tietojensa käsittelyä henkilökohtaiseen tilanteeseensa liittyvällä perusteella.')).toEqual([]);
    expect(narrowed('Du kan invända mot behandlingen och begära begränsning om behandlingen är olaglig.')).toEqual([]);
    expect(narrowed('You may object to the processing, and you may complain to the authority if you think it is unlawful.')).toEqual([]);
  });
});

describe('a right the data subject is only said to perhaps have', () => {
  const narrowed = (text: string) => narrowedRights([passage(text, 7)]).map((f) => [f.params['right'], f.messageId]);

  it('is a right narrowed, in the three languages', () => {
    expect(narrowed('Users may also have the right to lodge a complaint with the Swedish Authority for Privacy Protection (IMY).')).toEqual([['complaint', 'hedged']]);
    expect(narrowed('Sinulla saattaa olla oikeus tehdä valitus tietosuojavaltuutetulle.')).toEqual([['complaint', 'hedged']]);
    expect(narrowed('Du kan också ha rätt att rätta felaktiga uppgifter.')).toEqual([['rectification', 'hedged']]);
  });

  it('is not a right stated, nor "may" as leave to use it, nor a right of the controller\'s', () => {
    expect(narrowed('You have the right to lodge a complaint with the supervisory authority.')).toEqual([]);
    expect(narrowed('You may lodge a complaint with the supervisory authority.')).toEqual([]);
    expect(narrowed('Sektionen kan ha rätt att neka en begäran om borttagning om det finns lagliga grunder.')).toEqual([]);
    // Erasure, restriction, portability and the objection hold only in some cases: "may have" them can be right.
    expect(narrowed('Where processing is based on legitimate interests, you may have the right to object.')).toEqual([]);
  });
});

describe('an objection or portability given only where the processing rests on consent', () => {
  const narrowed = (text: string) => narrowedRights([passage(text, 7)]).map((f) => [f.params['right'], f.messageId]);

  it('is a right narrowed, in the three languages', () => {
    expect(narrowed('Vastustaa henkilötietojensa käsittelyä siltä osin kuin käsittely perustuu rekisteröidyn suostumukseen.')).toEqual([['object', 'onlyConsent']]);
    expect(narrowed('Du kan flytta dina uppgifter till en annan personuppgiftsansvarig om behandlingen grundar sig på ditt samtycke.')).toEqual([['portability', 'onlyConsent']]);
    expect(narrowed('You may object to the processing where it is based on your consent.')).toEqual([['object', 'onlyConsent']]);
  });

  it('is not a right whose consent comes before it, nor one said without a condition', () => {
    expect(narrowed('Jos käsittely perustuu suostumukseen, voit peruuttaa sen.')).toEqual([]);
    expect(narrowed('Du kan invända mot behandlingen.')).toEqual([]);
    expect(narrowed('You have the right to data portability where the processing is based on consent or a contract.')).toEqual([]);
    expect(narrowed('You have the right to object to processing, and to withdraw your consent at any time where processing is based on consent.')).toEqual([]);
    expect(narrowed('Du har rätt att invända mot behandlingen och att få information om hur du återkallar ditt samtycke.')).toEqual([]);
    expect(narrowed('Sinulla on oikeus vastustaa käsittelyä ja peruuttaa suostumuksesi, jos olet antanut suostumuksen.')).toEqual([]);
  });

  it('is portability held to the data that rest on consent, or to processing on a contract', () => {
    expect(narrowed('saada suostumukseen perustuvat tiedot siirrettävässä muodossa (siirto-oikeus, soveltuvin osin)')).toEqual([['portability', 'onlyConsent']]);
    expect(narrowed('Rätten till dataportabilitet gäller om behandlingen baserar sig på den lagliga grunden fullgörande av avtal.')).toEqual([['portability', 'onlyContract']]);
    expect(narrowed('Sinulla on oikeus siirtää tiedot järjestelmästä toiseen, jos käsittely perustuu sopimukseen.')).toEqual([['portability', 'onlyContract']]);
    expect(narrowed('You have the right to data portability where the processing is based on a contract.')).toEqual([['portability', 'onlyContract']]);
  });

  it('is not portability held to a contract or consent both, nor a consent of another right before it', () => {
    expect(narrowed('Du har rätt till dataportabilitet om behandlingen grundar sig på avtal eller samtycke.')).toEqual([]);
    expect(narrowed('You have the right to data portability where the processing is based on a contract or on your consent.')).toEqual([]);
    expect(narrowed('Voit peruuttaa suostumukseen perustuvan käsittelyn ja saada tiedot siirrettyä järjestelmästä toiseen.')).toEqual([]);
  });

  it('is reported where another basis the notice states gives the right: the objection under legitimate interests, not portability without a contract', async () => {
    const found = await audit('only-consent.md', [
      ...HEADS.fi,
      'Voit pyytää pääsyä tietoihisi sekä niiden korjaamista, poistamista ja käsittelyn rajoittamista. Voit peruuttaa suostumuksesi milloin tahansa. Voit tehdä valituksen tietosuojavaltuutetulle.', '',
      'Voit vastustaa käsittelyä siltä osin kuin se perustuu suostumukseen.', '',
      'Voit siirtää tiedot toiselle rekisterinpitäjälle, jos käsittely perustuu suostumukseesi.',
    ]);
    expect(found.filter((f) => f.ruleId === 'right-limited').map((f) => f.line)).toEqual([22]);
  });

  it('narrows nothing where another sentence gives the right under another basis', () => {
    const passages = [
      passage('Vastustaa henkilötietojensa käsittelyä siltä osin kuin käsittely perustuu rekisteröidyn suostumukseen.', 7),
      passage('Vastustaa henkilötietojensa käsittelyä erityiseen tilanteeseensa liittyvällä perusteella siltä osin kuin käsittelyperusteena on oikeutettu etu.', 8),
    ];
    expect(narrowedRights(passages)).toEqual([]);
  });

  it('still narrows where the other sentence denies the right under another basis', () => {
    const passages = [
      passage('You have the right to data portability only where the processing is based on your consent.', 7),
      passage('The right to data portability does not apply to processing based on a contract.', 8),
    ];
    expect(narrowedRights(passages).map((f) => f.messageId)).toEqual(['onlyConsent']);
  });
});

const work = mkdtempSync(join(tmpdir(), 'seloste-audit-rights-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Found = Pick<Diagnostic, 'line' | 'ruleId' | 'message'>;

async function audit(name: string, lines: readonly string[]): Promise<Found[]> {
  const result = await auditBytes(new TextEncoder().encode(`${lines.join('\n')}\n`), name, { cwd: work });
  if ('problem' in result) throw new Error(result.problem);
  return result.diagnostics;
}

const at = (found: Found[], ruleId: string, about = ''): number[] => found.filter((f) => f.ruleId === ruleId && f.message.includes(about)).map((f) => f.line);

/**
 * A notice per language: its head, its purposes with their bases in sentences of their own (consent
 * said as what a use relies on, legitimate interests), and a rights section given last (line 18).
 */
const HEADS: Record<'fi' | 'sv' | 'en', string[]> = {
  fi: [
    '# Tietosuojaseloste', '', 'Päivitetty 1.2.2025', '', '## Rekisterinpitäjä', '', 'Esimerkki Oy, Katu 1, 00100 Helsinki, tietosuoja@esimerkki.fi', '',
    '## Mitä tietoja käsittelemme', '', 'Käsittelemme nimeä, sähköpostiosoitetta ja IP-osoitetta.', '',
    '## Miksi käsittelemme tietoja', '', 'Tapahtumakutsut perustuvat suostumukseesi.', 'Käsittelemme IP-osoitetta sivuston turvallisuuden vuoksi oikeutetun etumme perusteella.', '',
    '## Oikeutesi', '',
  ],
  sv: [
    '# Integritetspolicy', '', 'Uppdaterad 1.2.2025', '', '## Personuppgiftsansvarig', '', 'Exempel Ab, Gatan 1, 00100 Helsingfors, dataskydd@exempel.fi', '',
    '## Vilka uppgifter vi behandlar', '', 'Vi behandlar namn, e-postadress och IP-adress.', '',
    '## Varför vi behandlar uppgifterna', '', 'Inbjudningar till evenemang bygger på ditt samtycke.', 'Vi behandlar IP-adressen för webbplatsens säkerhet med stöd av berättigat intresse.', '',
    '## Dina rättigheter', '',
  ],
  en: [
    '# Privacy notice', '', 'Updated 1 February 2025', '', '## Controller', '', 'Example Ltd, 1 High Street, 00100 Helsinki, privacy@example.com', '',
    '## What we process', '', 'We process your name, e-mail address and IP address.', '',
    '## Why we use your data', '', 'Event invitations rely on your consent.', 'We process the IP address for site security on the basis of our legitimate interest.', '',
    '## Your rights', '',
  ],
};

describe('a notice that asks what is held and for a copy, and complains to an authority it does not name', async () => {
  const rights: Record<'fi' | 'sv' | 'en', string[]> = {
    fi: ['Voit kysyä, mitä tietoja meillä on sinusta, ja pyytää niistä kopion, pyytää tietojen korjaamista, poistamista tai käsittelyn rajoittamista ja vastustaa käsittelyä. Voit peruuttaa suostumuksesi milloin tahansa.', '', 'Voit tehdä valituksen tietosuojaviranomaiselle.'],
    sv: ['Du kan fråga vilka uppgifter vi har om dig och begära en kopia, begära rättelse, radering eller begränsning av behandlingen och invända mot behandlingen. Du kan när som helst återkalla ditt samtycke.', '', 'Du kan lämna klagomål till dataskyddsmyndigheten.'],
    en: ['You can ask what information we hold about you and request a copy, ask for correction, erasure or restriction of processing, and object to the processing. You can withdraw your consent at any time.', '', 'You can lodge a complaint with the data protection authority.'],
  };
  const found = await Promise.all((['fi', 'sv', 'en'] as const).map((l) => audit(`copy-${l}.md`, [...HEADS[l], ...rights[l]])));

  it('reports portability missing: a copy is access', () => {
    for (const f of found) expect(at(f, 'right-missing', 'portability')).toEqual([18]);
  });

  it('reports no other right missing', () => {
    for (const f of found) expect(at(f, 'right-missing').length).toBe(1);
  });

  it('reports the authority not named at the complaint, though the data list names an IP address', () => {
    for (const f of found) expect(at(f, 'complaint-authority')).toEqual([22]);
  });
});

describe('a notice whose objection is only against unlawful use', async () => {
  const rights: Record<'fi' | 'sv' | 'en', string[]> = {
    fi: ['- Tarkastusoikeus: voit tarkastaa tietosi.', '- Oikeus vaatia tiedon korjaamista tai poistamista sekä käsittelyn rajoittamista.', '- Voit saada tietosi koneellisesti luettavassa muodossa.', '- Kielto-oikeus: voit kieltää tietojesi käytön, jos katsot, että niitä on käytetty lainvastaisesti.', '- Voit peruuttaa suostumuksesi milloin tahansa.', '- Voit tehdä valituksen tietosuojavaltuutetun toimistolle.'],
    sv: ['- Rätt att granska: du kan granska dina uppgifter.', '- Rätt att kräva rättelse eller radering samt begränsning av behandlingen.', '- Du kan få ut dina uppgifter i ett maskinläsbart format.', '- Rätt att protestera: du kan protestera mot användningen av dina uppgifter om du anser att de har använts olagligt.', '- Du kan när som helst dra tillbaka ditt samtycke.', '- Du kan lämna klagomål till Dataombudsmannens byrå.'],
    en: ['- Right to inspect: you may inspect your data.', '- Right to amend data: you may amend or remove your data and require limiting the use of disputed data.', '- You may receive your data in a machine-readable format.', '- Right to protest: you may protest the use of your data if you feel that it has been used illegally.', '- Cancelling consent: you can cancel your consent at any time.', '- You may complain to the Office of the Data Protection Ombudsman.'],
  };
  const found = await Promise.all((['fi', 'sv', 'en'] as const).map((l) => audit(`protest-${l}.md`, [...HEADS[l], ...rights[l]])));

  it('reports the objection narrowed at its line, and no right missing', () => {
    for (const f of found) {
      expect(at(f, 'right-limited', 'object')).toEqual([23]);
      expect(at(f, 'right-missing')).toEqual([]);
      expect(at(f, 'complaint-authority')).toEqual([]);
    }
  });
});

describe('rights said without a word of their own that they are rights', () => {
  it('an item of the rights section\'s list: withdrawing consent, under a lead-in that says the person has the right', () => {
    const item = (text: string): Passage => ({ ...passage(text), item: true });
    for (const text of ['Peruuttaa suostumuksensa siltä osin kuin käsittely perustuu suostumukseen', 'Återkalla sitt samtycke', 'Withdraw their consent']) {
      expect([...rightsStated([item(text)]).stated.keys()], text).toContain('withdraw_consent');
    }
    expect([...rightsStated([passage('Peruuttaa suostumuksensa')]).stated.keys()]).not.toContain('withdraw_consent');
    expect([...rightsStated([item('you withdraw consent where processing is based on consent')]).stated.keys()]).not.toContain('withdraw_consent');
  });

  it('changing one\'s data by getting in touch, anywhere in the notice, is rectification offered', () => {
    const elsewhere = (text: string): Passage => ({ ...passage(text), kind: 'other', kinds: ['other'] });
    for (const text of ['För att ändra dina uppgifter, kontakta oss: info@example.se', 'To change your details, contact us at info@example.com']) {
      expect([...rightsStated([elsewhere(text)]).stated.keys()], text).toEqual(['rectification']);
    }
    expect([...rightsStated([elsewhere('Vi kan ändra dina uppgifter i registret.')]).stated.keys()]).toEqual([]);
  });
});

describe('an authority named for something else than a complaint', () => {
  const elsewhere = (text: string): Passage => ({ ...passage(text), kind: 'legal_basis', kinds: ['legal_basis'] });
  it.each([
    ['fi', 'Arviointi noudattaa Euroopan tietosuojaviranomaisten ohjeita.', 'Voit tehdä valituksen tietosuojavaltuutetulle.'],
    ['sv', 'Detaljerna framgår av framställningar av Europas dataskyddsmyndigheter.', 'Du kan klaga hos Integritetsskyddsmyndigheten.'],
    ['en', 'The assessment follows the guidelines of the European data protection authorities.', 'You may lodge a complaint with the supervisory authority.'],
  ])('states no right to complain; a complaint said so outside the rights does (%s)', (_lang, named, said) => {
    expect([...rightsStated([elsewhere(named)]).stated.keys()]).not.toContain('complaint');
    expect([...rightsStated([elsewhere(said)]).stated.keys()]).toContain('complaint');
  });
});

describe('how consent is withdrawn, said as where requests go', () => {
  const cases: [string, string, string][] = [
    ['fi', 'Sinulla on oikeus peruuttaa suostumuksesi.', 'Pyyntö osoitetaan sähköpostitse: tietosuoja@esimerkki.fi'],
    ['sv', 'Du har rätt att återkalla ditt samtycke.', 'Begäran skickas per e-post till dataskydd@exempel.se'],
    ['en', 'You have the right to withdraw your consent.', 'Requests are sent by e-mail to privacy@example.com'],
  ];
  it.each(cases)('is said (%s)', (_lang, right, requests) => {
    expect(saysHowToWithdraw([passage(right, 1), passage(requests, 2)])).toBe(true);
    expect(saysHowToWithdraw([passage(right, 1)])).toBe(false);
  });
});

describe('a time under the heading on retention', () => {
  const retention = (text: string): Passage => ({ text, line: 3, kind: 'retention', kinds: ['retention'], sectionLine: 2 });
  it('is how long something is kept, not the time to answer a request', () => {
    expect(conditionFindings([retention('Toteutumattomat varaukset ja tarjouspyynnöt: 12 kuukautta.')])).toEqual([]);
    expect(conditionFindings([retention('Obehandlade förfrågningar och begäran om offert: 12 månader.')])).toEqual([]);
    expect(conditionFindings([passage('We answer your request within three months.')]).map((f) => f.ruleId)).toEqual(['response-time']);
  });
});

describe('what the right of access tells, quoted in the rights part', async () => {
  const NOTICES: [string, string[]][] = [
    ['fi.md', ['# Tietosuojaseloste', '', 'Päivitetty 1.2.2026', '', '## Rekisterinpitäjä', '', 'Kuusipaja Oy, Katu 1, 00100 Helsinki, info@kuusipaja.example', '', '## Käsittelyn tarkoitus', '', 'Käsittelemme tietoja sopimuksen perusteella tilausten toimittamiseksi.', '', '## Oikeutesi', '', 'Sinulla on oikeus saada pääsy tietoihisi, myös tieto automaattisen päätöksenteon, profiloinnin mukaan lukien, olemassaolosta.']],
    ['sv.md', ['# Integritetspolicy', '', 'Uppdaterad 1.2.2026', '', '## Personuppgiftsansvarig', '', 'Granverkstan Ab, Gatan 1, 00100 Helsingfors, info@granverkstan.example', '', '## Ändamål', '', 'Vi behandlar uppgifterna med stöd av avtal för att leverera beställningar.', '', '## Dina rättigheter', '', 'Du har rätt till tillgång till dina uppgifter, även information om förekomsten av automatiserat beslutsfattande, inbegripet profilering.']],
    ['en.md', ['# Privacy policy', '', 'Last updated 1 February 2026', '', '## Controller', '', 'Sprucework Ltd, Street 1, 00100 Helsinki, info@sprucework.example', '', '## Purpose', '', 'We process the data on the basis of the contract to deliver orders.', '', '## Your rights', '', 'You have the right of access to your data, including information on the existence of automated decision-making, including profiling.']],
  ];
  for (const [name, lines] of NOTICES) {
    const found = await audit(name, lines);
    it(`is no sign of automated decisions of the notice's own (${name})`, () => {
      expect(at(found, 'automated-decisions')).toEqual([]);
    });
  }
});

describe('rights missing from a notice that gives its rights in several sections', async () => {
  const NOTICES: [string, string[]][] = [
    ['fi.md', ['# Tietosuojaseloste', '', 'Päivitetty 1.2.2026', '', '## Rekisterinpitäjä', '', 'Kuusipaja Oy, Katu 1, 00100 Helsinki, info@kuusipaja.example', '', '## Käsittelyn tarkoitus', '', 'Käsittelemme tietoja sopimuksen perusteella tilausten toimittamiseksi.', '', '## Tarkastusoikeus', '', 'Sinulla on oikeus tarkastaa tietosi ja vaatia virheellisen tiedon korjaamista.', '', '## Muut henkilötietojen käsittelyyn liittyvät oikeudet', '', 'Voit pyytää tietojesi poistamista.']],
    ['sv.md', ['# Integritetspolicy', '', 'Uppdaterad 1.2.2026', '', '## Personuppgiftsansvarig', '', 'Granverkstan Ab, Gatan 1, 00100 Helsingfors, info@granverkstan.example', '', '## Ändamål', '', 'Vi behandlar uppgifterna med stöd av avtal för att leverera beställningar.', '', '## Rätt till registerutdrag', '', 'Du har rätt att få ett registerutdrag och att begära rättelse av felaktiga uppgifter.', '', '## Övriga rättigheter', '', 'Du kan begära att dina uppgifter raderas.']],
    ['en.md', ['# Privacy policy', '', 'Last updated 1 February 2026', '', '## Controller', '', 'Sprucework Ltd, Street 1, 00100 Helsinki, info@sprucework.example', '', '## Purpose', '', 'We process the data on the basis of the contract to deliver orders.', '', '## Right of access', '', 'You have the right to access your data and to have wrong data corrected.', '', '## Other rights', '', 'You may ask us to erase your data.']],
    ['sv-2.md', ['# Integritetspolicy', '', 'Uppdaterad 1.2.2026', '', '## Personuppgiftsansvarig', '', 'Granverkstan Ab, Gatan 1, 00100 Helsingfors, info@granverkstan.example', '', '## Ändamål', '', 'Vi behandlar uppgifterna med stöd av avtal för att leverera beställningar.', '', '## Hur utövar jag min rätt att få uppgifter borttagna eller ändrade?', '', 'Skriv till info@granverkstan.example så löser vi det.', '', '## Dina rättigheter i övrigt', '', 'Du har rätt att få veta vilka uppgifter vi har om dig.']],
  ];
  for (const [name, lines] of NOTICES) {
    const found = await audit(name, lines);
    it(`stand at the section on the other rights (${name})`, () => {
      expect([...new Set(at(found, 'right-missing'))]).toEqual([17]);
    });
  }
});

describe('a withdrawal said of "it", right after the consent it withdraws', () => {
  const notices: [string, string[]][] = [
    ['sv', ['# Integritetspolicy', '', '## Varför', '', 'Grunden för behandlingen är ditt samtycke. Du lämnar det när du anmäler dig, och du kan ta tillbaka det när du vill.']],
    ['fi', ['# Tietosuojaseloste', '', '## Miksi', '', 'Käsittely perustuu suostumukseesi. Annat sen tilatessasi uutiskirjeen, ja voit peruuttaa sen milloin tahansa.']],
    ['en', ['# Privacy notice', '', '## Why', '', 'The processing rests on your consent. You give it when you subscribe, and you can withdraw it at any time.']],
    ['fi, both', ['# Tietosuojaseloste', '', '## Miksi', '', 'Jäsenlistalla näkyminen ja chat-tunnuksen antaminen perustuvat suostumukseesi. Voit peruuttaa kummankin milloin tahansa.']],
    ['fi, both first', ['# Tietosuojaseloste', '', '## Miksi', '', 'Jäsenlistalla näkyminen perustuu erilliseen suostumukseen, samoin kuvien julkaisu. Molemmat voi perua omalla sivulla milloin tahansa.']],
    ['sv, both', ['# Integritetspolicy', '', '## Varför', '', 'Att synas i medlemslistan och att ange ditt chattnamn grundar sig på ditt samtycke. Du kan dra tillbaka båda när som helst.']],
    ['en, both', ['# Privacy notice', '', '## Why', '', 'Appearing on the member list and giving your chat handle rest on your consent. You can withdraw either at any time.']],
    ['sv, subscription', ['# Integritetspolicy', '', '## Varför', '', 'Skicka nyhetsbrev. Laglig grund: samtycke. Du kan när som helst avsluta prenumerationen.']],
    ['en, subscription', ['# Privacy notice', '', '## Why', '', 'Newsletter. Legal basis: consent. You can unsubscribe at any time.']],
  ];
  it.each([
    ['fi, an order', ['# Tietosuojaseloste', '', '## Tilaukset', '', 'Tilauksen tiedot käsitellään suostumuksesi perusteella. Voit lopettaa tilauksen milloin tahansa.']],
    ['sv, a magazine', ['# Integritetspolicy', '', '## Tidningen', '', 'Tidningen skickas med ditt samtycke. Du kan säga upp din prenumeration när som helst.']],
  ])('states no withdrawal where what is ended is an order or a paid subscription (%s)', (_lang, lines) => {
    const sentences = lines.filter((l) => l && !l.startsWith('#')).flatMap((l) => l.split(/(?<=\.)\s+/u));
    const passages: Passage[] = sentences.map((text) => ({ text, line: 5, kind: 'purposes', kinds: ['purposes'], sectionLine: 3 }));
    expect(rightsStated(passages).stated.has('withdraw_consent')).toBe(false);
  });

  it.each(notices)('states the right to withdraw consent (%s)', (_lang, lines) => {
    const sentences = lines.filter((l) => l && !l.startsWith('#')).flatMap((l) => l.split(/(?<=\.)\s+/u));
    const passages: Passage[] = sentences.map((text) => ({ text, line: 5, kind: 'purposes', kinds: ['purposes'], sectionLine: 3 }));
    expect(rightsStated(passages).stated.has('withdraw_consent')).toBe(true);
  });
});

describe('a section on consent among the bases, and a sign-up that is no complaint', () => {
  /** Per language: bases under subheadings of their own, consent's in words of its own, and rights with neither withdrawal nor a complaint. */
  const notices: Record<'fi' | 'sv' | 'en', string[]> = {
    fi: [
      '# Tietosuojaseloste', '', 'Päivitetty 1.2.2025', '', '## Rekisterinpitäjä', '', 'Autokoulu Oy, Katu 1, 00100 Helsinki, info@autokoulu.example', '',
      '## Oikeusperusteet', '', '### Sopimus', '', 'Kun varaat ajotunnin, tarvitsemme tietojasi sopimuksen täyttämiseen.', '',
      '### Suostumus', '', 'Niissä tapauksissa, joissa tarvitsemme suostumuksesi, kysymme sitä erikseen.', '',
      '## Oikeutesi', '', 'Voit pyytää pääsyä tietoihisi, niiden oikaisemista, poistamista ja käsittelyn rajoittamista sekä siirtää tiedot järjestelmästä toiseen.',
    ],
    sv: [
      '# Integritetspolicy', '', 'Uppdaterad 1.2.2025', '', '## Personuppgiftsansvarig', '', 'Trafikskola Ab, Gatan 1, 00100 Helsingfors, info@trafikskola.example', '',
      '## Rättslig grund', '', '### Avtal', '', 'När du bokar en lektion behöver vi dina uppgifter för att fullgöra avtalet.', '',
      '### Samtycke', '', 'I de fall vi behöver ditt samtycke frågar vi dig uttryckligen om det.', '',
      '## Vem kan ta del av dina uppgifter?', '', 'Trafikverket, i samband med anmälan till kunskapsprov och körprov, när det krävs för din utbildning.', '',
      '## Dina rättigheter', '', 'Du kan begära tillgång till, rättelse och radering av dina uppgifter, begränsning av behandlingen och dataportabilitet.',
    ],
    en: [
      '# Privacy policy', '', 'Updated 1 February 2025', '', '## Controller', '', 'Driving School Ltd, Street 1, 00100 Helsinki, info@school.example', '',
      '## Legal bases', '', '### Contract', '', 'When you book a lesson we need your data to perform the contract.', '',
      '### Consent', '', 'Where we need your consent, we ask you for it separately.', '',
      '## Your rights', '', 'You may ask for access to your data, its rectification, erasure and the restriction of its processing, and for data portability.',
    ],
  };
  for (const [lang, lines] of Object.entries(notices)) {
    it(`(${lang}) consent is a basis the rights must answer with its withdrawal, and no complaint is said`, async () => {
      const found = await audit(`${lang}-consent-section.md`, lines);
      const rights = lines.findIndex((l) => /^## (?:Oikeutesi|Dina rättigheter|Your rights)$/u.test(l)) + 1;
      expect(at(found, 'right-missing', 'Art. 7(3)')).toEqual([rights]);
      expect(at(found, 'right-missing', 'Art. 77')).toEqual([rights]);
      expect(at(found, 'complaint-authority')).toEqual([]);
    });
  }

  it('a section on consent by use of the site gives no consent to withdraw', async () => {
    const lines = [...notices.sv.slice(0, 8), '## Samtycke', '', 'Genom att använda vår webbplats godkänner du vår integritetspolicy.', '', ...notices.sv.slice(-3)];
    expect(at(await audit('sv-by-use.md', lines), 'right-missing', 'Art. 7(3)')).toEqual([]);
  });
});

describe("the controller's own rights, outside a section about the data subject's", () => {
  const outside = (text: string): Passage => ({ text, line: 1, kind: 'recipients', kinds: ['recipients'], sectionLine: 1 });
  const statedOutside = (text: string): StatedRight[] => [...rightsStated([outside(text)]).stated.keys()];
  it.each([
    ['en', 'Service providers may have access to your personal information. We may release it to enforce or apply our rights.'],
    ['en', 'Supercell reserves the right at any time to remove content and restrict their access to any Forum.'],
    ['fi', 'Pidätämme oikeuden rajoittaa pääsyä palveluun ja tarkastaa sisällön.'],
    ['sv', 'Vi förbehåller oss rätten att begränsa tillgång till forumet.'],
    ['sv', 'Vi förbehåller oss därför rätten att begränsa tillgång till forumet.'],
    ['fi', 'Yhtiö pidättää itselleen oikeuden rajoittaa pääsyä palveluun ja tarkastaa sisällön.'],
    ['en', 'We reserved the right to restrict access to the forum.'],
  ])('state no right of access (%s)', (_lang, text) => {
    expect(statedOutside(text)).not.toContain('access');
  });

  it('a sentence that names portability by its name states it, with no other word of a right', () => {
    expect(statedOutside('You can transfer your personal data from our digital tools in machine readable format (“data portability”).')).toContain('portability');
    expect(statedOutside('Voit siirtää tietosi koneluettavassa muodossa toiseen palveluun (tietojen siirrettävyys).')).toContain('portability');
    expect(statedOutside('We do not offer data portability for the archive.')).not.toContain('portability');
    expect(statedOutside('Number portability between operators takes a week.')).not.toContain('portability');
  });

  it.each([
    ['en', 'You have the right to access your personal data.'],
    ['en', 'You can exercise your right to access your data by e-mail.'],
    ['fi', 'Rekisteröity voi käyttää oikeuksiaan tietojen tarkastamiseen ottamalla yhteyttä.'],
    ['sv', 'Du kan utöva din rätt till tillgång genom att kontakta oss.'],
  ])("leave the data subject's own right, said outside that section, a right (%s)", (_lang, text) => {
    expect(statedOutside(text)).toContain('access');
  });
});

describe('the objection said as opposing the processing', () => {
  it('is the right to object, not the controller refusing a request', () => {
    expect(stated('You have the right to oppose processing that we perform on the legal basis of interest.')).toEqual(['object']);
    expect(stated('Sinulla on oikeus tarkastaa tietosi. Pyynnön ollessa perusteeton voidaan kieltäytyä suorittamasta pyydettyä toimea.')).toEqual(['access']);
    expect(stated('Sinulla on oikeus tarkastaa tietosi. Rekisterinpitäjä voi kieltäytyä pyynnön toteuttamisesta, jos se on perusteeton.')).toEqual(['access']);
    expect(stated('You have the right of access. We keep the opposing party informed of the case.')).toEqual(['access']);
  });
});

describe('rights named in a list of what the person may ask', () => {
  it.each([
    ['fi', 'Teillä on oikeus saada pääsy tietoihinne, pyytää niiden oikaisua, poistoa, käsittelyn rajoittamista tai siirtoa.', 'portability'],
    ['sv', 'Kontakta oss för att begära rättelse, överföring eller för att begära att vi begränsar behandlingen.', 'portability'],
    ['en', 'You may ask for the rectification, erasure, restriction or transfer of your data.', 'portability'],
    ['en', 'You can restrict or object to how we use it.', 'restriction'],
    ['en', 'Restrict or object to certain processing.', 'restriction'],
    ['sv', 'Du har även rätt att kontakta oss om du vill ha ut information om de uppgifter vi har om dig.', 'access'],
    ['sv', 'En individ har också rätten att anmäla föreningen till Datainspektionen.', 'complaint'],
  ] as [string, string, StatedRight][])('states the right it names (%s: %s)', (_lang, text, right) => {
    expect(stated(text)).toContain(right);
  });

  it('takes no moving of data abroad for portability, nor a sign-up for a signed letter', () => {
    expect(stated('Henkilötietojen poistaminen ja siirto EU:n ulkopuolelle tehdään sopimuksen mukaan.')).not.toContain('portability');
    expect(stated('Uppgifternas radering och överföring till tredje land sker enligt avtalet.')).not.toContain('portability');
    const signed = (text: string) => conditionFindings([passage(text)]).filter((f) => f.ruleId === 'right-condition');
    expect(signed('You may request access to the data needed to provide the service you have signed up for.')).toEqual([]);
    expect(signed('Security measures designed to protect your data against unauthorised access.')).toEqual([]);
    expect(signed('A request for access must be made by a signed letter.').map((f) => f.messageId)).toEqual(['signed']);
  });
});

describe('erasure offered only for wrong data', () => {
  const wrongOnly = (...texts: string[]) =>
    narrowedRights(texts.map((t, i) => passage(t, i + 1))).filter((f) => f.messageId === 'wrongOnly').map((f) => [f.line, f.params['found']]);
  it.each([
    ['fi', 'Sinulla on oikeus pyytää virheellisten tietojen oikaisua tai poistamista.', 'virheellisten tietojen oikaisua tai poistamista'],
    ['sv', 'Du har rätt att begära att vi rättar eller raderar felaktiga uppgifter.', 'rättar eller raderar felaktiga'],
    ['en', 'You have the right to have inaccurate data corrected or deleted.', 'inaccurate data corrected or deleted'],
  ])('is a right narrowed (%s)', (_lang, text, found) => {
    expect(wrongOnly(text)).toEqual([[1, found]]);
  });

  it('is none where the erasure is of the data in general, or given again in another sentence', () => {
    expect(wrongOnly('Sinulla on oikeus pyytää virheellisen tiedon oikaisemista tai tietojen poistamista.')).toEqual([]);
    expect(wrongOnly('You have the right to have inaccurate data corrected or deleted.', 'You may also ask us to erase your data.')).toEqual([]);
    expect(wrongOnly('You have the right to have inaccurate data corrected or deleted, and the erasure of data we no longer need.')).toEqual([]);
  });

  it('is one where the other sentence that deletes data is a retention, not the right', () => {
    const retention: Passage = { text: 'Tiedot poistetaan kahden vuoden kuluttua asiakassuhteen päättymisestä.', line: 2, kind: 'retention', kinds: ['retention'], sectionLine: 2 };
    const found = narrowedRights([passage('Sinulla on oikeus pyytää virheellisten tietojen oikaisua tai poistamista.'), retention]).filter((f) => f.messageId === 'wrongOnly');
    expect(found.map((f) => [f.line, f.params['found']])).toEqual([[1, 'virheellisten tietojen oikaisua tai poistamista']]);
  });
});

describe('rights said in words of the request and the complaint', () => {
  it('are portability: asking for one’s data to be moved, not moved outside the EU', () => {
    expect(stated('Sinulla on oikeus pyytää henkilötietojesi siirtämistä.')).toEqual(['portability']);
    expect(stated('Sinulla on oikeus pyytää henkilötietojesi siirtämistä EU:n ulkopuolelle.')).not.toContain('portability');
  });

  it('are no complaint where the complaint is a customer’s to the controller', () => {
    expect(stated('Keräämme tietoja sopimuksista, yhteydenotoista ja asiakasvalituksista.')).toEqual([]);
    expect(stated('Vi sparar uppgifter om beställningar och kundklagomål.')).toEqual([]);
    expect(stated('We keep records of orders and customer complaints.')).toEqual([]);
  });
});

describe('rights in the words of a small web shop\'s translated notice, and staff access that is none', () => {
  it('checking one\'s details, an appeal to the "controlling authority", the handling restricted', () => {
    expect(stated('You have the following rights: the right to check your personal details')).toEqual(['access']);
    expect(stated('the right to make an appeal to the controlling authority')).toEqual(['complaint']);
    expect(stated('You can also request that the handling of your information be restricted.')).toEqual(['restriction']);
  });

  it('who of the staff reaches the register, in the part on security, states no access; a right said to the person there does', () => {
    const security = (text: string): Passage => ({ text, line: 21, kind: 'security', kinds: ['security'], sectionLine: 20 });
    const staff = 'För att komma åt registret krävs ett personligt användarnamn och lösenord, vilket endast beviljas till personer som hör till anställda och som har en uppgift där tillgång till detta register krävs.';
    expect([...rightsStated([security(staff)]).stated.keys()]).toEqual([]);
    expect([...rightsStated([security('Du har rätt att begära tillgång till dina uppgifter.')]).stated.keys()]).toEqual(['access']);
    expect([...rightsStated([security('Only employees who have the right to access your personal data because of their duties can process it.')]).stated.keys()]).toEqual([]);
    expect([...rightsStated([security('Endast personal som har rätt till åtkomst kan se dina uppgifter.')]).stated.keys()]).toEqual([]);
  });
});

describe('a right said in the part on security', () => {
  it('other than access stands: consent the person may withdraw, in a part on reporting a security flaw', () => {
    const security = (text: string): Passage => ({ text, line: 76, kind: 'security', kinds: ['security'], sectionLine: 73 });
    expect([...rightsStated([security('Vill du bli omnämnd offentligt på webbplatsen sker det bara efter ditt uttryckliga samtycke, som du när som helst kan återkalla.')]).stated.keys()]).toEqual(['withdraw_consent']);
  });
});
