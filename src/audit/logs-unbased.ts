/**
 * Logs kept with no purpose and no basis: a notice that gives bases for what it does, and says that the
 * server or the service logs the visitors' or users' doings ("palvelimille tallentuu teknisiä lokitietoja,
 * kuten IP-osoite", "Käytön lokitiedot", "kan leverantören logga teknisk information i sina serverloggar"),
 * while none of its purposes and none of its statements of a basis speaks of the logs or of what logs
 * serve (security, the running of the service). The reader is not told on which basis the logs are kept
 * (Art. 13(1)(c)). Logs named in the section on how the data are protected are the controller's own record
 * of who handles the register, a safeguard, not a processing of their own; logs said not to be kept are none.
 */
import { textValues } from '../check/text.js';
import { statedBases } from '../import/recognise/bases.js';
import type { Purpose, Register } from '../types.js';
import type { AuditFinding } from './finding.js';
import type { Passage } from './passages.js';

/** Log words: "lokitiedot", "palvelinlokit", "serverloggar", "kan logga", "loggas", "server logs", "we log"; not logging in, nor a logo ("vår logga"). */
const LOGS =
  /(?<!\p{L})(?:\p{L}*loki(?:a|in|en|t|tiedo\p{L}*|tieto\p{L}*|tietoja|merkin\p{L}*)?|\p{L}*(?<![bBn])logg(?:ar|en|arna|filer|fil|data|as|ad|ade|at|ning|ningen)|(?<=(?:kan|att|ska|får|inte|som|vi)\s+(?:\p{L}+\s+)?)logga(?!\s+(?:in|ut|på)(?!\p{L}))|(?:server |access |event |error |system )?logs|log (?:files?|data|entries|records)|logfiles?|log(?:ged|ging)?(?![- ](?:in|on|out|into)(?!\p{L})))(?!\p{L})/iu;

/** What logs serve, as a purpose or a basis names it: security, misuse, the running of the service; or the logs themselves. */
const SERVES =
  /tietoturv\p{L}*|turvallisuu\p{L}*|väärinkäy\p{L}*|vianetsin\p{L}*|vianmääri\p{L}*|tekni\p{L}*|säkerhet\p{L}*|missbruk\p{L}*|bedräg\p{L}*|felsök\p{L}*|(?<!\p{L})drift\p{L}*|security|secure|abuse|misuse|fraud|troubleshoot\p{L}*|debug\p{L}*|technical|operation of|toimivuu\p{L}*|(?:sivuston|palvelun|verkkosivu\p{L}*|järjestelmän|sovelluksen)\s+(?:toimin(?:ta|nan|taa)|toimivuu\p{L}*|(?:tekninen\s+|teknisen\s+)?ylläpi\p{L}*)|keep\p{L}* the (?:web)?site running|(?:site|service) running|webbplatsen (?:ska )?fungera|performance|optimi[sz]\p{L}*|prestanda|functionality|lok(?:i|it)\p{L}*|logg\p{L}*|(?<!\p{L})logs?(?!\p{L})/iu;

/** A log denied right before: "emme kerää lokitietoja", "inga loggar", "we do not keep logs". */
const DENIED = /(?<!\p{L})(?:ei|emme|eikä|eivät|inte|inga|ingen|aldrig|no|not|never)(?!\p{L})[^.;:,]*$/iu;

/** Logging in or out: "loggar in", "loggas ut", "logga på". */
const SIGN_IN = /^\s+(?:in|ut|på)(?!\p{L})/iu;

/**
 * What makes the logs the server's or the service's, of its visitors or users: "palvelimen", "tekniset",
 * "käytön", "IP-osoite", "serverloggar", "usage", "access logs". Not a log of the mails sent to someone, of
 * payments, or an audit log among the safeguards.
 */
const TECHNICAL =
  /palvelim\p{L}*|tekni\p{L}*|(?<!\p{L})käytön lokitie\p{L}*|(?:palvelun|sivuston|verkkosivu\p{L}*|sovelluksen)\s+käytö\p{L}*|(?<!\p{L})ip[- ]?(?:osoit|adress|address)\p{L}*|kävij\p{L}*|selaim\p{L}*|server\p{L}*|webbhotell\p{L}*|besök\p{L}*|webbläsar\p{L}*|usage|access|visit\p{L}*|browser\p{L}*|(?<!\p{L})host\p{L}*/iu;

/** A denial after the log word: "ei kerätä", "are not kept", "sparas inte". */
const NOT_KEPT = /(?<!\p{L})(?:ei|eikä|inte|ej|aldrig|not|never|no longer)(?!\p{L})/iu;

