/**
 * Parts a published notice states in its own words, so that the audit does not ask for them: where the
 * data come from (the person, in so many words or by what the person does when they are collected:
 * "when you sign up", "kun tilaat", "när du gör ett köp"; or the site collecting them from the device),
 * whether they must be given, and a basis said of the processing (not of a disclosure).
 */
import { describe, expect, it } from 'vitest';
import { basesNamed, deniesAutomatedDecisions, describesAutomatedDecisions, givesControllerAddress, listsDataCategories, placesProviderInEea, saysBasis, saysDate, saysProvision, saysRetention, saysSources, saysSpecialCondition, saysWhereDataAre } from '../src/audit/parts-said.js';
import type { Passage } from '../src/audit/passages.js';
import { controllerIsPublicBody } from '../src/audit/public-body.js';
import { namesRecipient } from '../src/audit/recipients-said.js';
import { pairsEachBasis } from '../src/audit/bases-said.js';
import type { LegalBasis } from '../src/types.js';

const passage = (text: string): Passage => ({ text, line: 5, kind: 'data_categories', kinds: ['data_categories'], sectionLine: 4 });

describe('sources a notice states by what the person does', () => {
  const SAID: [string, string][] = [
    ['fi', 'Keräämme seuraavat tiedot, kun tilaat tuotteen tai otat yhteyttä asiakaspalveluun.'],
    ['fi', 'Verkkosivusto kerää automaattisesti tietoa päätelaitteesta ja selaimesta evästeiden avulla.'],
    ['sv', 'Vi samlar in personuppgifter i följande situationer: när du gör ett köp och när du skapar ett konto.'],
    ['sv', 'Teknisk information samlas in automatiskt när appen används.'],
    ['en', 'We collect your name and e-mail address when you sign up for the newsletter.'],
    ['fi', 'Valtaosa tiedoista kerätään suoraan käyttäjältä. Osoitteiden oikeellisuus tarkistetaan julkisista lähteistä.'],
    ['sv', 'De flesta uppgifterna samlas in direkt från användaren. Adresser kontrolleras mot offentligt tillgängliga källor.'],
    ['en', 'Most of the personal data we process is collected directly from the User. We also use publicly available sources to verify addresses.'],
    ['en', 'Page views are collected automatically by the site.'],
    ['en', 'Everything below is either entered by you or worked out by the app from what you entered.'],
    ['en', 'The information to be recorded in the register is obtained from the user through registration forms. Addresses are also obtained from other sources.'],
  ];
  it.each(SAID)('takes "%s: %s" as saying where the data come from', (_lang, text) => {
    expect(saysSources([passage(text)])).toBe(true);
  });

  const UNSAID: [string, string][] = [
    ['fi', 'Rekisteriin tallennetaan asiakkaan nimi, osoite ja puhelinnumero. Osoitteita saadaan myös muista lähteistä.'],
    ['sv', 'Registret innehåller namn, adress och telefonnummer. Adresser hämtas också från andra källor.'],
    ['en', 'The register holds the customer\'s name, address and phone number. Addresses are also obtained from other sources.'],
  ];
  it.each(UNSAID)('does not take "%s: %s" as saying it', (_lang, text) => {
    expect(saysSources([passage(text)])).toBe(false);
  });

  const NAMED: [string, string][] = [
    ['fi', 'Rekisteriin tallennetaan vuokralaisen nimi. Maanvuokrasopimusten tiedot saadaan Helsingin kaupungilta.'],
    ['sv', 'Registret innehåller namn och adress. Adresser hämtas från SPAR.'],
    ['en', 'The study uses texts of learners. The corpora were obtained from Kielipankki.'],
  ];
  it.each(NAMED)('takes a source named by its name as saying where the data come from (%s)', (_lang, text) => {
    expect(saysSources([passage(text)])).toBe(true);
  });

  it.each(UNSAID)('takes a notice that says nothing of anyone else giving the data as collecting them from the person (Art. 13) (%s)', (_lang, text) => {
    expect(saysSources([passage(text.replace(/\.[^.]*\.$/u, '.'))])).toBe(true);
  });
});

