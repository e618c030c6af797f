/**
 * Conditions a notice puts on the rights that the GDPR does not allow, read sentence by sentence:
 * a request only in person, only by a signed letter or only by post, proof of identity always, a copy of an identity
 * document with every request, consent withdrawn only in writing or by clearing the browser, a fee for access
 * (Art. 7(3), 12(2), 12(5), 12(6)); an answer later than a month, or only "within a reasonable time"
 * (Art. 12(3)); the
 * supervisory authority under a name it no longer has.
 */
import { namesAuthority } from './authority-names.js';
import type { AuditFinding } from './finding.js';
import type { Passage } from './passages.js';
import { COMPLAINT, CONSENT, RIGHT_CUE, RIGHT_WORDS } from './rights-words.js';

const REQUEST = /pyyn|pyytä|pyydä|tarkast|vaati|begär|begäran|tillgång|utdrag|request|access|exercis/iu;
const IN_PERSON = /henkilökohtaisesti|paikan päällä|paikan päälle|personligen|på plats|(?<!\p{L})in person(?!\p{L})/iu;
/** A signature, not a session one is signed in to ("signed-in session", "inloggad"), a service signed up for, or a word holding it ("designed"). */
const SIGNED = /allekirjoit|undertecknad|signerad|(?<!\p{L})signed(?![- ]?(?:in|up)(?!\p{L}))|(?<!\p{L})signature/iu;
/** In writing: "skriftligt", "kirjallisesti", "in writing". */
const WRITTEN = /skriftlig\p{L}*|kirjallise\p{L}*|in writing|written/iu;
/**
 * By post: "submitted in writing to the postal address …", "postitse", "postiosoitteeseen",
 * "skickas per post till"; made a duty ("shall", "tulee", "ska"), with no other way in the sentence.
 */
const BY_POST =
  /postal address|by (?:post|mail|letter)(?!\p{L})|(?<!\p{L})(?:postitse|kirjeellä|postiosoitteeseen|per post|med post|brevledes|till postadressen)(?!\p{L})/iu;
const SHALL = /(?<!\p{L})(?:shall|must|has to|have to|are to|is to|tulee|täytyy|on (?:\p{L}+ )?(?:lähetettävä|toimitettava|tehtävä)|ska|skall|måste)(?!\p{L})/iu;

/** Another way to make a request in the same sentence: then a signed letter is one way, not the only one. */
const OTHER_CHANNEL =
  /sähköpost|e-?post|e-?mail|verkkolomak|lomakkeell|webbformulär|online|puhelimitse|telefon|phone|(?<!\p{L})(?:sähköisesti|electronically|elektroniskt)\s+(?:tai|or|eller)(?!\p{L})|(?<!\p{L})(?:tai|or|eller)\s+(?:sähköisesti|electronically|elektroniskt)(?!\p{L})/iu;
const PROOF_OF_ID = /henkilöllisyy|henkilötodistu|kuvallinen|legitimation|identitetshandling|photo id|proof of identity|identity document|identification/iu;
/**
 * A copy of an identity document sent with the request: more than verifying who asks usually needs,
 * and asked of everyone ("liittämään viestiisi passi-, ajokortti- tai muun henkilötodistuskopion").
 */
const ID_COPY =
  /henkilötodistuskopi|henkilöllisyystodistuskopi|passikopi|ajokorttikopi|kopio(?:n|t|ita)?\s+(?:\p{L}+\s+){0,2}(?:henkilöllisyystodistu|henkilötodistu|henkilökorti|passi|ajokorti)|(?:henkilöllisyystodistuksen|henkilötodistuksen|henkilökortin|passin|ajokortin)\s+kopio|legitimationskopi|id-kopi|kopia\s+(?:på|av)\s+(?:\p{L}+\s+){0,2}(?:legitimation|id-handling|identitetshandling|pass|körkort)|cop(?:y|ies)\s+of\s+(?:\p{L}+\s+){0,2}(?:passport|id\b|identity|identification|driving licen|driver)/iu;
