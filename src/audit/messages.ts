/** The audit's own findings, in each language Seloste speaks to authors in. */
import { fill } from '../compose/format.js';
import type { MessageLanguage } from '../interface-language.js';
import { rules } from '../rules/index.js';
import type { StatedRight } from './rights-words.js';

type Words = Record<MessageLanguage, string>;

/** Each right's name and article, per language. */
const RIGHTS: Readonly<Record<StatedRight, Record<MessageLanguage, readonly [string, string]>>> = {
  access: { en: ['the right of access', 'Art. 15'], fi: ['oikeutta saada pääsy tietoihin', '15 artikla'], sv: ['rätten till tillgång', 'artikel 15'] },
  rectification: { en: ['the right to rectification', 'Art. 16'], fi: ['oikeutta tietojen oikaisemiseen', '16 artikla'], sv: ['rätten till rättelse', 'artikel 16'] },
  erasure: { en: ['the right to erasure', 'Art. 17'], fi: ['oikeutta tietojen poistamiseen', '17 artikla'], sv: ['rätten till radering', 'artikel 17'] },
  restriction: { en: ['the right to restriction of processing', 'Art. 18'], fi: ['oikeutta käsittelyn rajoittamiseen', '18 artikla'], sv: ['rätten till begränsning av behandling', 'artikel 18'] },
  portability: { en: ['the right to data portability', 'Art. 20'], fi: ['oikeutta siirtää tiedot järjestelmästä toiseen', '20 artikla'], sv: ['rätten till dataportabilitet', 'artikel 20'] },
  object: { en: ['the right to object', 'Art. 21(1)'], fi: ['oikeutta vastustaa käsittelyä', '21 artiklan 1 kohta'], sv: ['rätten att göra invändningar', 'artikel 21.1'] },
  object_direct_marketing: { en: ['the right to object to direct marketing', 'Art. 21(2)'], fi: ['oikeutta vastustaa suoramarkkinointia', '21 artiklan 2 kohta'], sv: ['rätten att invända mot direktmarknadsföring', 'artikel 21.2'] },
  withdraw_consent: { en: ['the right to withdraw consent', 'Art. 7(3)'], fi: ['oikeutta peruuttaa suostumus', '7 artiklan 3 kohta'], sv: ['rätten att återkalla samtycke', 'artikel 7.3'] },
  complaint: { en: ['the right to lodge a complaint with a supervisory authority', 'Art. 77'], fi: ['oikeutta tehdä valitus valvontaviranomaiselle', '77 artikla'], sv: ['rätten att lämna in klagomål till en tillsynsmyndighet', 'artikel 77'] },
};

/** Why a right applies, where it does not always. */
const WHY: Partial<Record<StatedRight, Words>> = {
  portability: { en: ', which applies to processing based on consent or a contract', fi: ', joka koskee suostumukseen tai sopimukseen perustuvaa käsittelyä', sv: ', som gäller behandling som grundar sig på samtycke eller avtal' },
  object: { en: ', which applies to processing based on legitimate interests or a public task', fi: ', joka koskee oikeutettuun etuun tai yleisen edun mukaiseen tehtävään perustuvaa käsittelyä', sv: ', som gäller behandling som grundar sig på berättigat intresse eller en uppgift av allmänt intresse' },
  object_direct_marketing: { en: ', which applies because data are used for direct marketing', fi: ', joka on voimassa, koska tietoja käytetään suoramarkkinointiin', sv: ', som gäller eftersom uppgifterna används för direktmarknadsföring' },
  withdraw_consent: { en: ', which applies because processing is based on consent', fi: ', joka on voimassa, koska käsittely perustuu suostumukseen', sv: ', som gäller eftersom behandlingen grundar sig på samtycke' },
};

type Template = (p: Record<string, string>, lang: MessageLanguage) => string;

/** The kinds of data whose keeping a notice leaves out, per language. */
const DATA_KINDS: Readonly<Record<string, Words>> = {
  logs: { en: 'the logs and IP addresses', fi: 'lokitiedot ja IP-osoitteet', sv: 'loggarna och IP-adresserna' },
  analytics: { en: 'the analytics data', fi: 'analytiikan tiedot', sv: 'analysdata' },
  recordings: { en: 'the photos and recordings', fi: 'valokuvat ja tallenteet', sv: 'bilderna och inspelningarna' },
  billing: { en: 'the billing and payment data', fi: 'laskutus- ja maksutiedot', sv: 'fakturerings- och betalningsuppgifterna' },
};

function kind(p: Record<string, string>, lang: MessageLanguage): string {
  return DATA_KINDS[p['kind']!]![lang];
}

function named(p: Record<string, string>, lang: MessageLanguage): string {
  const [name, article] = RIGHTS[p['right'] as StatedRight][lang];
  return `${name} (${article})`;
}

function right(p: Record<string, string>, lang: MessageLanguage): string {
  return `${named(p, lang)}${WHY[p['right'] as StatedRight]?.[lang] ?? ''}`;
}