describe('whether the data must be given, said as what the service needs or what is optional', () => {
  const SAID: [string, string][] = [
    ['fi', 'Henkilötiedot tarvitaan, jotta asiakas voi käyttää palveluita ja hänet voidaan laskuttaa.'],
    ['fi', 'Keskustelupalstan käyttämiseen vaaditaan nimimerkki.'],
    ['sv', 'Profilbild och presentation är frivilliga.'],
    ['sv', 'E-postadress krävs för att skapa ett konto.'],
    ['en', 'E-mail updates and analytics are optional and rely on your consent.'],
    ['en', 'Without this information we cannot deliver your order.'],
    ['fi', 'Jos et anna tietojasi, emme voi toimittaa tilausta.'],
    ['sv', 'För att vara med i kampanjen krävs ändå att du överlämnar dina personuppgifter.'],
    ['en', 'If you choose not to provide your personal data, we may not be able to register your membership.'],
    ['fi', 'Kirjautuminen ei ole koskaan pakollista, ja sovellusta voi käyttää ilman tiliä.'],
    ['sv', 'Inloggning krävs aldrig, och appen fungerar utan konto.'],
    ['en', 'Signing in is never required: no account needed.'],
    ['fi', 'Sovellus ei vaadi kirjautumista eikä luo käyttäjätilejä.'],
    ['sv', 'För att kunna teckna avtal med oss måste du som minimum informera om namn och faktureringsadress.'],
    ['en', 'The app does not require an account.'],
    ['sv', 'Vi samlar in uppgifter du lämnar frivilligt: namn och e-postadress i kontaktformuläret.'],
    ['fi', 'Käsittelemme vain tietoja, jotka olet antanut meille vapaaehtoisesti.'],
    ['en', 'We only process the details you voluntarily provide in the contact form.'],
    ['en', 'We do not ask you for anything to read this site. Information reaches us only when you choose to send it.'],
    ['sv', 'Vi får uppgifter bara när du väljer att skicka dem till oss.'],
    ['fi', 'Saamme tietoja vain, kun valitset lähettää ne meille.'],
    ['fi', 'Sivuston muu sisältö toimii ilman ei-välttämättömien käyttötarkoitusten hyväksymistä.'],
    ['sv', 'Medlemmarnas uppgifter är de som krävs enligt lag för att föra lägenhetsförteckningen.'],
    ['fi', 'Rekisteriin tallennetaan vain ne tiedot, jotka laki edellyttää annettavaksi.'],
    // What follows when the controller does not get the data, and the data joining needs.
    ['fi', 'Mikäli rekisterinpitäjä ei saa kohdissa 3.2 a), b) ja c) tarkoitettuja tietoja, ei asiakassuhdetta voida aloittaa tai jatkaa.'],
    ['sv', 'Om vi inte får de uppgifter som anges ovan kan vi inte ingå avtal med dig.'],
    ['en', 'If we do not receive the information listed above, we cannot open an account for you.'],
    ['fi', 'Jäseneksi liittyessäsi kirjaamme liittymiseen vaadittavat henkilötietosi (nimi, kotipaikka ja sähköpostiosoite).'],
    ['en', 'Registering through the form is not strictly required to take part in an event.'],
    // That the service needs the data, and what follows without them.
    ['fi', 'Palvelun toteuttaminen edellyttää palvelun kannalta tarpeellisten henkilötietojen antamista. Mikäli välttämättömiä henkilötietoja ei anneta, palvelua ei voida toteuttaa.'],
    ['sv', 'Denna behandling är nödvändig för att vi ska kunna fullgöra Tjänsten. Om du motsätter dig denna typ av behandling kan vi tyvärr inte erbjuda Tjänsten.'],
    ['en', 'This processing is needed to run the course: without this information we cannot enrol you.'],
    // That the person may refuse what is asked, and what follows; the data some services need.
    ['en', 'You are free to refuse our request for your personal information, with the understanding that we may be unable to provide you with some of your desired services.'],
    ['sv', 'Vissa personuppgifter behöver vi för att kunna tillhandahålla våra tjänster till dig.'],
    // The data a condition of the contract, or of the service.
    ['en', 'Handing in personal details is a prerequisite for a contract to be made.'],
    ['en', 'Provision of such Personal Data is necessary to use and purchase our Services.'],
    ['en', 'If you do not want to give one or more of the mandatory consents, unfortunately then we cannot offer you the service.'],
    ['en', 'Providing your personal data is a prerequisite for the contract.'],
  ];
  it.each(SAID)('takes "%s: %s" as saying it', (_lang, text) => {
    expect(saysProvision([passage(text)])).toBe(true);
  });

  const MARKED: [string, string[]][] = [
    ['fi', ['Matrix-tunnus, pakollinen', 'Oma nimi, jos käyttäjä sellaisen asettaa, ei pakollinen']],
    ['fi', ['Vapaaehtoinen muistiinpano', 'Vapaaehtoinen allekirjoitus']],
    ['sv', ['Namn (obligatoriskt)', 'Telefon (valfritt)']],
    ['en', ['Optional note', 'Phone number, optional']],
  ];
  it.each(MARKED)('takes items each marked required or optional as saying it (%s)', (_lang, items) => {
    expect(saysProvision(items.map(passage))).toBe(true);
  });

  it('a mark inside an item\'s words says nothing', () => {
    expect(saysProvision(['Vapaaehtoistyön tiedot', 'Mahdolliset vapaaehtoiset lisätiedot kerätään lomakkeella'].map(passage))).toBe(false);
  });

  const UNSAID: [string, string][] = [
    ['fi', 'Keräämme nimen, sähköpostiosoitteen ja puhelinnumeron.'],
    ['sv', 'Vi samlar in namn, e-postadress och telefonnummer.'],
    ['en', 'We collect your name, e-mail address and phone number.'],
    // Some data voluntary, so others are not, and what follows is unsaid; or voluntariness said in passing of how long data are kept.
    ['en', 'Any other information you voluntarily provide in the member application form, eg. home address or phone number.'],
    ['sv', 'Andra uppgifter som du lämnar frivilligt sparas i ett år.'],
    ['en', 'Any data you voluntarily provide through the support form will be kept for 180 days.'],
    // What the law requires done with the records, not given by the person.
    ['fi', 'Hoitotietojen osalta ne tiedot viedään Kanta-arkistoon, jotka laki edellyttää vietäväksi.'],
    // Cookies not needed, or credentials a login needs: nothing said of giving the data.
    ['en', 'Analytics cookies are not strictly required for the site to work.'],
    ['fi', 'Kirjautumiseen vaadittavat tunnukset toimitetaan sähköpostitse.'],
    // Data the person gives to exercise a right, an extract not given, a service not offered somewhere: nothing said of giving the data.
    ['fi', 'Oikeuksien käyttäminen edellyttää tietojen antamista henkilöllisyytesi varmistamiseksi.'],
    ['fi', 'Mikäli tietoja ei anneta, rekisteröidylle annetaan kirjallinen todistus.'],
    ['sv', 'Av säkerhetsskäl kan vi inte erbjuda registerutdrag per e-post.'],
    ['en', 'In other countries we cannot provide the service.'],
    // Refusing something other than the data, or what the controller needs the data for without a word on giving them.
    ['en', 'You are free to refuse cookies in your browser settings.'],
    ['en', 'If our servers are down, we may be unable to provide you with some of our services.'],
    ['sv', 'Dina personuppgifter behöver vi för att kunna skicka nyhetsbrevet.'],
    ['sv', 'Vi behöver dina uppgifter för att kunna skicka nyhetsbrevet.'],
  ];
  it.each(UNSAID)('does not take "%s: %s" as saying it', (_lang, text) => {
    expect(saysProvision([passage(text)])).toBe(false);
  });
});