const MUST = /(?<!\p{L})(?:tulee|täytyy|pitää|on esitettävä|on todistettava|vaaditaan|edellytetään|edellyttää|ainoastaan|vain|krävs|måste|skall|ska uppvisa|endast|must|required|only)(?!\p{L})/iu;
/** In person every time, said of the request itself: "toimitetaan lisäksi aina henkilökohtaisesti", "lämnas alltid personligen", "always also delivered in person". */
const ALWAYS_IN_PERSON = /(?<!(?:voi|voit|voitte|kan|can|may)\s+(?:(?:myös|också|även|also)\s+)?)(?<!\p{L})(?:aina|alltid|always)\s+(?:(?:myös|också|även|also)\s+)?(?:(?:toimitetaan|tehdään|delivered|made|submitted|lämnas|görs)\s+)?(?:henkilökohtaisesti|personligen|in person)(?!\p{L})/iu;
const MAY = /(?<!\p{L})(?:voimme|voidaan|tarvittaessa|epäselvissä|kan komma|kan vi|vid behov|may|if necessary|where necessary|reasonable doubts?)(?!\p{L})/iu;
const FEE = /(?<!\p{L})(?:maksu|maksun|maksullinen|veloit\p{L}*|kustannuk\p{L}*|avgift\p{L}*|kostnad\p{L}*|fee|fees|charge|charged)(?!\p{L})/iu;
const FREE = /maksuton|maksutta|ilmai|veloituksetta|kostnadsfri|utan kostnad|avgiftsfri|gratis|free of charge|no (?:fee|charge)|without charge|\bfree\b/iu;
/** What Art. 12(5) and 15(3) allow a fee for. */
const FEE_ALLOWED = /lisäkopi|useampia kopio|toistuv|ilmeisen perusteet|kohtuuton|ytterligare kopi|uppenbart ogrundad|orimlig|additional cop|further cop|manifestly unfounded|excessive/iu;
const ANSWER = /vastaa|vastat|vastaus|vastauk|käsitel|toteut|svar|behandl|hanter|respond|reply|answer|deal with|process/iu;
const EXTENSION = /pident|jatk|förläng|extend|further two months|kahdella kuukaudella|två månader/iu;
/** A number of months, also a range ("1-3 kk") and abbreviated ("kk", "mån."). */
const MONTHS = /(?<!\p{L})(\d+(?:\s*[-–]\s*\d+)?|kahden|kolmen|kaksi|kolme|två|tre|two|three|six|kuuden)\s*(?:\(\d+\)\s*)?(kuukau\p{L}*|kk|månad\p{L}*|mån\.(?!\s*[-–]\s*fre)|months?)(?!\p{L})/iu;
const DAYS = /(?<!\p{L})(\d+)\s*(?:\(\d+\)\s*)?(?:(?:työ)?päivä\p{L}*|(?:arbets)?dag\p{L}*|(?:working |business )?days?)(?!\p{L})/iu;
const WORD_NUMBERS: Readonly<Record<string, number>> = { kaksi: 2, kahden: 2, kolme: 3, kolmen: 3, kuuden: 6, två: 2, tre: 3, two: 2, three: 3, six: 6 };
/** The Swedish authority's old names, also in English: "Datainspektionen", "the Swedish Data Protection Authority", "the Data Inspection Board". */
const OLD_NAMES = /(?<!\p{L})datainspektionens?(?!\p{L})|(?<!\p{L})Swedish Data Protection Authority(?!\p{L})|(?<!\p{L})(?:Swedish )?Data Inspection Board(?!\p{L})/iu;
/** An office of Sweden's repealed Personuppgiftslagen (1998:204), optional and not the GDPR's data protection officer. */
const OLD_OFFICE = /(?<!\p{L})personuppgiftsombud(?:et|en|s|ets)?(?!\p{L})/iu;
/** The GDPR's data protection officer named beside the old office, not denied ("Vi har inte utsett något dataskyddsombud"). */
const NAMES_DPO = /(?<!(?:inte|inget|ingen|något|not|no|any)\s(?:\p{L}+\s){0,2})(?:dataskyddsombud|data protection officer)/iu;
/** The authority's current name beside its old one ("datainspektionen/Integritetsskyddsmyndigheten"): the reader finds it. */
const CURRENT_NAMES = /integritetsskyddsmyndighet\p{L}*|(?<!\p{L})IMY(?!\p{L})|Swedish Authority for Privacy Protection/iu;