const MESSAGES: Readonly<Record<string, Readonly<Record<MessageLanguage, Template>>>> = {
  'right-missing/missing': {
    en: (p, l) => `The notice does not state ${right(p, l)}: tell the data subject of every right they have (Art. 13(2), 14(2))`,
    fi: (p, l) => `Selosteessa ei mainita ${right(p, l)}: kerro rekisteröidylle kaikki hänen oikeutensa (13 artiklan 2 kohta, 14 artiklan 2 kohta)`,
    sv: (p, l) => `Beskrivningen nämner inte ${right(p, l)}: informera den registrerade om alla rättigheter hen har (artikel 13.2, 14.2)`,
  },
  'right-limited/denied': {
    en: (p, l) => `The notice says that ${named(p, l)} does not apply, but the notice's legal bases give it: remove the limitation (Art. 13(2), 14(2))`,
    fi: (p, l) => `Selosteen mukaan rekisteröidyllä ei ole ${named(p, l)}, vaikka selosteen käsittelyperusteet antavat sen: poista rajaus (13 artiklan 2 kohta, 14 artiklan 2 kohta)`,
    sv: (p, l) => `Enligt beskrivningen gäller inte ${named(p, l)}, men beskrivningens rättsliga grunder ger den: ta bort begränsningen (artikel 13.2, 14.2)`,
  },
  'right-limited/conditioned': {
    en: (p, l) => `The notice makes ${named(p, l)} wait on a condition the GDPR does not set (\`${p['found']}\`): state the right without it (Art. 13(2), 14(2))`,
    fi: (p, l) => `Selosteessa rajataan ${named(p, l)} ehdolla, jota tietosuoja-asetus ei aseta (\`${p['found']}\`): kerro oikeus ilman ehtoa (13 artiklan 2 kohta, 14 artiklan 2 kohta)`,
    sv: (p, l) => `Beskrivningen begränsar ${named(p, l)} med ett villkor som dataskyddsförordningen inte ställer (\`${p['found']}\`): ange rättigheten utan villkoret (artikel 13.2, 14.2)`,
  },
  'right-limited/hedged': {
    en: (p, l) => `The notice gives ${named(p, l)} only as something the data subject may have (\`${p['found']}\`): the right is theirs under the GDPR; state it plainly (Art. 12(1), 13(2), 14(2))`,
    fi: (p, l) => `Seloste ei kerro ${named(p, l)} varmana vaan vain mahdollisena (\`${p['found']}\`): oikeus kuuluu rekisteröidylle tietosuoja-asetuksen nojalla; kerro se suoraan (12 artiklan 1 kohta, 13 artiklan 2 kohta, 14 artiklan 2 kohta)`,
    sv: (p, l) => `Beskrivningen anger ${named(p, l)} bara som något den registrerade kanske har (\`${p['found']}\`): rättigheten är hens enligt dataskyddsförordningen; ange den rakt ut (artikel 12.1, 13.2, 14.2)`,
  },
  'right-limited/asDeletion': {
    en: (p, l) => `The notice describes ${named(p, l)} as deletion (\`${p['found']}\`): restriction keeps the data and stops their other processing (Art. 18(2))`,
    fi: (p, l) => `Selosteessa kuvataan ${named(p, l)} tietojen poistamisena (\`${p['found']}\`): rajoittaminen säilyttää tiedot ja estää niiden muun käsittelyn (18 artiklan 2 kohta)`,
    sv: (p, l) => `Beskrivningen beskriver ${named(p, l)} som radering (\`${p['found']}\`): begränsning innebär att uppgifterna sparas men inte behandlas på annat sätt (artikel 18.2)`,
  },
  'right-limited/ifUnlawful': {
    en: (p, l) => `The notice gives ${named(p, l)} only against unlawful use (\`${p['found']}\`): the data subject may object to lawful processing on grounds of their particular situation (Art. 21(1))`,
    fi: (p, l) => `Selosteessa rajataan ${named(p, l)} vain lainvastaiseen käyttöön (\`${p['found']}\`): rekisteröity voi vastustaa lainmukaistakin käsittelyä erityiseen tilanteeseensa liittyvällä perusteella (21 artiklan 1 kohta)`,
    sv: (p, l) => `Beskrivningen ger ${named(p, l)} bara mot olaglig användning (\`${p['found']}\`): den registrerade kan invända mot laglig behandling av skäl som hänför sig till hens specifika situation (artikel 21.1)`,
  },
  'right-limited/ifNoGround': {
    en: (p, l) => `The notice gives ${named(p, l)} only where the processing has no justified ground (\`${p['found']}\`): the data subject may object on grounds of their particular situation, and it is then for the controller to show compelling legitimate grounds (Art. 21(1))`,
    fi: (p, l) => `Selosteessa rajataan ${named(p, l)} vain käsittelyyn, jolle ei ole perusteltua syytä (\`${p['found']}\`): rekisteröity voi vastustaa käsittelyä erityiseen tilanteeseensa liittyvällä perusteella, ja rekisterinpitäjän on silloin osoitettava huomattavan tärkeä ja perusteltu syy (21 artiklan 1 kohta)`,
    sv: (p, l) => `Beskrivningen ger ${named(p, l)} bara när behandlingen saknar berättigat skäl (\`${p['found']}\`): den registrerade kan invända av skäl som hänför sig till hens specifika situation, och det är då den personuppgiftsansvarige som ska visa tvingande berättigade skäl (artikel 21.1)`,
  },
  'right-limited/onlyConsent': {
    en: (p, l) => `The notice gives ${named(p, l)} only where the processing rests on consent (\`${p['found']}\`), though another basis it states gives it too (Art. 13(2)(b))`,
    fi: (p, l) => `Selosteessa rajataan ${named(p, l)} vain suostumukseen perustuvaan käsittelyyn (\`${p['found']}\`), vaikka oikeus kuuluu rekisteröidylle myös toisella selosteessa mainitulla perusteella (13 artiklan 2 kohdan b alakohta)`,
    sv: (p, l) => `Beskrivningen ger ${named(p, l)} bara när behandlingen grundar sig på samtycke (\`${p['found']}\`), fast en annan rättslig grund som anges ger den också (artikel 13.2 b)`,
  },
  'right-limited/onlyContract': {
    en: (p, l) => `The notice gives ${named(p, l)} only where the processing rests on a contract (\`${p['found']}\`), though it also rests processing on consent, which gives the right too (Art. 20(1)(a))`,
    fi: (p, l) => `Selosteessa rajataan ${named(p, l)} vain sopimukseen perustuvaan käsittelyyn (\`${p['found']}\`), vaikka käsittely perustuu selosteen mukaan myös suostumukseen, joka antaa saman oikeuden (20 artiklan 1 kohdan a alakohta)`,
    sv: (p, l) => `Beskrivningen ger ${named(p, l)} bara när behandlingen grundar sig på avtal (\`${p['found']}\`), fast behandlingen enligt beskrivningen också grundar sig på samtycke, som ger samma rätt (artikel 20.1 a)`,
  },
  'right-limited/wrongOnly': {
    en: (p) => `The right to erasure (Art. 17) is offered only for wrong data (\`${p['found']}\`): erasure is not tied to the data being inaccurate; it applies on any ground of Art. 17(1), among them data no longer needed, consent withdrawn, an objection upheld and unlawful processing (Art. 13(2)(b), Art. 17(1))`,
    fi: (p) => `Oikeus tietojen poistamiseen (17 artikla) luvataan vain virheellisille tiedoille (\`${p['found']}\`): poistaminen ei edellytä tietojen virheellisyyttä, vaan oikeus on olemassa millä tahansa 17 artiklan 1 kohdan perusteella, muun muassa kun tietoja ei enää tarvita, suostumus peruutetaan, vastustus hyväksytään tai käsittely on lainvastaista (13 artiklan 2 kohdan b alakohta, 17 artiklan 1 kohta)`,
    sv: (p) => `Rätten till radering (artikel 17) erbjuds bara för felaktiga uppgifter (\`${p['found']}\`): radering förutsätter inte att uppgifterna är felaktiga; rätten gäller på varje grund i artikel 17.1, bland annat när uppgifterna inte längre behövs, samtycket återkallas, en invändning godtas eller behandlingen är olaglig (artikel 13.2 b och 17.1)`,
  },
  'right-limited/neededOnly': {
    en: (p) => `The right to erasure (Art. 17) is offered only once the data are no longer needed (\`${p['found']}\`): that is only one of the grounds of Art. 17(1); among the others, as the notice's bases open them, erasure is owed when consent is withdrawn, when an objection is upheld, when the processing is unlawful and when the law requires it (Art. 13(2)(b), Art. 17(1))`,
    fi: (p) => `Oikeus tietojen poistamiseen (17 artikla) luvataan vain, kun tietoja ei enää tarvita (\`${p['found']}\`): se on vain yksi 17 artiklan 1 kohdan perusteista; muiden muassa, sen mukaan kuin selosteen käsittelyperusteet niitä koskevat, tiedot on poistettava, kun suostumus peruutetaan, kun vastustus hyväksytään, kun käsittely on lainvastaista ja kun laki sitä edellyttää (13 artiklan 2 kohdan b alakohta, 17 artiklan 1 kohta)`,
    sv: (p) => `Rätten till radering (artikel 17) erbjuds bara när uppgifterna inte längre behövs (\`${p['found']}\`): det är bara en av grunderna i artikel 17.1; bland de andra, i den mån beskrivningens rättsliga grunder öppnar dem, ska uppgifterna raderas när samtycket återkallas, när en invändning godtas, när behandlingen är olaglig och när lagen kräver det (artikel 13.2 b och 17.1)`,
  },
  'right-limited/notAGround': {
    en: (p) => `The notice says the right to erasure (Art. 17) does not reach data kept for a reason the GDPR does not name (\`${p['found']}\`): erasure may be refused only where no ground of Art. 17(1) applies or an exception of Art. 17(3) does, such as a legal obligation to keep the data; say which (Art. 13(2)(b), Art. 17)`,
    fi: (p) => `Selosteen mukaan oikeus tietojen poistamiseen (17 artikla) ei koske tietoja, joita säilytetään syystä, jota tietosuoja-asetus ei mainitse (\`${p['found']}\`): poistamisesta voi kieltäytyä vain, jos mikään 17 artiklan 1 kohdan peruste ei täyty tai jokin 17 artiklan 3 kohdan poikkeus, kuten lakisääteinen säilytysvelvollisuus, soveltuu; kerro, mikä (13 artiklan 2 kohdan b alakohta, 17 artikla)`,
    sv: (p) => `Enligt beskrivningen gäller rätten till radering (artikel 17) inte uppgifter som sparas av ett skäl som dataskyddsförordningen inte nämner (\`${p['found']}\`): radering får vägras bara om ingen grund i artikel 17.1 är tillämplig eller ett undantag i artikel 17.3 gäller, till exempel en rättslig skyldighet att bevara uppgifterna; ange vilket (artikel 13.2 b och 17)`,
  },
  'right-limited/refused': {
    en: (p) => `The notice refuses the data to the persons they are about (\`${p['found']}\`): the right of access (Art. 15) is theirs whatever the basis, and only what would adversely affect the rights of others may be withheld; say how a person can get their own data (Art. 13(2)(b), Art. 15(4))`,
    fi: (p) => `Selosteen mukaan tietoja ei anneta niille, joita ne koskevat (\`${p['found']}\`): oikeus saada pääsy tietoihin (15 artikla) on rekisteröidyllä käsittelyperusteesta riippumatta, ja vain se, mikä vaikuttaisi haitallisesti muiden oikeuksiin, voidaan jättää antamatta; kerro, miten rekisteröity saa omat tietonsa (13 artiklan 2 kohdan b alakohta, 15 artiklan 4 kohta)`,
    sv: (p) => `Enligt beskrivningen lämnas uppgifterna inte ut till dem de gäller (\`${p['found']}\`): rätten till tillgång (artikel 15) har den registrerade oavsett rättslig grund, och bara det som skulle inverka menligt på andras rättigheter får undanhållas; ange hur den registrerade får ut sina egna uppgifter (artikel 13.2 b och 15.4)`,
  },
  'right-condition/inPerson': {
    en: () => 'Rights may be exercised only in person: the controller must make a request easy, also in writing and electronically (Art. 12(2))',
    fi: () => 'Oikeuksia voi käyttää vain henkilökohtaisesti paikan päällä: pyynnön tekeminen on tehtävä helpoksi myös kirjallisesti ja sähköisesti (12 artiklan 2 kohta)',
    sv: () => 'Rättigheterna kan bara utövas personligen: den personuppgiftsansvarige ska underlätta en begäran, också skriftligt och elektroniskt (artikel 12.2)',
  },
  'right-condition/signed': {
    en: () => 'A request must be a signed letter, with no other way given: the controller must make a request easy, also electronically (Art. 12(2))',
    fi: () => 'Pyyntö on tehtävä allekirjoitetulla kirjeellä, eikä muuta tapaa kerrota: pyynnön tekeminen on tehtävä helpoksi, myös sähköisesti (12 artiklan 2 kohta)',
    sv: () => 'En begäran ska vara ett undertecknat brev, och inget annat sätt anges: den personuppgiftsansvarige ska underlätta en begäran, också elektroniskt (artikel 12.2)',
  },
  'right-condition/byPost': {
    en: () => 'A request must be sent by post, with no other way given: the controller must make a request easy, also electronically (Art. 12(2))',
    fi: () => 'Pyyntö on lähetettävä postitse, eikä muuta tapaa kerrota: pyynnön tekeminen on tehtävä helpoksi, myös sähköisesti (12 artiklan 2 kohta)',
    sv: () => 'En begäran ska skickas per post, och inget annat sätt anges: den personuppgiftsansvarige ska underlätta en begäran, också elektroniskt (artikel 12.2)',
  },
  'right-condition/idCopy': {
    en: () => 'A copy of an identity document is asked with every request: proof of identity may be asked only when there are reasonable doubts about who makes the request (Art. 12(6)), and a copy of an identity document is more than verifying identity usually needs (Art. 5(1)(c))',
    fi: () => 'Jokaiseen pyyntöön pyydetään kopio henkilöllisyystodistuksesta: lisätietoja henkilöllisyyden vahvistamiseksi voi pyytää vain, jos pyynnön tekijän henkilöllisyydestä on perusteltua syytä epäillä (12 artiklan 6 kohta), eikä kopiota henkilöllisyystodistuksesta yleensä tarvita henkilöllisyyden vahvistamiseen (5 artiklan 1 kohdan c alakohta)',
    sv: () => 'En kopia av en identitetshandling begärs med varje begäran: den personuppgiftsansvarige får begära mer för att bekräfta identiteten bara när det finns rimliga skäl att betvivla vem som gör begäran (artikel 12.6), och en kopia av en identitetshandling behövs sällan för att bekräfta identiteten (artikel 5.1 c)',
  },
  'right-condition/writtenWithdrawal': {
    en: () => 'Consent can be withdrawn only in writing: withdrawing consent must be as easy as giving it, e.g. by the same form or by e-mail (Art. 7(3))',
    fi: () => 'Suostumuksen voi peruuttaa vain kirjallisesti: suostumuksen peruuttamisen on oltava yhtä helppoa kuin sen antaminen, esim. samalla lomakkeella tai sähköpostilla (7 artiklan 3 kohta)',
    sv: () => 'Samtycket kan bara återkallas skriftligt: det ska vara lika lätt att återkalla samtycket som att ge det, t.ex. med samma formulär eller per e-post (artikel 7.3)',
  },
  'consent-withdrawal/clearedWithdrawal': {
    en: () => 'Consent can be withdrawn only by clearing the browser’s data: withdrawing consent must be as easy as giving it, e.g. by a link to the cookie settings on every page (Art. 7(3))',
    fi: () => 'Suostumuksen voi peruuttaa vain tyhjentämällä selaimen tiedot: suostumuksen peruuttamisen on oltava yhtä helppoa kuin sen antaminen, esim. jokaisella sivulla olevalla linkillä evästeasetuksiin (7 artiklan 3 kohta)',
    sv: () => 'Samtycket kan bara återkallas genom att rensa webbläsarens data: det ska vara lika lätt att återkalla samtycket som att ge det, t.ex. med en länk till kakinställningarna på varje sida (artikel 7.3)',
  },
  'legal-basis/logsUnbased': {
    en: () => 'The notice says logs are kept of the visitors’ or users’ doings, but no purpose or basis it gives covers them: say what the logs are kept for and on which basis of Art. 6(1) (Art. 13(1)(c))',
    fi: () => 'Selosteen mukaan kävijöiden tai käyttäjien toimista tallentuu lokitietoja, mutta mikään sen kertomista tarkoituksista tai oikeusperusteista ei koske niitä: kerro, mihin lokitietoja käytetään ja mihin 6 artiklan 1 kohdan oikeusperusteeseen niiden käsittely perustuu (13 artiklan 1 kohdan c alakohta)',
    sv: () => 'Enligt beskrivningen loggas besökarnas eller användarnas aktiviteter, men inget av de ändamål eller rättsliga grunder den anger omfattar loggarna: ange vad loggarna används till och på vilken rättslig grund i artikel 6.1 de behandlas (artikel 13.1 c)',
  },
  'retention/kindNotKept': {
    en: (p, l) => `The notice says how long some data are kept, but not ${kind(p, l)} it collects: give their period or the criteria that decide it (Art. 13(2)(a), Art. 5(1)(e))`,
    fi: (p, l) => `Selosteessa kerrotaan joidenkin tietojen säilytysaika, mutta ei sitä, kuinka kauan ${kind(p, l)} säilytetään: kerro niiden säilytysaika tai sen määrittämiskriteerit (13 artiklan 2 kohdan a alakohta, 5 artiklan 1 kohdan e alakohta)`,
    sv: (p, l) => `Beskrivningen anger hur länge vissa uppgifter lagras, men inte hur länge ${kind(p, l)} lagras: ange deras lagringstid eller kriterierna för den (artikel 13.2 a, 5.1 e)`,
  },
  'retention/kindForAWhile': {
    en: (p, l) => `The notice says ${kind(p, l)} are kept only \`${p['found']}\`, with no period: give their period or the criteria that decide it (Art. 13(2)(a), Art. 5(1)(e))`,
    fi: (p, l) => `Selosteen mukaan ${kind(p, l)} säilytetään vain \`${p['found']}\`, ilman säilytysaikaa: kerro niiden säilytysaika tai sen määrittämiskriteerit (13 artiklan 2 kohdan a alakohta, 5 artiklan 1 kohdan e alakohta)`,
    sv: (p, l) => `Enligt beskrivningen lagras ${kind(p, l)} bara \`${p['found']}\`, utan lagringstid: ange deras lagringstid eller kriterierna för den (artikel 13.2 a, 5.1 e)`,
  },
  'controller-contact/unnamed': {
    en: () => 'The notice gives the controller\'s contact details but never names the controller: say who is responsible for the data, by the name of the company, association or person (Art. 13(1)(a))',
    fi: () => 'Selosteessa annetaan rekisterinpitäjän yhteystiedot mutta ei kerrota, kuka rekisterinpitäjä on: kerro, kuka tiedoista vastaa, yrityksen, yhdistyksen tai henkilön nimellä (13 art. 1 a)',
    sv: () => 'Beskrivningen anger den personuppgiftsansvariges kontaktuppgifter men säger aldrig vem den personuppgiftsansvarige är: ange vem som ansvarar för uppgifterna, med företagets, föreningens eller personens namn (artikel 13.1 a)',
  },
  'contradiction/anonymousTracking': {
    en: (p) => `The notice calls the data of \`${p['tool']}\` anonymous, but such a tool tells visitors apart by a cookie or device identifier: the data are personal data (pseudonymous), not anonymous; say what is collected and on which basis (Art. 4(1), Art. 5(1)(a), Art. 12(1))`,
    fi: (p) => `Selosteen mukaan \`${p['tool']}\` kerää anonyymejä tietoja, mutta se erottaa kävijät toisistaan evästeen tai laitteen tunnisteen avulla: tiedot ovat henkilötietoja (pseudonyymejä), eivät anonyymejä; kerro, mitä kerätään ja millä perusteella (4 artiklan 1 kohta, 5 artiklan 1 kohdan a alakohta, 12 artiklan 1 kohta)`,
    sv: (p) => `Enligt beskrivningen är uppgifterna från \`${p['tool']}\` anonyma, men verktyget skiljer besökare åt med en kak- eller enhetsidentifierare: uppgifterna är personuppgifter (pseudonyma), inte anonyma; ange vad som samlas in och på vilken grund (artikel 4.1, 5.1 a, 12.1)`,
  },
  'contradiction/noneYetTracked': {
    en: (p) => `The notice says no personal data are collected, yet it uses \`${p['tool']}\`, which tells users apart by a cookie or device identifier and receives their IP address: those are personal data; say what is collected and on which basis (Art. 4(1), Art. 5(1)(a), Art. 12(1))`,
    fi: (p) => `Selosteen mukaan henkilötietoja ei kerätä, mutta siinä käytetään palvelua \`${p['tool']}\`, joka erottaa käyttäjät toisistaan evästeen tai laitteen tunnisteen avulla ja saa heidän IP-osoitteensa: ne ovat henkilötietoja; kerro, mitä kerätään ja millä perusteella (4 artiklan 1 kohta, 5 artiklan 1 kohdan a alakohta, 12 artiklan 1 kohta)`,
    sv: (p) => `Enligt beskrivningen samlas inga personuppgifter in, men den använder \`${p['tool']}\`, som skiljer användare åt med en kak- eller enhetsidentifierare och tar emot deras IP-adress: det är personuppgifter; ange vad som samlas in och på vilken grund (artikel 4.1, 5.1 a, 12.1)`,
  },
  'transfer-mechanism/eitherMechanism': {
    en: () => 'The transfer rests on one mechanism or another: say which transfer, to which recipient, rests on which (an adequacy decision such as the Data Privacy Framework, or standard contractual clauses), and how a copy of the clauses can be had (Art. 13(1)(f), Art. 14(1)(f))',
    fi: () => 'Siirron kerrotaan perustuvan yhteen tai toiseen siirtoperusteeseen: kerro, mikä siirto ja mille vastaanottajalle perustuu mihinkin (riittävyyspäätökseen, kuten Data Privacy Frameworkiin, tai vakiosopimuslausekkeisiin), ja miten lausekkeista saa jäljennöksen (13 artiklan 1 kohdan f alakohta, 14 artiklan 1 kohdan f alakohta)',
    sv: () => 'Överföringen sägs grunda sig på en eller annan mekanism: ange vilken överföring, till vilken mottagare, som grundar sig på vilken (ett beslut om adekvat skyddsnivå som Data Privacy Framework, eller standardavtalsklausuler) och hur man får en kopia av klausulerna (artikel 13.1 f, 14.1 f)',
  },
  'legal-basis/consentBeside': {
    en: () => 'Consent is named beside another legal basis for one purpose: say which basis the processing rests on, since processing based on consent stops when consent is withdrawn and cannot go on under another basis (Art. 13(1)(c), Art. 7(3))',
    fi: () => 'Samalle käsittelyn tarkoitukselle mainitaan suostumus ja jokin toinen oikeusperuste: kerro, kumpaan käsittely perustuu, sillä suostumukseen perustuva käsittely päättyy, kun suostumus peruutetaan, eikä sitä voi jatkaa toisella perusteella (13 artiklan 1 kohdan c alakohta, 7 artiklan 3 kohta)',
    sv: () => 'Samtycke anges vid sidan av en annan rättslig grund för ett och samma ändamål: ange vilken grund behandlingen vilar på, eftersom behandling som grundar sig på samtycke upphör när samtycket återkallas och inte kan fortsätta på en annan grund (artikel 13.1 c och 7.3)',
  },
  'right-condition/proofOfId': {
    en: () => 'Proof of identity is always required: the controller may ask for it only when it has reasonable doubts about who makes the request (Art. 12(6))',
    fi: () => 'Henkilöllisyys on aina todistettava: lisätietoja henkilöllisyyden vahvistamiseksi voi pyytää vain, jos pyynnön tekijän henkilöllisyydestä on perusteltua syytä epäillä (12 artiklan 6 kohta)',
    sv: () => 'Identitetshandling krävs alltid: den personuppgiftsansvarige får begära den bara när det finns rimliga skäl att betvivla vem som gör begäran (artikel 12.6)',
  },
  'access-charge/fee': {
    en: () => 'A fee is asked for exercising the rights: information and actions are free of charge, save for manifestly unfounded or excessive requests and further copies (Art. 12(5), 15(3))',
    fi: () => 'Oikeuksien käyttämisestä peritään maksu: tiedot ja toimenpiteet ovat maksuttomia, paitsi ilmeisen perusteettomissa tai kohtuuttomissa pyynnöissä ja lisäjäljennöksissä (12 artiklan 5 kohta, 15 artiklan 3 kohta)',
    sv: () => 'En avgift tas ut för att utöva rättigheterna: information och åtgärder är kostnadsfria, utom vid uppenbart ogrundade eller orimliga begäranden och ytterligare kopior (artikel 12.5, 15.3)',
  },
  'access-charge/freeAsARule': {
    en: (p) => `Access is said to be free only as a rule (\`${p['found']}\`): it is free of charge whenever it is asked for, a fee only for manifestly unfounded or excessive requests and further copies (Art. 12(5), 15(3))`,
    fi: (p) => `Tarkastuksen kerrotaan olevan maksuton vain pääsääntöisesti (\`${p['found']}\`): se on aina maksuton, ja maksu voidaan periä vain ilmeisen perusteettomista tai kohtuuttomista pyynnöistä ja lisäjäljennöksistä (12 artiklan 5 kohta, 15 artiklan 3 kohta)`,
    sv: (p) => `Tillgång sägs vara kostnadsfri bara i regel (\`${p['found']}\`): den är alltid kostnadsfri, och en avgift får tas ut bara vid uppenbart ogrundade eller orimliga begäranden och för ytterligare kopior (artikel 12.5, 15.3)`,
  },
  'response-time/late': {
    en: (p) => `The answer to a request is promised within \`${p['found']}\`: the controller must answer within one month, extended by two further months only where necessary, and must say so within the first month (Art. 12(3))`,
    fi: (p) => `Pyyntöön luvataan vastata \`${p['found']}\` kuluessa: pyyntöön on vastattava kuukauden kuluessa, ja määräaikaa voi jatkaa kahdella kuukaudella vain tarvittaessa, siitä ensimmäisen kuukauden aikana ilmoittaen (12 artiklan 3 kohta)`,
    sv: (p) => `Svar på en begäran utlovas inom \`${p['found']}\`: den personuppgiftsansvarige ska svara inom en månad, och tiden får förlängas med två månader bara när det är nödvändigt, med besked inom den första månaden (artikel 12.3)`,
  },
  'response-time/reasonable': {
    en: (p) => `The answer to a request is promised only \`${p['found']}\`: the controller must act on a request without undue delay and at the latest within one month, extended by two further months only where necessary (Art. 12(3))`,
    fi: (p) => `Pyyntöön luvataan vastata vain \`${p['found']}\`: pyyntöön on vastattava ilman aiheetonta viivytystä ja viimeistään kuukauden kuluessa, ja määräaikaa voi jatkaa kahdella kuukaudella vain tarvittaessa (12 artiklan 3 kohta)`,
    sv: (p) => `Svar på en begäran utlovas bara \`${p['found']}\`: den personuppgiftsansvarige ska svara utan onödigt dröjsmål och senast inom en månad, och tiden får förlängas med två månader bara när det är nödvändigt (artikel 12.3)`,
  },
  'complaint-authority/notNamed': {
    en: () => 'The notice speaks of a complaint but names no supervisory authority: say which, with how to reach it, e.g. the Data Protection Ombudsman (tietosuoja.fi) in Finland (Art. 13(2)(d), 77)',
    fi: () => 'Selosteessa puhutaan valituksesta, mutta valvontaviranomaista ei nimetä: kerro, mikä viranomainen on kyseessä ja miten sen tavoittaa, Suomessa tietosuojavaltuutettu (tietosuoja.fi) (13 artiklan 2 kohdan d alakohta, 77 artikla)',
    sv: () => 'Beskrivningen talar om klagomål men nämner ingen tillsynsmyndighet: ange vilken och hur den nås, i Finland dataombudsmannen (tietosuoja.fi), i Sverige Integritetsskyddsmyndigheten (imy.se) (artikel 13.2 d, 77)',
  },
  'recipients/providerUnlisted': {
    en: (p) => `The notice names ${p['names']} among its cookies and tools, but its list of recipients leaves them out: name every party that gets the data (Art. 13(1)(e))`,
    fi: (p) => `Selosteessa mainitaan evästeiden ja työkalujen joukossa ${p['names']}, mutta vastaanottajien luettelosta ne puuttuvat: nimeä jokainen taho, joka saa tietoja (13 artiklan 1 kohdan e alakohta)`,
    sv: (p) => `Beskrivningen nämner ${p['names']} bland sina kakor och verktyg, men förteckningen över mottagare saknar dem: ange varje part som får uppgifterna (artikel 13.1 e)`,
  },
  'complaint-authority/toOfficer': {
    en: (p) => `The complaint is sent to \`${p['found']}\`, the controller's own data protection officer: the right to complain is a right to go to a supervisory authority, in Finland the Data Protection Ombudsman (tietosuoja.fi) (Art. 13(2)(d), 77)`,
    fi: (p) => `Valitus ohjataan taholle \`${p['found']}\`, joka on rekisterinpitäjän oma tietosuojavastaava: valitusoikeus on oikeus kääntyä valvontaviranomaisen puoleen, Suomessa tietosuojavaltuutetun (tietosuoja.fi) (13 artiklan 2 kohdan d alakohta, 77 artikla)`,
    sv: (p) => `Klagomålet hänvisas till \`${p['found']}\`, den personuppgiftsansvariges eget dataskyddsombud: rätten att klaga är en rätt att vända sig till en tillsynsmyndighet, i Finland dataombudsmannen (tietosuoja.fi), i Sverige Integritetsskyddsmyndigheten (imy.se) (artikel 13.2 d, 77)`,
  },
  'outdated-reference/oldName': {
    en: (p) => `\`${p['found']}\` is the old name of the Swedish supervisory authority: it has been Integritetsskyddsmyndigheten (IMY) since 1 January 2021 (Art. 12(1))`,
    fi: (p) => `\`${p['found']}\` on Ruotsin valvontaviranomaisen vanha nimi: viranomainen on ollut Integritetsskyddsmyndigheten (IMY) 1.1.2021 alkaen (12 artiklan 1 kohta)`,
    sv: (p) => `\`${p['found']}\` är tillsynsmyndighetens gamla namn: den heter Integritetsskyddsmyndigheten (IMY) sedan den 1 januari 2021 (artikel 12.1)`,
  },
  'outdated-reference/oldOffice': {
    en: (p) => `\`${p['found']}\` is an office of Sweden's repealed Personuppgiftslagen (1998:204), not the GDPR's data protection officer: if a data protection officer (dataskyddsombud) is designated, call them so and give their contact details; if not, say who answers questions on data protection (Art. 12(1), 13(1)(b), 37)`,
    fi: (p) => `\`${p['found']}\` on Ruotsin kumotun henkilötietolain (personuppgiftslagen 1998:204) mukainen tehtävä, ei tietosuoja-asetuksen tietosuojavastaava: jos tietosuojavastaava (dataskyddsombud) on nimitetty, käytä sitä nimeä ja anna hänen yhteystietonsa; jos ei, kerro, kuka vastaa tietosuojaa koskeviin kysymyksiin (12 artiklan 1 kohta, 13 artiklan 1 kohdan b alakohta, 37 artikla)`,
    sv: (p) => `\`${p['found']}\` är en funktion enligt den upphävda personuppgiftslagen (1998:204), inte dataskyddsförordningens dataskyddsombud: om ett dataskyddsombud har utsetts, kalla det så och ange dess kontaktuppgifter; om inte, ange vem som svarar på frågor om dataskydd (artikel 12.1, 13.1 b, 37)`,
  },
  'legitimate-interest/manyMissing': {
    en: (p) => `${p['count']} purposes rest on \`legitimate_interests\` without saying which interest: name the interest each pursues, e.g. \`preventing fraud in payments\` (Art. 13(1)(d))`,
    fi: (p) => `${p['count']} tarkoitusta perustuu oikeutettuun etuun kertomatta, mikä etu on kyseessä: kerro kunkin tavoittelema etu, esim. \`maksupetosten estäminen\` (13 artiklan 1 kohdan d alakohta)`,
    sv: (p) => `${p['count']} ändamål grundar sig på \`legitimate_interests\` utan att ange vilket intresse det gäller: ange intresset för vart och ett, t.ex. \`att förhindra bedrägerier vid betalning\` (artikel 13.1 d)`,
  },
  'complaint-authority/oldName': {
    en: (p) => `The supervisory authority is named \`${p['found']}\`, a name it no longer has: the Swedish authority has been Integritetsskyddsmyndigheten (IMY) since 1 January 2021 (Art. 13(2)(d))`,
    fi: (p) => `Valvontaviranomaisesta käytetään nimeä \`${p['found']}\`, jota sillä ei enää ole: Ruotsin viranomainen on ollut Integritetsskyddsmyndigheten (IMY) 1.1.2021 alkaen (13 artiklan 2 kohdan d alakohta)`,
    sv: (p) => `Tillsynsmyndigheten kallas \`${p['found']}\`, ett namn den inte längre har: den svenska myndigheten heter Integritetsskyddsmyndigheten (IMY) sedan den 1 januari 2021 (artikel 13.2 d)`,
  },
};

export function auditMessage(ruleId: string, messageId: string, params: Record<string, string>, lang: MessageLanguage): string {
  const template = MESSAGES[`${ruleId}/${messageId}`];
  if (template) return template[lang](params, lang);
  // A finding the audit makes in words a rule already has ("invalid-consent/browser").
  const message = rules.find((r) => r.meta.id === ruleId)?.meta.messages[messageId];
  if (!message) throw new Error(`no audit message ${ruleId}/${messageId}`);
  return fill(message[lang], params);
}