describe('a basis said for the processing, not for a disclosure', () => {
  const SAID: [string, string][] = [
    ['fi', 'Jotta voimme käsitellä tietojasi, tarvitsemme suostumuksesi.'],
    ['sv', 'Vi behandlar dina uppgifter med ditt samtycke.'],
    ['en', 'We process your data on the basis of your consent.'],
  ];
  it.each(SAID)('takes "%s: %s" as stating a basis', (_lang, text) => {
    expect(saysBasis([passage(text)])).toBe(true);
  });

  const DISCLOSURE: [string, string][] = [
    ['fi', 'Tietoja voidaan käsitellä ulkopuolisilla tahoilla uutiskirjeen lähettämiseksi, mikäli asiakas on antanut suostumuksensa.'],
    ['sv', 'Uppgifterna kan lämnas ut till partner som behandlar dem, om du har gett ditt samtycke.'],
    ['en', 'Personal data may be shared with partners who process it on our behalf, with your consent.'],
  ];
  it.each(DISCLOSURE)('does not take "%s: %s" as the basis of the purposes', (_lang, text) => {
    expect(saysBasis([passage(text)])).toBe(false);
  });
});

describe('consent a notice says some processing needs', () => {
  const NEEDED: [string, string][] = [
    ['fi', 'Analytiikkaevästeiden käyttö edellyttää käyttäjän suostumusta.'],
    ['sv', 'Analyskakor kräver ditt samtycke innan de används.'],
    ['en', 'Analytics cookies are set only after you consent.'],
    ['fi', 'Työpajojen tallentamiseen pyydetään erikseen osallistujien suostumus.'],
    ['sv', 'För inspelningen av workshopparna ber vi om deltagarnas samtycke.'],
    ['en', 'We ask for your consent before recording the workshops.'],
  ];
  it.each(NEEDED)('is a basis of the notice: "%s: %s"', (_lang, text) => {
    expect(basesNamed([passage(text)])).toContain('consent');
  });

  it('is not where consent is only the condition of a disclosure', () => {
    expect(basesNamed([passage('Tietoja luovutetaan kumppaneille vain suostumuksella.')])).not.toContain('consent');
  });

  const NOT_ASKED: [string, string][] = [
    ['sv', 'Därför ber vi inte om samtycke till kakor.'],
    ['en', 'That is why we do not ask for cookie consent.'],
    ['en', "We don't ask for your consent to cookies."],
  ];
  it.each(NOT_ASKED)('is not where the sentence denies asking for it: "%s: %s"', (_lang, text) => {
    expect(basesNamed([passage(text)])).not.toContain('consent');
  });
});

describe('bases a sentence pairs each with what it covers', () => {
  const basisPassage = (text: string): Passage => ({ text, line: 5, kind: 'legal_basis', kinds: ['legal_basis'], sectionLine: 4 });
  const PAIRED: [string, string, LegalBasis[]][] = [
    ['fi', 'Käsittely perustuu sopimussuhteeseen (eläinpalveluiden tarjoaminen) sekä lakisääteisiin velvoitteisiin (kirjanpitolaki, eläinlääkintälaki).', ['contract', 'legal_obligation']],
    ['sv', 'Behandlingen grundar sig på avtal (att erbjuda våra tjänster) samt rättslig förpliktelse (bokföringslagen och skattelagen).', ['contract', 'legal_obligation']],
    ['en', 'In connection with instalments, processing rests on our legitimate interests.', ['legitimate_interests']],
  ];
  it.each(PAIRED)('"%s: %s"', (_lang, text, bases) => {
    expect(pairsEachBasis([basisPassage(text)], bases)).toBe(true);
  });

  it('not bases listed with nothing they cover', () => {
    expect(pairsEachBasis([basisPassage('Käsittely perustuu sopimukseen ja lakisääteiseen velvoitteeseen.')], ['contract', 'legal_obligation'])).toBe(false);
  });
});

