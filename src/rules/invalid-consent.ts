// GDPR Art. 4(11), 6(1)(a), 7 and Laki sähköisen viestinnän palveluista (917/2014) 205 §: consent is a clear, specific, unbundled act, not use of a site or browser settings.
import { defineRule } from '../check/rule.js';
import {
  ACCEPT, BUNDLED, BY_CONDUCT, BY_GIVING, BY_SENDING, CONDITION_OF_USE, COOKIELESS, NECESSARY_COOKIES, SAVE_FOR, BY_SIGN_UP, BY_USE, CONDUCT_HINT, siteConsentTool, FORM_ACT, NON_ESSENTIAL, NOTICE_AS_CONSENT, NOTICE_REQUIRED, POLICY, PRE_TICKED, PRESUMED, PRESUMED_HINT, TRACKING_PURPOSE,
  TRACKING_TECH,
} from '../check/consent-words.js';
import { browserRefusal } from '../check/browser-refusal.js';
import { allTexts, sentences, textValues } from '../check/text.js';
import { findWords, languageVersions, listed, mayMatch, wordsBefore } from '../check/words.js';
import type { PathSegment } from '../load/yaml-ast.js';
import type { Register } from '../types.js';

const NEGATION = /(?<!\p{L})(?:ei|emme|eikä|not|never|no|nothing|cannot|can't|can’t|won't|won’t|inte|aldrig|ingen|inga|inget)(?!\p{L})/iu;

function cookieTexts(register: Register): { path: PathSegment[]; value: string }[] {
  const c = register.cookies;
  if (!c) return [];
  const out = [...(c.consent ? languageVersions(['cookies', 'consent'], c.consent) : []), ...(c.description ? languageVersions(['cookies', 'description'], c.description) : [])];
  return out.map(({ path, value }) => ({ path, value }));
}

/** Where a sentence's clauses part: "…, but …", "…; men …". */
const CLAUSE = /[,;]\s*|\s+(?=(?:but|men|mutta|vaan)\s)/iu;

/**
 * Cookies for analytics or marketing in a clause that denies nothing: "We use no marketing or analytics
 * cookies" and "Visitor statistics are cookie-free" use none.
 */
function usesNonEssential(text: string): boolean {
  return sentences(text).some((s) => s.split(CLAUSE).some((c) => findWords(c, NON_ESSENTIAL).length > 0 && !deniesCookies(c)));
}

/** The clause denies the cookies it names: a negation before them ("no marketing or analytics cookies"), or cookie-free; not one saving some ("except for analytics cookies"). */
function deniesCookies(clause: string): boolean {
  if (SAVE_FOR.test(clause)) return false;
  const [word] = findWords(clause, NON_ESSENTIAL);
  const at = word === undefined ? -1 : clause.toLowerCase().indexOf(word.toLowerCase());
  return COOKIELESS.test(clause) || (at > 0 && NEGATION.test(clause.slice(0, at)));
}

/** Browser settings as the only consent for cookies the site uses for analytics or marketing. */
export function browserConsent(register: Register): { path: PathSegment[]; found: string[] } | undefined {
  const texts = cookieTexts(register);
  const all = texts.map((t) => t.value).join('\n') + (register.cookies?.tools ?? []).map((t) => ` ${t.name} ${Object.values(t.purpose ?? {}).join(' ')}`).join('\n');
  const nonEssential = usesNonEssential(all) || (register.cookies?.tools?.length ?? 0) > 0;
  if (!nonEssential || siteConsentTool(all).length) return undefined;
  for (const { path, value } of texts) {
    const found = browserRefusal(value);
    if (found.length) return { path, found };
  }
  return undefined;
}

/** "Den här policyn godkänner du när du fyller i formuläret": the sentence that makes filling in a form accept the notice. */
function policyAccepted(value: string): string | undefined {
  if (!findWords(value, POLICY).length) return undefined;
  return sentences(value).find((s) => findWords(s, FORM_ACT).length && findWords(s, ACCEPT).length && findWords(s, POLICY).length && !NEGATION.test(s));
}