/**
 * The right to complain sent to the controller's own data protection officer instead of an authority: "rätt
 * att klaga till Dataskyddsombudet", "oikeus tehdä valitus tietosuojavastaavalle", "the right to lodge a
 * complaint with our data protection officer". Not the officer offered as a first place for questions and
 * complaints ("Kysymykset ja valitukset voi osoittaa tietosuojavastaavalle", "please first complain to our
 * DPO"), which Art. 38(4) allows beside the right of Art. 77; nor a sentence that names an authority too.
 */
const TO_OFFICER =
  /(?<!\p{L})(?:oikeus|oikeutta|rätt|right)\s+(?:\p{L}+\s+){0,3}?(?:klag\p{L}*\s+(?:till|hos)|(?:valitu|valitt|kantelu|kantel)\p{L}*(?:\s+\p{L}+){0,2}?|complain\p{L}*(?:\s+\p{L}+){0,3}?\s+(?:to|with))\s+(?:(?:vårt|vår|ert|our|the|your|sen|sinun)\s+)?(dataskyddsombud(?:et)?|tietosuojavastaava(?:lle|an)|data protection officer|DPO)(?!\p{L})/iu;

export function complaintToOfficer(p: Passage): string | undefined {
  const found = TO_OFFICER.exec(p.text);
  return found && !namesAuthority(p.text) ? found[1] : undefined;
}

/** "jotta voimme varmistaa": a purpose, not a discretion. */
const PURPOSE_CAN = /(?<!\p{L})(?:jotta|että)\s+voimme|so (?:that )?we can|för att vi ska kunna/giu;

/** The sentence leaves the condition to the controller's judgement: "tarvittaessa", "may", "vid behov". */
const isHedged = (text: string): boolean => MAY.test(text.replace(PURPOSE_CAN, ''));

function isRequest(p: Passage): boolean {
  return REQUEST.test(p.text) && (p.kind === 'rights' || RIGHT_CUE.test(p.text) || RIGHT_WORDS.access.test(p.text));
}

/** Rights given only once identity is proved: "Du har rätt att (efter styrkt legitimation):", "after proving your identity", "henkilöllisyyden todistamisen jälkeen". */
const AFTER_PROOF =
  /(?<!\p{L})(?:efter|mot) (?:styrkt|uppvisad|giltig|godkänd) (?:legitimation|identitet)|(?<!\p{L})efter att (?:du )?(?:ha )?styrkt din identitet|(?<!\p{L})mot uppvisande av (?:giltig )?legitimation|(?<!\p{L})(?:after proving|once you have proved|upon proof of|on proof of) (?:your )?identity|henkilöllisyy\p{L}* (?:todistamisen|osoittamisen|todentamisen) jälkeen/iu;
/** The words that give a right: "Du har rätt att", "Sinulla on oikeus", "You have the right". */
const GIVES_RIGHT = /(?<!\p{L})(?:rätt att|rätt till|oikeus|oikeutta|right to|the right)(?!\p{L})/iu;