describe('a consent kept among the data', () => {
  it.each([
    ['fi', 'Suostumus sähköpostilistalle lisäämisestä'],
    ['sv', 'Marknadsföringstillstånd (tillstånd att skicka våra nyhetsbrev)'],
    ['en', 'Consent to receive the newsletter'],
  ])('says consent is a basis of something (%s)', (_lang, text) => {
    expect(basesNamed([passage(text)])).toEqual(['consent']);
    expect(basesNamed([{ ...passage(text), kind: 'purposes', kinds: ['purposes'] }])).toEqual([]);
  });

  it.each([
    ['fi', 'Suostumus tai kielto suoramarkkinointiin'],
    ['sv', 'Samtycke eller förbud mot direktmarknadsföring'],
    ['en', 'Consent to / prohibition of direct marketing'],
  ])('not a choice kept either way, which records an opt-out (%s)', (_lang, text) => {
    expect(basesNamed([passage(text)])).toEqual([]);
  });
});

describe('the date of a notice given as its month', () => {
  it('dates it where a label says it is the update, in the three languages', () => {
    for (const text of ['Päivitetty tammikuussa 2026', 'Gäller för webbplatsen — senast uppdaterad januari 2026', 'Last updated January 2026', 'Päivitetty 8/2026.', 'Uppdaterad 08/2026', 'This policy explains how we process data. Updated 8/2026.']) {
      expect(saysDate([{ ...passage(text), kind: 'front' }]), text).toBe(true);
    }
    expect(saysDate([passage('The association was founded in January 2016.')])).toBe(false);
    // A month the text speaks of, beside a label of something else, dates nothing.
    for (const text of ['Kehitämme sivustoa kesällä, ja syyskuussa 2018 lisäämme profiilit, jolloin seloste päivitetään.', 'I september 2018 lägger vi till profiler, och policyn uppdateras då.', 'In September 2018 the user experience will be improved, and this notice will be updated.']) {
      expect(saysDate([passage(text)]), text).toBe(false);
    }
    // A fraction or a case number is no month.
    expect(saysDate([passage('Updated version of decision 13/2026/4.')])).toBe(false);
  });
});

describe('the date of a web archive\'s copy', () => {
  it.each([
    ['en', 'The following text is extracted from the example.fi privacy policy that was archived on 2018-12-26.'],
    ['fi', 'Tämä teksti on tietosuojaselosteesta, joka arkistoitu 26.12.2018.'],
    ['sv', 'Texten är hämtad ur integritetspolicyn som arkiverades den 2018-12-26.'],
  ])('is not the notice\'s (%s)', (_lang, text) => {
    expect(saysDate([{ ...passage(text), kind: 'front' }])).toBe(false);
  });

  it('leaves a date of the notice itself its own, also beside the archive\'s', () => {
    expect(saysDate([{ ...passage('This privacy policy was last updated on 2018-12-26.'), kind: 'front' }])).toBe(true);
    expect(saysDate([{ ...passage('Snapshot archived on 2018-12-26 of this privacy policy (version of 2018-05-24).'), kind: 'front' }])).toBe(true);
  });
});

describe('the controller\'s postal address, given where the controller is named', () => {
  const at = (...texts: string[]): Passage[] => texts.map((text, i) => ({ ...passage(text), line: i + 1 }));
  const GIVEN: [string, string[]][] = [
    ['fi', ['Rekisterinpitäjä', 'Esimerkki ry, Mannerheimintie 12, 00100 Helsinki', 'hallitus@esimerkki.fi']],
    ['sv', ['Personuppgiftsansvarig', 'Exempel AB', 'Box 123, 114 55 Stockholm']],
    ['en', ['The data controller is Example Ltd.', 'Address: PO Box 5, 00101 Helsinki']],
  ];
  it.each(GIVEN)('finds it (%s)', (_lang, texts) => {
    expect(givesControllerAddress(at(...texts))).toBe(true);
  });

  const NOT_GIVEN: [string, string[]][] = [
    ['fi', ['Rekisterinpitäjä', 'Yhdistyksen nimi: Esimerkki ry', 'Kotipaikka: Helsinki', 'Sähköposti: hallitus@esimerkki.fi']],
    ['sv', ['Personuppgiftsansvarig: Exempel AB, info@exempel.se', 'Klagomål kan lämnas till Integritetsskyddsmyndigheten, Box 8114, 104 20 Stockholm']],
    ['en', ['The controller is Example Ltd, privacy@example.com', 'The Data Protection Ombudsman, PO Box 800, 00531 Helsinki']],
  ];
  it.each(NOT_GIVEN)('does not take a domicile or the authority\'s address for it (%s)', (_lang, texts) => {
    expect(givesControllerAddress(at(...texts))).toBe(false);
  });

  it.each([
    ['fi', 'Rekisterinpitäjä on Mäkelän tila, Mäkelä, Kirkonkylä, 12345 Pikkukunta.'],
    ['sv', 'Björnbergs Åkeri & Grus AB, org.nr 556380-5695, Skäggetorp, Taxinge, 155 93 Nykvarn, är personuppgiftsansvarig.'],
    ['en', 'The controller is Hill Farm, Mäkelä, Kirkonkylä, 12345 Pikkukunta.'],
  ])('takes a rural address of a house and its village for the street (%s)', (_lang, text) => {
    expect(givesControllerAddress(at(text), 'street')).toBe(true);
    // A company's name before the postal code is no house.
    expect(givesControllerAddress(at('Rekisterinpitäjä on Esimerkki Oy, 00100 Helsinki.'), 'street')).toBe(false);
  });
});