/** The sentence of a text that holds a match, where its negation or its newsletter is said. */
function sentenceOf(value: string, found: string): string {
  return sentences(value).find((s) => s.includes(found)) ?? found;
}

/** Confirming something of another person, not consenting oneself: "vahvistat, että …", "you confirm that …", "du bekräftar att …". */
const CONFIRMS = /(?<!\p{L})(?:vahvista\p{L}*|confirm\p{L}*|bekräfta\p{L}*)(?!\p{L})/iu;

/** A newsletter or a mailing list signed up for by a form: the form's sending is the consent it asks, to that alone. */
const NEWSLETTER = /uutiskir\p{L}*|nyhetsbrev\p{L}*|newsletter\p{L}*|mailing list|postituslist\p{L}*|utskickslist\p{L}*/iu;

/** Consent said to be given by sending a message or a form, in a sentence that neither denies it nor signs up to a newsletter. */
function bySending(value: string): string | undefined {
  for (const sentence of sentences(value)) {
    const found = BY_SENDING.map((re) => re.exec(sentence)?.[0]).find(Boolean);
    if (found && !NEGATION.test(sentence) && !NEWSLETTER.test(sentence)) return found;
  }
  return undefined;
}

/** The first way a text words consent that is not consent, with the message for it. */
export function invalidWording(value: string): { id: string; found: string[] } | undefined {
  const byUse = BY_USE.map((re) => re.exec(value)?.[0]).find(Boolean);
  if (byUse && !NEGATION.test(byUse)) return { id: 'byUse', found: [byUse] };
  const wall = CONDITION_OF_USE.map((re) => re.exec(value)?.[0]).find(Boolean);
  // Cookies strictly necessary need no consent: requiring them is no wall.
  if (wall && !NEGATION.test(wall) && !NECESSARY_COOKIES.test(wall)) return { id: 'conditionOfUse', found: [wall] };
  const bundled = BUNDLED.map((re) => re.exec(value)?.[0]).find(Boolean);
  if (bundled) return { id: 'bundled', found: [bundled] };
  const notice = NOTICE_AS_CONSENT.map((re) => re.exec(value)?.[0]).find(Boolean);
  // "… is not consent", "utgör inte samtycke": the clause that says what the acceptance is, after the last comma.
  if (notice && !NEGATION.test(notice.split(',').at(-1)!)) return { id: 'noticeAccepted', found: [notice] };
  const required = NOTICE_REQUIRED.map((re) => re.exec(value)?.[0]).find(Boolean);
  if (required && !NEGATION.test(sentenceOf(value, required))) return { id: 'noticeRequired', found: [required] };
  const signUp = BY_SIGN_UP.map((re) => re.exec(value)?.[0]).find(Boolean);
  if (signUp && !NEGATION.test(signUp)) return { id: 'bySignUp', found: [signUp] };
  const sending = bySending(value);
  if (sending) return { id: 'bySending', found: [sending] };
  const giving = BY_GIVING.map((re) => re.exec(value)?.[0]).find(Boolean);
  const givingSentence = giving ? sentenceOf(value, giving) : '';
  // Another person's consent the reader confirms ("vahvistat, että tämä henkilö suostuu") is not the reader's own.
  if (giving && !NEGATION.test(givingSentence) && !NEWSLETTER.test(givingSentence) && !CONFIRMS.test(giving)) return { id: 'byGiving', found: [giving] };
  const conduct = !mayMatch(value, CONDUCT_HINT) || NEGATION.test(value) ? undefined : BY_CONDUCT.map((re) => re.exec(value)?.[0]).find(Boolean);
  // Read sentence by sentence: a denial elsewhere in the text ("blogissa ei ole kommentointia") leaves a presumed consent standing.
  const presumed = !mayMatch(value, PRESUMED_HINT) ? undefined : sentences(value).filter((s) => !NEGATION.test(s)).flatMap((s) => PRESUMED.map((re) => re.exec(s)?.[0])).find(Boolean);
  if (presumed) return { id: 'byConduct', found: [presumed] };
  if (conduct) return { id: 'byConduct', found: [conduct] };
  const policy = policyAccepted(value);
  if (policy) return { id: 'policyAccepted', found: [policy.trim()] };
  const preTicked = findWords(value, PRE_TICKED);
  if (preTicked.length && !NEGATION.test(value)) return { id: 'preTicked', found: preTicked };
  return undefined;
}