/** The passage says data are logged: a log word, not of signing in, not denied before it in its clause, with words that make the logs technical. */
function logs(p: Passage): boolean {
  const m = LOGS.exec(p.text);
  if (m === null || SIGN_IN.test(p.text.slice(m.index + m[0].length)) || DENIED.test(p.text.slice(0, m.index))) return false;
  // A denial after the logs in their clause: "Lokitietoja ei kerätä", "Server logs are not kept", "Serverloggar sparas inte".
  const clause = p.text.slice(m.index).split(/[.;:]|,?\s(?:but|mutta|men|vaan|utan|och|ja|and)\s/u)[0]!;
  return !NOT_KEPT.test(clause) && TECHNICAL.test(p.text);
}


/** Security, misuse or the logs themselves: what a purpose of its own for the logs names. */
const SECURITY = /tietoturv\p{L}*|turvallisuu\p{L}*|väärinkäy\p{L}*|säkerhet\p{L}*|missbruk\p{L}*|security|abuse|misuse|fraud|lok(?:i|it)\p{L}*|logg\p{L}*|(?<!\p{L})logs?(?!\p{L})/iu;

const textsOf = (p: Purpose): string[] => [...textValues(p.description), ...textValues(p.legitimate_interest)];

/**
 * A purpose that covers the logs: one with a basis (its own, or the register's where it lists none for the whole)
 * that names what logs serve; or one of security or the logs themselves, with or without a basis (a purpose
 * with none is then asked for its basis by the rule itself). Not a purpose made of the log's own sentence
 * ("För att … skydda tjänsten kan leverantören … logga").
 */
function purposeCovers(register: Register, log: Passage): boolean {
  const own = log.text.replace(/\s+/gu, ' ').trim();
  const wide = (register.legal_bases ?? []).length > 0;
  return (register.purposes ?? []).some((p) => {
    const texts = textsOf(p).filter((t) => !t.includes(own) && !own.includes(t));
    return texts.some((t) => SECURITY.test(t) || ((p.legal_basis || !wide) && SERVES.test(t)));
  });
}

/**
 * The notice gives its purposes bases: each its own, or bases for the register as a whole. Where some purpose
 * has none, the rule itself asks for it, and the logs are one more thing that basis may be meant for.
 */
function givesBases(register: Register): boolean {
  const purposes = register.purposes ?? [];
  return (register.legal_bases ?? []).length > 0 || (purposes.length > 0 && purposes.every((p) => p.legal_basis));
}

/** A basis stated for all the data: "All collected personal information will be processed … on the lawful basis of public interest". */
const ALL_DATA =
  /(?<!\p{L})(?:all|kaikki\p{L}*|alla)\s+(?:\p{L}+\s+){0,2}(?:personal (?:data|information)|data|information|henkilötie\p{L}*|tie(?:do|to)\p{L}*|personuppgift\p{L}*|uppgift\p{L}*)/iu;

/** One basis for the whole register and none of a purpose's own: it covers whatever is done, the logs too. */
function oneForAll(register: Register): boolean {
  return (register.legal_bases ?? []).length === 1 && !(register.purposes ?? []).some((p) => p.legal_basis);
}

/** A passage states a basis, or is an item of a list whose lead-in does ("Tällaisia oikeutettuja intressejä ovat:"), its items before it. */
function basisSaid(passages: readonly Passage[], i: number): boolean {
  const p = passages[i]!;
  if (statedBases(p.text).bases.length) return true;
  if (!p.item) return false;
  let j = i - 1;
  while (j >= 0 && passages[j]!.item && !passages[j]!.text.trim().endsWith(':')) j--;
  const lead = passages[j];
  return lead !== undefined && !lead.heading && lead.sectionLine === p.sectionLine && lead.text.trim().endsWith(':') && statedBases(lead.text).bases.length > 0;
}

/** A purpose, or a statement of a basis, that speaks of the logs or of what they serve. */
function covered(register: Register, passages: readonly Passage[], log: Passage): boolean {
  if (oneForAll(register) || purposeCovers(register, log)) return true;
  return passages.some((p, i) => p !== log && !p.heading && (SERVES.test(p.text) || ALL_DATA.test(p.text)) && basisSaid(passages, i));
}

export function unbasedLogFindings(register: Register, passages: readonly Passage[]): AuditFinding[] {
  if (!givesBases(register)) return [];
  const at = passages.find((p) => !p.heading && !p.page && !p.kinds.includes('security') && !p.kinds.includes('cookies') && logs(p) && !statedBases(p.text).bases.length);
  if (!at || covered(register, passages, at)) return [];
  return [{ ruleId: 'legal-basis', messageId: 'logsUnbased', params: {}, line: at.line, severity: 'error' }];
}