describe('a section on automated decisions that describes them', () => {
  const section = (text: string): Passage => ({ text, line: 9, kind: 'automated_decisions', kinds: ['automated_decisions'], sectionLine: 8 });
  it('is the part, whatever the draft made of it', () => {
    expect(describesAutomatedDecisions([section('Tehtävät arvioidaan automaattisesti opettajan laatimien testien perusteella.')])).toBe(true);
    expect(describesAutomatedDecisions([section('Du har rätt att inte bli föremål för ett automatiserat beslut.')])).toBe(false);
    expect(describesAutomatedDecisions([passage('Assignments are assessed automatically.')])).toBe(false);
  });
});

describe('a controller that is a public body', () => {
  const controller = (text: string): Passage => ({ text, line: 3, kind: 'controller', kinds: ['controller'], sectionLine: 2 });
  it.each(['Utbildningsstyrelsen, Hagnäskajen 6, 00530 Helsingfors', 'Maanmittauslaitos, Opastinsilta 12, Helsinki', 'Skatteverket', 'University of Helsinki, P.O. Box 4', 'Opetushallitus'])(
    'is read from its name: %s',
    (text) => {
      expect(controllerIsPublicBody([controller(text)])).toBe(true);
    },
  );
  it.each(['Helsingin kaupunginmuseo, Aleksanterinkatu 16, 00170 Helsinki', 'Porin kaupunginkirjasto', 'Helsingfors stadsmuseum', 'Helsinki City Museum'])('is a city’s own institution: %s', (text) => {
    expect(controllerIsPublicBody([controller(text)])).toBe(true);
  });
  it('is not read from the address it gives, where its office sits', () => {
    expect(controllerIsPublicBody([controller('Example Courses'), { ...controller('Registered Office: Tietotie 1, Häme University of Applied Sciences'), line: 4 }], 'Example Courses')).toBe(false);
  });
  it('is read from a city named in its postal address', () => {
    expect(controllerIsPublicBody([controller('Rakennusvalvonta'), { ...controller('Postiosoite: PL 51000, 00099 Helsingin kaupunki'), line: 4 }], 'Rakennusvalvonta')).toBe(true);
  });
  it.each(['Tampereen kaupungin keskustassa toimiva Kahvila Esimerkki', 'Kaupunginosayhdistys Esimerkki', 'The City of Example Shop', 'Kontakta föreningens styrelsen via e-post', 'Esimerkki Oy:n taloushallinto', 'Skogsverket AB, Box 5, Umeå', 'Kaupungin Taksi Oy'])('is not a board, a department or a company: %s', (text) => {
    expect(controllerIsPublicBody([controller(text)])).toBe(false);
  });
  it.each([
    ['fi', ['Algo ry / IT-Tiedekunta', 'PL 35 (Agora)', '40014 Jyväskylän yliopisto']],
    ['sv', ['Personuppgiftsansvarig är Granens roddare rf.', 'Evenemanget ordnas tillsammans med Åbo Akademi och Helsingfors universitet.']],
    ['en', ['The controller is Nuorten startup- ja innovaatiojohtajuus ry (STUHI).', 'High-Up! is organised together with Aalto University.']],
  ])('is not an association named first, beside a university it works with or is addressed at (%s)', (_lang, texts) => {
    expect(controllerIsPublicBody((texts as string[]).map(controller))).toBe(false);
  });
});

