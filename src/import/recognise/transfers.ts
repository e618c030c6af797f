/** Transfers outside the EU/EEA: countries the notice names, recipients and mechanisms. */
import { ANSWER } from '../document/ticked.js';
import { mechanismsIn, offersCopy, SUMS_UP } from '../../check/transfer-words.js';
import type { TransferMechanism } from '../../types.js';
import { DraftState } from '../draft/state.js';
import { sentences } from '../draft/text.js';
import { type Unit, unitLines } from '../draft/units.js';
import type { Section } from '../outline.js';
import { companyNames, urlsIn } from './contact-details.js';
import { countriesIn } from './countries.js';
import { ownClauses } from '../../check/own-clause.js';
import { AS_A_RULE, hasException } from './exceptions.js';
import { itemText, listItems } from './nested.js';
import { withoutRights } from './rights-text.js';
import { askRole } from './recipient-statement.js';
import { ungenitive } from './recipient-sentence.js';
import { providersNamed } from '../../check/providers.js';
import { joinSection, type UnnamedTexts } from './section-transfers.js';
import { DENIED, deniesOnlyUnsafe, LEAVES, NOT_TRANSFERRED, PRIMARILY, STAYS, TRANSFER_CUE, WHERE_POSSIBLE } from './transfer-sentences.js';