/**
 * The words of a pattern a text says are done, not denied: "does not involve profiling or tracking" names
 * neither, a negation shortly before them in their clause. "We sell nothing, and profile visitors" still profiles.
 */
function affirmed(text: string, pattern: Parameters<typeof findWords>[1]): string[] {
  return sentences(text).flatMap((s) => s.split(AND_CLAUSE).flatMap((c) => findWords(c, pattern).filter((w) => !deniedBefore(c, w))));
}

/** Where clauses part, a coordinated one too: "Emme myy tietojasi ja kohdennamme mainontaa …" denies the sale, not the targeting. */
const AND_CLAUSE = /[,;]\s*|\s+(?=(?:but|men|mutta|vaan|and|ja|och|sekä|samt)\s)/iu;

/** A negation among the three words before a word of its clause: "ei sisällä profilointia", "not involve profiling". */
function deniedBefore(clause: string, word: string): boolean {
  return NEGATION.test(wordsBefore(clause, clause.toLowerCase().indexOf(word.toLowerCase())));
}

/** A text that names targeting or profiling and the tracking it uses, neither denied. */
function tracksFor(texts: readonly string[]): string[] {
  const found = [...new Set(texts.flatMap((v) => affirmed(v, TRACKING_PURPOSE)))];
  return found.length && texts.some((v) => affirmed(v, TRACKING_TECH).length) ? found : [];
}

/** Data categories that hold tracking for targeting or profiling, in a register where nothing rests on consent. */
function trackingData(register: Register): { path: PathSegment[]; found: string[] }[] {
  const consent = (register.purposes ?? []).some((p) => p.legal_basis === 'consent') || (register.legal_bases ?? []).includes('consent');
  if (consent) return [];
  return (register.data_categories ?? []).flatMap((c, i) => {
    const found = tracksFor(textValues(c.description));
    return found.length ? [{ path: ['data_categories', i, 'description'], found }] : [];
  });
}