describe('a condition of Art. 9(2) other than consent', () => {
  const heading = (text: string): Passage => ({ text, line: 4, kind: 'data_categories', kinds: ['data_categories'], sectionLine: 4, heading: true });
  const SAID: [string, string, string][] = [
    ['fi', 'Arkaluonteiset henkilötiedot', 'Yleistä etua koskeva tieteellinen tai historiallinen tutkimus, tilastointi tai julkisen vallan käyttö'],
    ['sv', 'Känsliga personuppgifter', 'Vetenskapliga eller historiska forskningsändamål eller statistiska ändamål'],
    ['en', 'Special categories of personal data', 'Scientific or historical research purposes or statistical purposes'],
  ];
  it.each(SAID)('is said in a section on the special categories (%s)', (_lang, title, text) => {
    expect(saysSpecialCondition([heading(title), passage(text)])).toBe(true);
    expect(saysSpecialCondition([heading('Tietojen käyttö'), passage(text)])).toBe(false);
  });

  const CITED: [string, string][] = [
    ['fi', 'Terveydenhuollon palvelu ja potilasasiakirjat: GDPR 9 art. 2 h sekä terveydenhuollon lainsäädäntö.'],
    ['fi', 'Käsittely perustuu tietosuoja-asetuksen 9 artiklan 2 kohdan h alakohtaan.'],
    ['sv', 'Behandlingen av hälsouppgifter grundar sig på artikel 9.2 h i dataskyddsförordningen.'],
    ['en', 'Health data are processed under Art. 9(2)(h) GDPR.'],
  ];
  it.each(CITED)('is a point of 9(2) cited, under any heading (%s)', (_lang, text) => {
    expect(saysSpecialCondition([heading('Tietojen käyttö'), passage(text)])).toBe(true);
  });

  it('withdrawing a consent in the rights part, or an app named for health, is none', () => {
    const rights: Passage = { text: 'återkalla samtycke (t.ex. koppla bort Apple Health)', line: 9, kind: 'rights', kinds: ['rights'], sectionLine: 8 };
    expect(saysSpecialCondition([rights])).toBe(false);
    expect(saysSpecialCondition([passage('Vi hämtar steg från Apple Health med ditt samtycke.')])).toBe(false);
    expect(saysSpecialCondition([passage('Hälsouppgifter behandlas med ditt samtycke.')])).toBe(true);
  });

  it('a point of Art. 6(1), or 9 of another article, is none', () => {
    expect(saysSpecialCondition([passage('Käsittely perustuu GDPR 6 art. 1 b:hen.')])).toBe(false);
    expect(saysSpecialCondition([passage('Lain 19 artiklan 2 kohdan a alakohta.')])).toBe(false);
  });
});

describe('where the data are, said beside what the right of access tells', () => {
  const rights = (text: string): Passage => ({ text, line: 40, kind: 'rights', kinds: ['rights'], sectionLine: 39 });
  const SAID: [string, string, string][] = [
    ['fi', 'Käsittelemme kaikkia henkilötietojasi aina EU:n alueella.', 'Jos henkilötietoja siirretään kolmanteen maahan, sinulla on oikeus saada tieto suojatoimista.'],
    ['sv', 'Vi behandlar alltid alla dina personuppgifter inom EU/EES.', 'Om personuppgifterna överförs till ett tredjeland har du rätt till information om skyddsåtgärderna.'],
    ['en', 'We always process all your personal data within the EEA.', 'If personal data are transferred to a third country, you have the right to be told of the safeguards.'],
  ];
  it.each(SAID)('the data kept in the EU/EEA is said, whatever the rights part tells of transfers (%s)', (_lang, inside, told) => {
    expect(saysWhereDataAre([passage(inside), rights(told)])).toBe(true);
  });
});

describe('the interest said as what the legitimate interest is in', () => {
  const SAID: [string, string][] = [
    ['fi', 'Henkilötietojen käsittely perustuu tällöin yhdistyksen oikeutettuun etuun noudattaa hyvää hallintotapaa.'],
    ['fi', 'Käsittelyn oikeusperusteena on rekisterinpitäjän oikeutettu etu käsitellä henkilötietoja uusasiakashankintaan liittyen.'],
    ['sv', 'Behandlingen grundar sig på vårt berättigade intresse av att följa god förvaltningssed.'],
    ['sv', 'Exempel ABs berättigade intresse är att kunna besvara förfrågningar från uppdragsgivare.'],
    ['en', 'The processing rests on our legitimate interest in keeping good governance.'],
    ['fi', 'Käsittelyn oikeusperusteena on yhdistyksen oikeutettu etu jäsenviestinnässä (tietosuoja-asetus 6.1.f).'],
    ['fi', 'Oikeusperuste on yhdistyksen oikeutettu etu jäsenviestinnässä.'],
    ['fi', 'Käsittely perustuu sopimukseen tai Esimerkin oikeutettuun etuun, kuten yhteydenottoihin vastaamiseen ja asiakasviestinnän hoitamiseen.'],
    ['fi', 'Käsittely perustuu oikeutettuun etuun, joka liittyy asiakassuhteen hoitamiseen ja markkinointiin, sekä sopimusta edeltäviin toimenpiteisiin.'],
    ['en', 'The processing rests on our legitimate interests, such as answering enquiries and keeping the site secure.'],
  ];
  it.each(SAID)('names the interest (%s)', async (_lang, text) => {
    const { interestAfterBasis } = await import('../src/audit/bases-said.js');
    expect(interestAfterBasis(text)).toBe(true);
  });

  it('is not the basis named with the words that only say it is the ground', async () => {
    const { interestAfterBasis } = await import('../src/audit/bases-said.js');
    expect(interestAfterBasis('Käsittely perustuu oikeutetun edun perusteella tehtyyn arvioon.')).toBe(false);
    expect(interestAfterBasis('The processing rests on our legitimate interests.')).toBe(false);
    expect(interestAfterBasis('Käsittely perustuu oikeutettuun etuun tässä yhteydessä.')).toBe(false);
    expect(interestAfterBasis('Käsittely perustuu oikeutettuun etuun, joka liittyy asiakassuhteen hoitamiseen.')).toBe(false);
    expect(interestAfterBasis('Käsittely perustuu oikeutettuun etuun, kuten tietosuoja-asetuksessa säädetään.')).toBe(false);
    expect(interestAfterBasis('Behandlingen grundar sig på berättigat intresse, såsom avses i dataskyddsförordningen.')).toBe(false);
  });
});