function conditionOf(p: Passage): string | undefined {
  // In the part on the rights, or a line that leads into the rights it lists ("Du har rätt att (efter styrkt legitimation):").
  const onRights = p.kinds.includes('rights') || /[:：]\s*$/u.test(p.text);
  if (AFTER_PROOF.test(p.text) && GIVES_RIGHT.test(p.text) && onRights && !isHedged(p.text)) return 'proofOfId';
  if (!isRequest(p)) return undefined;
  // "sähköpostilla tai henkilökohtaisesti": in person is one way among others, not the only one.
  if (isHedged(p.text)) return undefined;
  if (ALWAYS_IN_PERSON.test(p.text)) return 'inPerson';
  if (IN_PERSON.test(p.text) && MUST.test(p.text) && !OTHER_CHANNEL.test(p.text)) return 'inPerson';
  if (SIGNED.test(p.text) && !OTHER_CHANNEL.test(p.text)) return 'signed';
  // An e-mail address in the sentence is a way to write too ("kirjallisesti osoitteeseen info@…").
  if (BY_POST.test(p.text) && SHALL.test(p.text) && !OTHER_CHANNEL.test(p.text) && !p.text.includes('@')) return 'byPost';
  if (PROOF_OF_ID.test(p.text) && MUST.test(p.text)) return 'proofOfId';
  if (ID_COPY.test(p.text)) return 'idCopy';
  return undefined;
}

/**
 * Consent withdrawn only in writing ("Du återkallar ditt samtycke genom att skriftligt skicka in ett
 * återkallande"): withdrawing must be as easy as giving consent (Art. 7(3)), which is seldom a letter.
 */
function writtenWithdrawal(p: Passage): boolean {
  return RIGHT_WORDS.withdraw_consent.test(p.text) && CONSENT.test(p.text) && WRITTEN.test(p.text) && !OTHER_CHANNEL.test(p.text) && !isHedged(p.text);
}

/** Clearing the browser's data: "tyhjentämällä selaimen sivustotiedot", "genom att rensa webbläsarens kakor", "genom att radera webbplatsens lagrade data", "by clearing your browser's cookies". */
const CLEARING =
  /(?:tyhjentämällä|poistamalla)\s+(?:\p{L}+\s+){0,2}(?:selaime\p{L}*|sivustotied\p{L}*|eväste\p{L}*)|genom att (?:rensa|radera|ta bort)\s+(?:\p{L}+\s+){0,2}(?:webbläsar\p{L}*|kak\p{L}*|cookies|lagring\p{L}*|webbplatsdata|(?:webbplatsens|sidans) (?:lagrad|sparad)\p{L}*\s+(?:data|uppgifter))|by (?:clearing|deleting|removing)\s+(?:\p{L}+['’]?\p{L}*\s+){0,2}(?:browser\p{L}*|cookies|site data|(?:local )?storage|(?:the )?(?:site|website)['’]s (?:stored|saved) data)/iu;