export default defineRule(
  {
    id: 'invalid-consent',
    articles: ['Art. 4(11)', 'Art. 6(1)(a)', 'Art. 7', 'Laki sähköisen viestinnän palveluista (917/2014) 205 §'],
    severity: 'error',
    description: 'Consent is a clear affirmative act, free to refuse: not the use of a site, a cookie wall, silence or entering an area, browser settings, a pre-ticked box, acceptance of terms or of the notice, signing up or buying, and targeting that tracks people rests on it.',
    messages: {
      byUse: {
        en: 'Consent by use ({found}): using a service is not a clear affirmative act; ask for consent separately, or rest the processing on another basis (Art. 4(11), Art. 7)',
        fi: 'Suostumus käytön perusteella ({found}): palvelun käyttäminen ei ole selkeä suostumuksen ilmaisu; pyydä suostumus erikseen tai perusta käsittely muuhun perusteeseen (4 art. 11, 7 art.)',
        sv: 'Samtycke genom användning ({found}): att använda en tjänst är inte en entydig bekräftande handling; be om samtycke separat, eller låt behandlingen grunda sig på en annan rättslig grund (artikel 4.11 och 7)',
      },
      conditionOfUse: {
        en: 'Accepting cookies is made a condition of using the service ({found}): consent to cookies that are not strictly necessary must be free to refuse without losing access to the service; offer a way to refuse them (Art. 4(11), Art. 7(4), 205 §)',
        fi: 'Evästeiden hyväksyminen on tehty palvelun käytön ehdoksi ({found}): suostumuksesta muihin kuin välttämättömiin evästeisiin on voitava kieltäytyä menettämättä pääsyä palveluun; tarjoa tapa kieltäytyä niistä (4 art. 11, 7 art. 4, 205 §)',
        sv: 'Att godkänna kakor har gjorts till ett villkor för att använda tjänsten ({found}): samtycke till kakor som inte är strikt nödvändiga ska gå att vägra utan att man förlorar tillgången till tjänsten; erbjud ett sätt att avböja dem (artikel 4.11 och 7.4, 205 §)',
      },
      bundled: {
        en: 'Consent bundled with terms ({found}): consent must be asked separately from the terms and be free to refuse (Art. 7(2), Art. 7(4))',
        fi: 'Suostumus on sidottu ehtoihin ({found}): suostumus on pyydettävä erillään ehdoista, ja siitä on voitava kieltäytyä (7 art. 2 ja 4)',
        sv: 'Samtycke sammankopplat med villkor ({found}): samtycke ska begäras separat från villkoren, och det ska stå en fritt att vägra (artikel 7.2 och 7.4)',
      },
      bySending: {
        en: 'Consent said to be given by sending a message or a form ({found}): sending a question is the request itself, not a separate and specific consent to the processing described; answering it can rest on legitimate interests (Art. 6(1)(f)) or on steps before a contract the person asked for (Art. 6(1)(b)), and any other use needs consent asked apart (Art. 4(11), Art. 7(2))',
        fi: 'Suostumuksen kerrotaan annettavan viestin tai lomakkeen lähettämällä ({found}): kysymyksen lähettäminen on itse pyyntö, ei erillinen ja yksilöity suostumus kuvattuun käsittelyyn; pyyntöön vastaaminen voi perustua oikeutettuun etuun (6 art. 1 f) tai henkilön pyytämiin sopimusta edeltäviin toimiin (6 art. 1 b), ja muuhun käyttöön on pyydettävä erillinen suostumus (4 art. 11, 7 art. 2)',
        sv: 'Samtycke sägs ges genom att skicka ett meddelande eller ett formulär ({found}): att skicka en fråga är själva begäran, inte ett separat och specifikt samtycke till den behandling som beskrivs; att besvara den kan grunda sig på berättigat intresse (artikel 6.1 f) eller på åtgärder före ett avtal som personen har begärt (artikel 6.1 b), och för annan användning ska samtycke begäras separat (artikel 4.11 och 7.2)',
      },
      byGiving: {
        en: 'Consent said to be given by handing over the data ({found}): giving the data is not a separate and specific consent to what is done with them; rest what the service needs on the contract or on legitimate interests, and ask consent apart, free to refuse, for anything else (Art. 4(11), Art. 7(2))',
        fi: 'Suostumuksen kerrotaan annettavan tiedot luovuttamalla ({found}): tietojen antaminen ei ole erillinen ja yksilöity suostumus siihen, mitä tiedoilla tehdään; perusta palvelun edellyttämä käsittely sopimukseen tai oikeutettuun etuun, ja pyydä muuhun käyttöön erillinen suostumus, josta voi kieltäytyä (4 art. 11, 7 art. 2)',
        sv: 'Samtycke sägs ges genom att uppgifterna lämnas ({found}): att lämna uppgifterna är inte ett separat och specifikt samtycke till det som görs med dem; låt det som tjänsten kräver grunda sig på avtalet eller på berättigat intresse, och be om samtycke separat, som man fritt kan vägra, för annat (artikel 4.11 och 7.2)',
      },
      bySignUp: {
        en: 'Consent given by signing up or buying ({found}): taking the service is not a separate consent to the processing described; what the service needs rests on the contract, and any other use needs consent asked apart and free to refuse (Art. 4(11), Art. 7(2), Art. 7(4))',
        fi: 'Suostumus annetaan rekisteröitymällä tai ostamalla ({found}): palvelun käyttöönotto ei ole erillinen suostumus kuvattuun käsittelyyn; palvelun edellyttämä käsittely perustuu sopimukseen, ja muuhun käyttöön on pyydettävä erillinen suostumus, josta voi kieltäytyä (4 art. 11, 7 art. 2 ja 4)',
        sv: 'Samtycke ges genom registrering eller köp ({found}): att ta tjänsten i bruk är inte ett separat samtycke till den behandling som beskrivs; det som tjänsten kräver grundar sig på avtalet, och för annan användning ska samtycke begäras separat och gå att vägra (artikel 4.11, 7.2 och 7.4)',
        // Where the processing is needed for the service, the basis is wrong rather than the consent void.
        severity: 'warn',
      },
      preTicked: {
        en: 'Pre-ticked consent ({found}): a ticked box or default setting is not consent; the person must tick it themselves (Art. 4(11), CJEU C-673/17)',
        fi: 'Valmiiksi annettu suostumus ({found}): valmiiksi rastitettu ruutu tai oletusasetus ei ole suostumus, vaan rekisteröidyn on valittava se itse (4 art. 11, EUT C-673/17)',
        sv: 'Förhandsifyllt samtycke ({found}): en förkryssad ruta eller en standardinställning är inte samtycke; personen måste själv kryssa i den (artikel 4.11, EU-domstolen C-673/17)',
      },
      browser: {
        en: 'Cookies for analytics or marketing are governed only by browser settings ({found}): such cookies need consent asked on the site before they are set, e.g. a cookie banner with an equal refuse option (205 §, Art. 4(11))',
        fi: 'Analytiikka- tai markkinointievästeitä hallitaan vain selaimen asetuksilla ({found}): niihin tarvitaan sivustolla ennen evästeiden asettamista pyydetty suostumus, esim. evästeikkuna, jossa kieltäytyminen on yhtä helppoa (205 §, 4 art. 11)',
        sv: 'Kakor för analys eller marknadsföring styrs bara med webbläsarens inställningar ({found}): sådana kakor kräver samtycke som begärs på webbplatsen innan de lagras, t.ex. en kakbanner där det är lika lätt att vägra (205 §, artikel 4.11)',
      },
      byConduct: {
        en: 'Consent by conduct ({found}): silence, inactivity, entering an area or consent presumed by the controller is not a clear affirmative act; rest the processing on another basis, such as legitimate interests, or ask for consent (Art. 4(11), Recital 32)',
        fi: 'Suostumus käyttäytymisen perusteella ({found}): hiljaisuus, toimettomuus, alueelle saapuminen tai rekisterinpitäjän olettama suostumus ei ole selkeä suostumuksen ilmaisu; perusta käsittely muuhun perusteeseen, kuten oikeutettuun etuun, tai pyydä suostumus (4 art. 11, johdanto-osan 32 kappale)',
        sv: 'Samtycke genom beteende ({found}): tystnad, passivitet, att gå in på ett område eller ett samtycke som den personuppgiftsansvarige utgår från är inte en entydig bekräftande handling; låt behandlingen grunda sig på en annan rättslig grund, såsom berättigat intresse, eller be om samtycke (artikel 4.11, skäl 32)',
      },
      policyAccepted: {
        en: 'The notice is accepted by filling in a form ({found}): a privacy notice informs and is not accepted; where consent is needed, ask it separately for each purpose (Art. 4(11), Art. 7(2))',
        fi: 'Seloste hyväksytään lomakkeen täyttämällä ({found}): tietosuojaseloste kertoo käsittelystä, sitä ei hyväksytä; jos suostumusta tarvitaan, pyydä se erikseen kuhunkin tarkoitukseen (4 art. 11, 7 art. 2)',
        sv: 'Beskrivningen godkänns genom att man fyller i ett formulär ({found}): en dataskyddsbeskrivning informerar och godkänns inte; när samtycke behövs, be om det separat för varje ändamål (artikel 4.11 och 7.2)',
      },
      noticeAccepted: {
        en: 'Accepting the notice is taken as consent ({found}): a privacy notice informs and is not accepted; consent is a clear act of its own, asked separately for each purpose and free to refuse (Art. 4(11), Art. 7(2))',
        fi: 'Selosteen hyväksyminen katsotaan suostumukseksi ({found}): tietosuojaseloste kertoo käsittelystä, sitä ei hyväksytä; suostumus on oma selkeä tekonsa, joka pyydetään erikseen kuhunkin tarkoitukseen ja josta voi kieltäytyä (4 art. 11, 7 art. 2)',
        sv: 'Att godkänna beskrivningen räknas som samtycke ({found}): en dataskyddsbeskrivning informerar och godkänns inte; samtycke är en egen entydig bekräftande handling, som begärs separat för varje ändamål och som man fritt kan vägra (artikel 4.11 och 7.2)',
      },
      noticeRequired: {
        en: 'Accepting the notice is made a condition of the service ({found}): a privacy notice informs and is not accepted; where consent is needed, ask for it separately for each purpose, so that it can be freely refused (Art. 4(11), Art. 7(2), 7(4))',
        fi: 'Selosteen hyväksyminen on tehty palvelun käytön ehdoksi ({found}): tietosuojaseloste kertoo käsittelystä, sitä ei hyväksytä; jos suostumusta tarvitaan, pyydä se erikseen kuhunkin tarkoitukseen niin, että siitä voi kieltäytyä (4 art. 11, 7 art. 2 ja 4)',
        sv: 'Att godkänna beskrivningen har gjorts till ett villkor för tjänsten ({found}): en dataskyddsbeskrivning informerar och godkänns inte; när samtycke behövs, be om det separat för varje ändamål så att man fritt kan vägra (artikel 4.11, 7.2 och 7.4)',
      },
      trackingData: {
        en: 'Data category {n} holds tracking for targeting or profiling ({found}), but nothing in the register rests on `consent`: the cookies and similar tracking need consent (205 §, Art. 6(1)(a))',
        fi: 'Henkilötietoryhmässä {n} on kohdentamiseen tai profilointiin kerättyä seurantatietoa ({found}), mutta mikään rekisterissä ei perustu suostumukseen `consent`: evästeet ja vastaava seuranta edellyttävät suostumusta (205 §, 6 art. 1 a)',
        sv: 'Personuppgiftskategori {n} innehåller spårning för riktad marknadsföring eller profilering ({found}), men ingenting i registret grundar sig på `consent`: kakor och liknande spårning kräver samtycke (205 §, artikel 6.1 a)',
      },
      tracking: {
        en: 'Purpose {n} is targeting or profiling ({found}) but rests on `{basis}`: the tracking it uses (cookies, pixels, web analytics) needs consent, so rest it on `consent` (205 §, Art. 6(1)(a))',
        fi: 'Tarkoitus {n} on kohdentamista tai profilointia ({found}), mutta se perustuu arvoon `{basis}`: sen käyttämä seuranta (evästeet, pikselit, verkkoanalytiikka) edellyttää suostumusta, joten perusta se arvoon `consent` (205 §, 6 art. 1 a)',
        sv: 'Ändamål {n} är riktad marknadsföring eller profilering ({found}) men grundar sig på `{basis}`: den spårning som används (kakor, pixlar, webbanalys) kräver samtycke, så låt ändamålet grunda sig på `consent` (205 §, artikel 6.1 a)',
      },
    },
  },
  ({ register, report }) => {
    for (const { path, text } of allTexts(register)) {
      for (const { path: at, value } of languageVersions(path, text)) {
        const invalid = invalidWording(value);
        if (invalid) report(at, invalid.id, { found: listed(invalid.found) });
      }
    }
    for (const { path, found } of trackingData(register)) {
      const i = path[1] as number;
      const id = register.data_categories?.[i]?.id;
      report(path, 'trackingData', { n: id ? `\`${id}\`` : `${i + 1}`, found: listed(found) });
    }
    const browser = browserConsent(register);
    if (browser) report(browser.path, 'browser', { found: listed(browser.found) });
    register.purposes?.forEach((p, i) => {
      if (!p.legal_basis || p.legal_basis === 'consent') return;
      const found = tracksFor(textValues(p.description));
      if (!found.length) return;
      report(['purposes', i, 'legal_basis'], 'tracking', { n: p.id ? `\`${p.id}\`` : `${i + 1}`, found: listed(found), basis: p.legal_basis });
    });
  },
);