describe('automated decisions denied in a sentence of another part', () => {
  const at = (text: string, kind: Passage['kind']): Passage => ({ text, line: 9, kind, kinds: [kind], sectionLine: 8 });
  const DENIED: [string, string][] = [
    ['fi', 'Tietoja ei käytetä automatisoituun päätöksentekoon tai profilointiin.'],
    ['sv', 'Uppgifterna används inte för automatiserat beslutsfattande eller profilering.'],
    ['en', 'The data are not used for automated decision-making or profiling.'],
  ];
  it.each(DENIED)('is a denial under the purposes (%s)', (_lang, text) => {
    expect(deniesAutomatedDecisions([at(text, 'purposes')])).toBe(true);
  });

  it('is a denial among the rights where the controller says it does not make them', () => {
    expect(deniesAutomatedDecisions([at('Polar does not do the type of profiling the law refers to. We also do not make any automated decisions about you or your behavior.', 'rights')])).toBe(true);
    expect(deniesAutomatedDecisions([at('Vi fattar inga automatiserade beslut om dig.', 'rights')])).toBe(true);
    expect(deniesAutomatedDecisions([at('If you object to profiling for direct marketing, we do not continue it.', 'rights')])).toBe(false);
    expect(deniesAutomatedDecisions([at('Jos vastustat profilointia suoramarkkinointia varten, emme käytä tietojasi siihen.', 'rights')])).toBe(false);
  });

  it('a right not to be subject to them, or a denial of something else, is none', () => {
    expect(deniesAutomatedDecisions([at('Sinulla on oikeus olla joutumatta automaattisen päätöksenteon kohteeksi, jota ei tehdä ilman perustetta.', 'rights')])).toBe(false);
    expect(deniesAutomatedDecisions([at('Tietoja ei luovuteta. Käytämme profilointia markkinoinnissa.', 'purposes')])).toBe(false);
  });
});

describe('a provider the notice places in the EU', () => {
  const PLACED: [string, string][] = [
    ['fi', 'Palvelun palvelininfrastruktuuri sijaitsee EU-alueella (Amazon Web Services).'],
    ['sv', 'Amazon Web Services lagrar uppgifterna inom EU.'],
    ['en', 'Our servers at Amazon Web Services are in the EU.'],
    // In a data centre in a city of the EEA where the large ones stand.
    ['fi', 'Palvelut ja niiden tiedot sijaitsevat Amsterdamissa Amazon Web Services -datakeskuksessa.'],
    ['sv', 'Uppgifterna lagras på servrar i Frankfurt hos Amazon Web Services.'],
    ['en', 'The data are hosted by Amazon Web Services in its data centre in Dublin.'],
  ];
  it.each(PLACED)('settles that provider alone (%s)', (_lang, text) => {
    expect(placesProviderInEea([passage(text)], 'Amazon Web Services')).toBe(true);
    expect(placesProviderInEea([passage(text)], 'Stripe')).toBe(false);
  });

  it('not where the city holds an office or an event, not a data centre', () => {
    expect(placesProviderInEea([passage('Our office is located in Helsinki, and we use Amazon Web Services.')], 'Amazon Web Services')).toBe(false);
    expect(placesProviderInEea([passage('Toimistomme sijaitsee Helsingissä; käytämme Amazon Web Servicesiä.')], 'Amazon Web Services')).toBe(false);
  });

  it('by its cloud region\'s code, or the area right after its name', () => {
    expect(placesProviderInEea([passage('Tietokanta – Supabase (AWS eu-central-1, Frankfurt) – Salattu levossa')], 'AWS')).toBe(true);
    expect(placesProviderInEea([passage('Databas – Supabase (AWS eu-north-1) – krypterad')], 'Supabase')).toBe(true);
    expect(placesProviderInEea([passage('Backend (API) – Vercel EU – TLS 1.3')], 'Vercel')).toBe(true);
    expect(placesProviderInEea([passage('Database – Supabase (AWS us-east-1) – encrypted')], 'Supabase')).toBe(false);
    expect(placesProviderInEea([passage('Backend (API) – Vercel – EU customers only')], 'Vercel')).toBe(false);
  });

  it('not in a region outside the EEA, for another provider of the sentence, outside the area, or placed outside elsewhere', () => {
    expect(placesProviderInEea([passage('Database – Supabase (AWS eu-west-2, London)')], 'Supabase')).toBe(false);
    expect(placesProviderInEea([passage('Hosting – Google Cloud europe-west6 (Zurich)')], 'Google Cloud')).toBe(false);
    expect(placesProviderInEea([passage('The database runs on Supabase (AWS eu-central-1, Frankfurt) and e-mails are sent with Mailchimp.')], 'Mailchimp')).toBe(false);
    expect(placesProviderInEea([passage('Palvelua ylläpitää Mailchimp EU-alueen ulkopuolella.')], 'Mailchimp')).toBe(false);
    const backups = [passage('The database runs on Supabase (AWS eu-central-1, Frankfurt).'), passage('Backups are copied to Supabase servers in the United States.')];
    expect(placesProviderInEea(backups, 'Supabase')).toBe(false);
  });

  it('not where the sentence denies it, nor for no name', () => {
    expect(placesProviderInEea([passage('Amazon Web Services ei säilytä tietoja EU-alueella.')], 'Amazon Web Services')).toBe(false);
    expect(placesProviderInEea([passage('Tiedot säilytetään EU-alueella.')], '')).toBe(false);
  });
});