/** Changing one's mind about a choice: "Du kan när som helst ändra dig", "voit muuttaa mielesi", "you can change your mind". */
const CHANGE_MIND = /(?<!\p{L})(?:ändra dig|ångra dig|muuttaa mielesi|perua valintasi|change your mind)(?!\p{L})/iu;
/** Another way to withdraw in the same sentence: the cookie settings, a link, a button, e-mail (the browser's own settings are none). */
const SETTINGS = /asetuk|linkki|painik|kuvak|inställning|länk|knapp|ikon|settings|link|button|icon|preferences/iu;
const BROWSER_SETTINGS = /selaime\p{L}* (?:\p{L}+ )?asetuk\p{L}*|webbläsar\p{L}* (?:\p{L}+ )?inställning\p{L}*|browser(?:['’]s)? (?:\p{L}+ )?settings/giu;

/**
 * Consent withdrawn only by clearing the browser's data ("Voit perua suostumuksen tyhjentämällä selaimen
 * sivustotiedot"): a consent given with one click is not withdrawn as easily (Art. 7(3)).
 */
function clearedWithdrawal(p: Passage, before: readonly Passage[]): boolean {
  if (!CLEARING.test(p.text) || SETTINGS.test(p.text.replace(BROWSER_SETTINGS, ' ')) || OTHER_CHANNEL.test(p.text)) return false;
  if (RIGHT_WORDS.withdraw_consent.test(p.text) && CONSENT.test(p.text)) return true;
  // "… endast om du aktivt samtycker i vår cookie-banner. … Du kan när som helst ändra dig genom att rensa …": the consent of a sentence just before.
  return CHANGE_MIND.test(p.text) && before.some((q) => q.sectionLine === p.sectionLine && CONSENT.test(q.text));
}

/** A fee for exercising the rights (a yearly allowance of free access is the rule `access-charge` on the text). */
function chargeOf(p: Passage): string | undefined {
  return FEE.test(p.text) && isRequest(p) && !FREE.test(p.text) && !FEE_ALLOWED.test(p.text) ? 'fee' : undefined;
}

/** Free of charge only as a rule: "lähtökohtaisesti maksutonta", "as a rule free of charge", "i regel kostnadsfritt". */
const FREE_AS_A_RULE =
  /(?<!\p{L})(?:lähtökohtaisesti|pääsääntöisesti|periaatteessa|yleensä|normaalisti|as a rule|in principle|normally|generally|usually|i regel|i princip|normalt|som huvudregel|vanligtvis)\s+(?:\p{L}+\s+)?(?:maksuton\p{L}*|maksutta|ilmai\p{L}*|veloituksetta|free(?: of charge)?|kostnadsfri\p{L}*|avgiftsfri\p{L}*|gratis)/iu;

function freeAsARule(p: Passage): string | undefined {
  return isRequest(p) && !FEE_ALLOWED.test(p.text) ? FREE_AS_A_RULE.exec(p.text)?.[0] : undefined;
}

/** The time to answer a request a passage states, when it is longer than a month without the extension Art. 12(3) allows. */
/** Data kept for the time that follows: "säilytetään 6 kk", "sparas i 6 månader", "are kept for 6 months". */
const KEPT_FOR = /(?<!\p{L})(?:säilytetään|säilytämme|sparas|sparar|lagras|lagrar|bevaras|retained|retain|(?:are|is) (?:kept|stored))\s+(?:\p{L}+\s+){0,2}$/iu;

function lateAnswer(p: Passage): string | undefined {
  // A time under the heading on retention is how long something is kept ("Tarjouspyynnöt: 12 kuukautta").
  if (p.kinds.includes('retention') && p.kind !== 'rights') return undefined;
  if (!ANSWER.test(p.text) || !(isRequest(p) || p.kind === 'rights') || EXTENSION.test(p.text)) return undefined;
  const months = MONTHS.exec(p.text);
  // A time that data are kept, also among the rights ("Käsitellyt tarkastuspyynnöt säilytetään 6 kk ajan").
  if (months && KEPT_FOR.test(p.text.slice(0, months.index))) return undefined;
  if (months) {
    const n = WORD_NUMBERS[months[1]!.toLowerCase()] ?? Number(/\d+$/u.exec(months[1]!)![0]);
    return n > 1 ? months[0] : undefined;
  }
  const days = DAYS.exec(p.text);
  return days && Number(days[1]) > 31 ? days[0] : undefined;
}

/** A time to answer that is no time: "kohtuullisessa ajassa", "within a reasonable time", "inom rimlig tid". */
const REASONABLE = /(?<!\p{L})(?:kohtuullise(?:ssa|n) aja(?:ssa|n)(?: kuluessa)?|within a reasonable (?:time|period)|in (?:a )?reasonable time|inom (?:en )?(?:rimlig|skälig) tid)(?!\p{L})/iu;

/** Deleting, right before "within a reasonable time" and not counted from a request: the time of a deletion after the retention, not of an answer ("minkä jälkeen tiedot poistetaan kohtuullisessa ajassa"). */
const DELETED_BEFORE = /(?<!\p{L})(?:poist\p{L}*|hävit\p{L}*|delet\p{L}*|eras\p{L}*|remov\p{L}*|rader\p{L}*|gallr\p{L}*|tas bort)\s+(?:\p{L}+\s+){0,2}$/iu;

/** The month made a best effort: "mahdollisuuksien mukaan viimeistään kuukauden kuluessa", "if possible within one month", "om möjligt inom en månad". */
const HEDGED_MONTH =
  /(?<!\p{L})(?:mahdollisuuksien mukaan|jos mahdollista|mikäli mahdollista|if possible|where possible|as far as possible|whenever possible|om möjligt|i mån av möjlighet|så långt (?:det är )?möjligt)\s+(?:viimeistään\s+)?(?:(?:yhden\s+)?kuukauden\s+(?:kuluessa|sisällä)|within\s+(?:one|a|1)\s+month|inom\s+(?:en|1)\s+månad)(?!\p{L})/iu;

/** A request said to be answered or acted on "within a reasonable time", with no month, or within a month only if possible (Art. 12(3)). */
function reasonableAnswer(p: Passage): string | undefined {
  const request = isRequest(p) || p.kind === 'rights' || /pyyn|request|begär/iu.test(p.text);
  const hedged = request ? HEDGED_MONTH.exec(p.text) : null;
  if (hedged) return hedged[0];
  if (!request || /kuukau|month|månad/iu.test(p.text) || DAYS.test(p.text)) return undefined;
  const found = REASONABLE.exec(p.text);
  const ofDeletion = found !== null && DELETED_BEFORE.test(p.text.slice(0, found.index)) && !/pyynn|request|begäran/iu.test(p.text.slice(found.index));
  return found && !ofDeletion ? found[0] : undefined;
}


/** The authority's old name: in a sentence on complaints (the old name said where a complaint goes, not where a breach is reported), the complaint's authority named wrong; elsewhere an outdated reference. */
function oldNameFinding(p: Passage, found: string): AuditFinding {
  const ruleId = COMPLAINT.test(p.text) || p.kind === 'rights' ? 'complaint-authority' : 'outdated-reference';
  return { ruleId, messageId: 'oldName', params: { found }, line: p.line, severity: 'error' };
}

export function conditionFindings(passages: readonly Passage[]): AuditFinding[] {
  const out: AuditFinding[] = [];
  for (const [i, p] of passages.entries()) {
    const condition = conditionOf(p) ?? (writtenWithdrawal(p) ? 'writtenWithdrawal' : undefined);
    if (condition) out.push({ ruleId: 'right-condition', messageId: condition, params: {}, line: p.line, severity: 'warning' });
    if (clearedWithdrawal(p, passages.slice(Math.max(0, i - 2), i))) out.push({ ruleId: 'consent-withdrawal', messageId: 'clearedWithdrawal', params: {}, line: p.line, severity: 'warning' });
    const charge = chargeOf(p);
    if (charge) out.push({ ruleId: 'access-charge', messageId: charge, params: {}, line: p.line, severity: 'error' });
    const asARule = charge ? undefined : freeAsARule(p);
    if (asARule) out.push({ ruleId: 'access-charge', messageId: 'freeAsARule', params: { found: asARule }, line: p.line, severity: 'error' });
    const late = lateAnswer(p);
    if (late) out.push({ ruleId: 'response-time', messageId: 'late', params: { found: late }, line: p.line, severity: 'error' });
    const reasonable = late ? undefined : reasonableAnswer(p);
    if (reasonable) out.push({ ruleId: 'response-time', messageId: 'reasonable', params: { found: reasonable }, line: p.line, severity: 'warning' });
    const old = CURRENT_NAMES.test(p.text) ? null : OLD_NAMES.exec(p.text);
    if (old) out.push(oldNameFinding(p, old[0]));
    const office = NAMES_DPO.test(p.text) ? null : OLD_OFFICE.exec(p.text);
    if (office) out.push({ ruleId: 'outdated-reference', messageId: 'oldOffice', params: { found: office[0] }, line: p.line, severity: 'error' });
    const officer = complaintToOfficer(p);
    if (officer) out.push({ ruleId: 'complaint-authority', messageId: 'toOfficer', params: { found: officer }, line: p.line, severity: 'error' });
  }
  return out;
}