/** A service named in brackets after the word for it: "käytetään palvelua (LogMeIn)". */
export const SERVICE_NAME = /(?:palvelu\p{L}*|järjestelmä\p{L}*|tjänst\p{L}*|system\p{L}*|service|provider|platform)\s+\(([\p{Lu}\d][\p{L}\d .&'’-]{1,40})\)/u;

export function transferSection(x: DraftState, section: Section, units: readonly Unit[]): void {
  transferUnits(x, section, units);
}

/** One transfer to a country, with what else the text says. */
function addTransfer(x: DraftState, text: string, country: string, mechanisms: readonly TransferMechanism[]): void {
  const named = SERVICE_NAME.exec(text)?.[1]?.trim();
  const companies = [...new Set([...companyNames(text), ...(named ? [named] : [])])];
  // "Are processed by Sentry.io (… in the US …)": a provider the text names as it is called, where it names no company;
  // an inflected name ("Googlen palvelimilla") is left for the author to write.
  const recipients = companies.length ? companies : [...new Set(providersNamed(text).filter((n) => ungenitive(n) === n))];
  const url = urlsIn(text)[0];
  const index = x.transfers.length;
  x.transfers.push({
    country,
    ...(recipients.length === 1 ? { recipient: recipients[0]! } : {}),
    ...(mechanisms.length === 1 ? { mechanism: mechanisms[0]! } : {}),
    ...(url ? { safeguard_url: url } : {}),
    description: x.t(text.replace(/\s*\(?<?https?:\/\/[^\s<>()]+>?\)?/gu, '').trim()),
  });
  if (mechanisms.length > 1) x.todo(['transfers', index], `several transfer mechanisms named (${mechanisms.join(', ')}): set \`mechanism\``, []);
}

/**
 * One transfer per country the text names. A country takes the mechanism of its own sentence, else
 * the one the text names elsewhere; a mechanism left over belongs to no named country: a TODO.
 */
export function addTransfers(x: DraftState, text: string): void {
  const all = mechanismsIn(text);
  const used = new Set<TransferMechanism>();
  const seen = new Set<string>();
  for (const s of sentences(text)) {
    const own = mechanismsIn(s);
    for (const country of countriesIn(s).filter((c) => !seen.has(c))) {
      const mechanisms = own.length ? own : all;
      for (const m of mechanisms) used.add(m);
      seen.add(country);
      addTransfer(x, text, country, mechanisms);
    }
  }
  const unused = all.filter((m) => !used.has(m));
  if (unused.length) x.todo(['transfers'], `the original also names ${unused.join(', ')} for no country it names: check which transfer, if any, it belongs to`, [text]);
}

type Outcome = 'mapped' | 'unnamed' | 'copy' | 'none' | 'left';

/**
 * What one text says: transfers to named countries (mapped here), a transfer or its grounds with no
 * country, an offer of a copy of the safeguards, no transfers, or something to keep. A denial of
 * transfers without safeguards leaves the others open: a transfer without a country, whatever the
 * rest of the text denies.
 */
function transferText(x: DraftState, whole: string, said: UnnamedTexts): Outcome {
  const open = sentences(whole).filter(deniesOnlyUnsafe);
  if (!open.length) return statedText(x, whole, said);
  said.unnamed.push(open.join(' '));
  const rest = sentences(whole).filter((s) => !open.includes(s));
  const outcome = rest.length ? statedText(x, rest.join(' '), said) : 'none';
  if (outcome === 'copy') said.copies.push(rest.join(' '));
  return outcome === 'none' || outcome === 'copy' ? 'unnamed' : outcome;
}

/** A condition: "jos", "mikäli", "if", "should", "om", "ifall", "in case". */
const IF = /(?<![\p{L}])(?:jos|mikäli|if|should|in case|in the event|om|ifall|i fall)(?![\p{L}])/iu;

/** The transfer is the condition of the sentence: its first words of a transfer stand in the clause an "if" opens. */
function inCondition(s: string): boolean {
  const cond = IF.exec(s);
  const cue = TRANSFER_CUE.exec(s);
  if (!cond || !cue) return false;
  const end = s.indexOf(',', cond.index);
  return cue.index > cond.index && (end < 0 || cue.index < end);
}

/**
 * Each sentence that speaks of a transfer says only what holds if there is one ("jos henkilötietoja
 * käsitellään EU- tai ETA-alueen ulkopuolella, siirto perustuu aina … lainsäädäntöön"): no transfer
 * stated. A transfer said with the case it happens in ("Saatamme siirtää tietoja …, jos …") is one.
 */
function onlyIf(text: string): boolean {
  const speaking = sentences(text).filter((s) => TRANSFER_CUE.test(s));
  return speaking.length > 0 && speaking.every(inCondition);
}

/**
 * A denial of transfers said to hold only as a rule (`AS_A_RULE`: "säännönmukaisesti", "routinely") or in principle
 * ("lähtökohtaisesti", "periaatteessa", "in principle", "i princip"); the words `hasException` takes already
 * ("pääsääntöisesti", "as a rule", "i regel") leave the denial no denial at all.
 */
const IN_PRINCIPLE = /(?<![\p{L}])(?:lähtökohtaisesti|periaatteessa|in principle|i princip)(?![\p{L}])/iu;
const onlyAsARule = (s: string): boolean => AS_A_RULE.test(s) || IN_PRINCIPLE.test(s);

/** "However", "if", "dock": a sentence that makes an exception or a case. */
const BUT_IF = /(?<![\p{L}])(?:kuitenkin|mikäli|jos|however|if|should|dock|om|ifall)(?![\p{L}])/iu;

/**
 * A sentence after a denial that is its exception: not a denial itself, it speaks of data outside the EU/EEA and
 * opens a case ("Mikäli kuitenkin luovuttaisimme henkilötietoja EU:n ulkopuolelle", "Jotkin palveluntarjoajat
 * voivat kuitenkin käsitellä tietoja EU:n ulkopuolella", "Some providers may however store data outside the EEA").
 */
function exceptionAbroad(s: string): boolean {
  return TRANSFER_CUE.test(s) && BUT_IF.test(s) && !DENIED.test(s) && !NOT_TRANSFERRED.test(s);
}

/**
 * Each sentence that names a safeguard keeps the data in the EU/EEA in its own words and says nothing of their leaving
 * ("… EU:ssa sijaitsevalle palvelimelle (Supabase, Frankfurt, Saksa — EU Standard Contractual Clauses)"): the safeguard
 * is said beside the place, not of a transfer.
 */
function safeguardBeside(text: string): boolean {
  const naming = sentences(text).filter((s) => mechanismsIn(s).length);
  return naming.length > 0 && naming.every((s) => STAYS.test(s) && !LEAVES.test(s));
}

/** Words that sum up at least two transfers of the section before them, and name no country those do not go to. */
function sumsUp(x: DraftState, text: string, start: number): boolean {
  const before = x.transfers.slice(start);
  const countries = new Set(before.map((t) => t.country));
  return SUMS_UP.test(text) && before.length >= 2 && countriesIn(text).every((c) => countries.has(c));
}

/**
 * A sentence that denies a transfer in a clause no exception or hedge of its own qualifies ("Rekisterinpitäjä ei
 * pääsääntöisesti luovuta tietoja kolmansille osapuolille, eikä luovuta tietoja EU:n tai ETA:n ulkopuolelle"), where
 * no other clause of it names a country or a ground a transfer is made on.
 */
function deniesFlatly(s: string): boolean {
  if (!DENIED.test(s)) return false;
  if (!hasException(s)) return true;
  const clauses = ownClauses(s, hasException);
  if (clauses.length < 2) return false;
  const flat = clauses.filter((c) => DENIED.test(c) && TRANSFER_CUE.test(c) && !hasException(c));
  const rest = clauses.filter((c) => !flat.includes(c));
  return flat.length > 0 && rest.every((c) => !countriesIn(c).length && !mechanismsIn(c).length);
}

function statedText(x: DraftState, whole: string, said: UnnamedTexts): Outcome {
  // "Tietoja ei siirretä Yhdysvaltoihin": a country named to say data do not go there is no destination.
  const denied = sentences(whole).filter(deniesFlatly);
  const text = denied.length ? sentences(whole).filter((s) => !denied.includes(s)).join(' ') : whole;
  // "… ei lähtökohtaisesti luovuteta EU:n ulkopuolelle. Mikäli kuitenkin luovuttaisimme …": a denial made only as a rule,
  // its exception after it. A plain denial ("Emme siirrä …") with what would be done if it ever happened stays one; a
  // country named after it is mapped as any other.
  if (denied.some(onlyAsARule) && !countriesIn(text).length && sentences(text).some(exceptionAbroad)) {
    said.unnamed.push(text);
    return 'unnamed';
  }
  if (denied.length && !countriesIn(text).length && !mechanismsIn(text).length) return 'none';
  if (denied.length && countriesIn(text).length) {
    x.todo(['transfers'], 'the original says both that data are not transferred outside the EU/EEA and that they are: check the transfers', []);
  }
  // "In each case the transfer is protected by … or …", after the transfers each with its own ground, naming no country they do not: no transfer of its own.
  if (sumsUp(x, text, said.start)) return offersCopy(text) ? 'copy' : 'left';
  if (countriesIn(text).length) {
    addTransfers(x, text);
    if (NOT_TRANSFERRED.test(text) && !hasException(text)) {
      x.todo(['transfers'], 'the original says both that data are not transferred outside the EU/EEA and that they are: check the transfers', []);
    }
    return 'mapped';
  }
  // "Pyrimme käsittelemään tiedot EU:n alueella. … voi käsitellä tietoja kolmansissa maissa … vakiosopimuslausekkeilla": a ground named is a transfer.
  const mechanisms = mechanismsIn(text);
  // "stored within the EEA where possible. If transferred outside the EEA, …": kept there only where it can be, and a transfer spoken of.
  const hedged = sentences(text).some((s) => STAYS.test(s) && (PRIMARILY.test(s) || WHERE_POSSIBLE.test(s)));
  if ((NOT_TRANSFERRED.test(text) || (STAYS.test(text) && !PRIMARILY.test(text) && !(hedged && TRANSFER_CUE.test(text)) && !(TRANSFER_CUE.test(text) && mechanisms.length && !safeguardBeside(text)))) && !hasException(text)) {
    if (mechanisms.length) x.todo(['transfers'], `the original names ${mechanisms.map((m) => `\`${m}\``).join(', ')} for data it says stay in the EU/EEA: if a provider reaches them from outside it, declare that transfer with its country`, []);
    return 'none';
  }
  if (mechanismsIn(text).length || (TRANSFER_CUE.test(text) && !NOT_TRANSFERRED.test(text) && (hedged || !onlyIf(text)))) {
    said.unnamed.push(text);
    return 'unnamed';
  }
  return offersCopy(text) ? 'copy' : 'left';
}

/**
 * A provider said to keep the data in the EU/EEA ("EU:ssa sijaitsevalle palvelimelle (Supabase, Frankfurt, Saksa)"):
 * no transfer, but a recipient, whose role the author confirms.
 */
function hostsNamed(x: DraftState, texts: readonly string[]): void {
  if (x.recipientsNone) return;
  for (const text of sentences(texts.join(' ')).filter((s) => KEPT_WITH.test(s) && !DENIES_USE.test(s))) {
    for (const name of providersNamed(text).map(ungenitive)) {
      const listed = JSON.stringify(x.recipients).toLowerCase();
      if (listed.includes(name.toLowerCase())) continue;
      x.recipients.push({ name, category: x.t(text) });
      x.todo(['recipients', x.recipients.length - 1], askRole(name), []);
    }
  }
}

/** Data kept or run on a provider's servers: "tallennetaan … palvelimelle", "stored on servers run by", "lagras hos". */
const KEPT_WITH = /(?<![\p{L}])(?:tallenne\p{L}*|tallenta\p{L}*|säilyte\p{L}*|säilö\p{L}*|palvelime\p{L}*|lagras|sparas|förvaras|server\p{L}*|stored|kept|hosted|run by)(?![\p{L}])/iu;
/** A use denied: "never share them with Google", "emme käytä Googlea", "delas inte med". */
const DENIES_USE = /(?<![\p{L}])(?:ei|emme|eikä|inte|aldrig|not|never|no)(?![\p{L}])/iu;

export function transferUnits(x: DraftState, section: Section, units: readonly Unit[]): void {
  const left: Unit[] = [];
  const none: Unit[] = [];
  const offering: Unit[] = [];
  const said: UnnamedTexts = { start: x.transfers.length, unnamed: [], copies: [] };
  let mapped = false;
  for (const u of withoutRights(x, section, units)) {
    if (u.type === 'sub') {
      left.push(u);
      continue;
    }
    // A form's answer ("Nej") under its question, which the outline read as the heading: the two are one statement.
    const texts = u.type === 'list' ? listItems(u).map(itemText) : [ANSWER.test(u.block.text) ? `${section.heading.text}: ${u.block.text}` : u.block.text];
    const outcomes = texts.map((t) => transferText(x, t, said));
    if (outcomes.some((o) => o === 'mapped' || o === 'unnamed')) mapped = true;
    if (outcomes.every((o) => o === 'none')) none.push(u);
    else if (outcomes.some((o) => o === 'left')) left.push(u);
    else if (outcomes.includes('copy')) {
      said.copies.push(...texts.filter((_, i) => outcomes[i] === 'copy'));
      offering.push(u);
    } else if (u.type === 'list') x.leadIn('transfers', u.leadIn);
  }
  if (!joinSection(x, said)) left.push(...offering);
  else for (const u of offering) if (u.type === 'list') x.leadIn('transfers', u.leadIn);
  if (!mapped && none.length && !left.length && !x.transfers.length) {
    x.transfersNone = true;
    x.remark(['transfers'], 'The original says:', none.flatMap(unitLines));
    for (const u of none) hostsNamed(x, u.type === 'list' ? listItems(u).map(itemText) : [u.block.text]);
  } else left.unshift(...none);
  if (left.length) x.transfersOpen = true;
  x.leftover(section, 'transfers', 'transfers outside the EU/EEA not mapped: add each to `transfers` with its country and mechanism, or write `transfers: none`', left);
}