describe('recipients said as the providers data pass through or are kept at', () => {
  const NAMED: [string, string][] = [
    ['fi', 'Push-ilmoitukset välitetään Expon sekä Googlen ilmoituspalveluiden kautta.'],
    ['sv', 'Uppgifterna lagras hos Amazon Web Services i Stockholm.'],
    ['en', 'Notifications are sent through Google Firebase Cloud Messaging.'],
  ];
  it.each(NAMED)('names a recipient (%s)', (_lang, text) => {
    expect(namesRecipient([passage(text)])).toBe(true);
  });

  it('a provider the data come from, or a way of signing in, names none', () => {
    expect(namesRecipient([passage('Sähköpostiosoite saadaan Googlen kirjautumisen kautta.')])).toBe(false);
    expect(namesRecipient([passage('You sign in through Google.')])).toBe(false);
  });
});

describe('how long data are kept, said in words', () => {
  const KEPT: [string, string][] = [
    ['fi', 'Tiedot poistetaan kahden vuoden kuluttua asiakassuhteen päättymisestä.'],
    ['sv', 'Uppgifterna raderas tre månader efter avslutat medlemskap.'],
    ['en', 'The data are deleted one year after the event.'],
  ];
  it.each(KEPT)('takes "%s: %s" as a time', (_lang, text) => {
    expect(saysRetention([passage(text)])).toBe(true);
  });

  const ON_REQUEST: [string, string][] = [
    ['fi', 'Rekisteröidyllä on oikeus vaatia tietojensa poistamista, ja tiedot poistetaan pyynnön jälkeen.'],
    ['sv', 'Uppgifterna raderas efter din begäran.'],
    ['en', 'Your data are deleted after your request.'],
    ['fi', 'Tiedot poistetaan viimeistään kuukauden kuluessa poistopyynnöstä.'],
    ['sv', 'Uppgifterna raderas inom en månad efter att du har begärt det.'],
    ['en', 'Your data are deleted within 30 days of your request.'],
  ];
  it.each(ON_REQUEST)('not "%s: %s", deleted after the person asks: the right to erasure, no time', (_lang, text) => {
    expect(saysRetention([passage(text)])).toBe(false);
  });

  it('not an event alone in the part on sources, which says when data are recorded', () => {
    const source = (text: string): Passage => ({ text, line: 19, kind: 'sources', kinds: ['sources'], sectionLine: 18 });
    expect(saysRetention([source('Övrig information sparas efter kunden gjort en beställning i webbutiken.')])).toBe(false);
    expect(saysRetention([source('Tiedot tallennetaan ja säilytetään tilauksen jälkeen.')])).toBe(false);
    expect(saysRetention([source('Uppgifterna sparas i två år efter beställningen.')])).toBe(true);
    expect(saysRetention([passage('Övrig information sparas efter kunden gjort en beställning i webbutiken.')])).toBe(true);
    // Deleted after an event, or in a part on sources and retention both: a time.
    expect(saysRetention([source('Personal data are deleted after the membership ends.')])).toBe(true);
    expect(saysRetention([{ ...source('Uppgifterna sparas efter avslutat medlemskap.'), kinds: ['sources', 'retention'] }])).toBe(true);
  });
});

describe('the data listed a line each under the heading on the data', () => {
  const at = (text: string, line: number, heading = false): Passage => ({ text, line, kind: 'data_categories', kinds: ['data_categories'], sectionLine: 20, ...(heading ? { heading: true as const, level: 2 } : {}) });
  const LINES: [string, string[]][] = [
    ['fi', ['Etu- ja sukunimi', 'Sähköpostiosoite', 'Käyttökiellon viimeinen päivä']],
    ['sv', ['För- och efternamn', 'E-postadress', 'Sista dag för tillträdesförbud']],
    ['en', ['First and last name', 'E-mail address', 'Last day of the ban']],
  ];
  it.each(LINES)('list the data (%s)', (_lang, lines) => {
    expect(listsDataCategories([at('Tietosisältö', 20, true), ...lines.map((l, i) => at(l, 21 + i))])).toBe(true);
  });

  it('do not where the lines are sentences, or fewer than three', () => {
    expect(listsDataCategories([at('Tietosisältö', 20, true), at('Keräämme nimesi.', 21), at('Keräämme sähköpostisi.', 22), at('Keräämme puhelinnumerosi.', 23)])).toBe(false);
    expect(listsDataCategories([at('Tietosisältö', 20, true), at('Etu- ja sukunimi', 21), at('Sähköpostiosoite', 22)])).toBe(false);
  });
});
