/** Transfers outside the EU/EEA: countries the notice names, recipients and mechanisms. */
import { mechanismsIn, offersCopy } from '../../check/transfer-words.js';
import type { TransferMechanism } from '../../types.js';
import { DraftState } from '../draft/state.js';
import { sentences } from '../draft/text.js';
import { type Unit, unitLines } from '../draft/units.js';
import type { Section } from '../outline.js';
import { companyNames, urlsIn } from './contact-details.js';
import { countriesIn } from './countries.js';
import { hasException } from './exceptions.js';
import { itemText, listItems } from './nested.js';
import { withoutRights } from './rights-text.js';
import { joinSection, type UnnamedTexts } from './section-transfers.js';

export const NOT_TRANSFERRED =
  /(?<![\p{L}])(?:ei|eikä)\s+(?:\p{L}+\s+){0,4}(?:siirretä|siirrä|luovuteta)\s[^.]*(?:(?<![\p{L}])(?:EU|ETA|Euroopan)[^.]{0,40}ulkopuol|kolmansiin maihin|kolmanteen maahan)|(?<![\p{L}])emme\s+(?:\p{L}+\s+){0,3}siirrä\s[^.]*(?<![\p{L}])(?:EU|ETA|Euroopan)[^.]{0,40}ulkopuol|(?:överförs|överför|lämnas|delas)\s+(?:inte|aldrig|ej)\s[^.]*(?:utanför|tredje land)|(?:inga|inte några)\s+(?:person)?uppgifter\s+överförs\s[^.]*utanför|\bnot\s+(?:be\s+)?transferred\s+outside|\b(?:do|does|will) not transfer[^.]*outside|\bno (?:personal )?data (?:is|are) transferred outside/iu;

/** A transfer denied in so many words, wherever to: "ei siirretä", "överförs inte", "we never transfer". */
const DENIED =
  /(?<![\p{L}])(?:ei|emme|eikä|never|not|no)\s+(?:\p{L}+\s+){0,3}?(?:siirr\p{L}*|luovut\p{L}*|transfer\p{L}*|sen[dt](?![\p{L}])|shar\p{L}*|disclos\p{L}*)|(?:överför\p{L}*|lämnas|delas)\s+(?:\p{L}+\s+){0,2}?(?:inte|aldrig|ej)(?![\p{L}])/iu;

/** Data said to stay where they are: in the EU/EEA, or in Finland or Sweden. */
export const STAYS =
  /\b(?:stored|kept|located|hosted|processed|held)\s+(?:only\s+)?(?:in|within)\s+(?:the\s+)?(?:EU|EEA|European Union|European Economic Area|Finland|Sweden)\b|(?<![\p{L}])(?:tallenne\p{L}*|säilyte\p{L}*|sijaits\p{L}*|käsitel\p{L}*)\s+(?:\p{L}+\s+){0,2}(?:EU:ssa|EU:n alueella|ETA:lla|ETA-alueella|EU-alueella|Suomessa|Euroopan unionin alueella)|(?<![\p{L}])(?:lagras|sparas|finns|behandlas)\s+(?:\p{L}+\s+){0,2}(?:inom EU|i EU|inom EES|i Finland|i Sverige)/iu;

/** A service named in brackets after the word for it: "käytetään palvelua (LogMeIn)". */
export const SERVICE_NAME = /(?:palvelu\p{L}*|järjestelmä\p{L}*|tjänst\p{L}*|system\p{L}*|service|provider|platform)\s+\(([\p{Lu}\d][\p{L}\d .&'’-]{1,40})\)/u;

export const TRANSFER_CUE =
  /(?<![\p{L}])(?:EU|ETA|Euroopan (?:unionin|talousalueen))\p{L}*:?\p{L}*[^.]{0,40}ulkopuol|utanför (?:EU|EES|ESS|Europeiska)|outside the (?:eu|eea|european)|third countr|tredje land|kolmansiin maihin|kolmanteen maahan|privacy shield|vakiosopimuslausek|standardavtalsklausul|standard contractual/iu;

export function transferSection(x: DraftState, section: Section, units: readonly Unit[]): void {
  transferUnits(x, section, units);
}

/** One transfer to a country, with what else the text says. */
function addTransfer(x: DraftState, text: string, country: string, mechanisms: readonly TransferMechanism[]): void {
  const named = SERVICE_NAME.exec(text)?.[1]?.trim();
  const recipients = [...new Set([...companyNames(text), ...(named ? [named] : [])])];
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
function addTransfers(x: DraftState, text: string): void {
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
 * country, an offer of a copy of the safeguards, no transfers, or something to keep.
 */
function transferText(x: DraftState, whole: string, said: UnnamedTexts): Outcome {
  // "Tietoja ei siirretä Yhdysvaltoihin": a country named to say data do not go there is no destination.
  const denied = sentences(whole).filter((s) => DENIED.test(s) && !hasException(s));
  const text = denied.length ? sentences(whole).filter((s) => !denied.includes(s)).join(' ') : whole;
  if (denied.length && !countriesIn(text).length && !mechanismsIn(text).length) return 'none';
  if (denied.length && countriesIn(text).length) {
    x.todo(['transfers'], 'the original says both that data are not transferred outside the EU/EEA and that they are: check the transfers', []);
  }
  if (countriesIn(text).length) {
    addTransfers(x, text);
    if (NOT_TRANSFERRED.test(text) && !hasException(text)) {
      x.todo(['transfers'], 'the original says both that data are not transferred outside the EU/EEA and that they are: check the transfers', []);
    }
    return 'mapped';
  }
  if ((NOT_TRANSFERRED.test(text) || STAYS.test(text)) && !hasException(text)) return 'none';
  if (mechanismsIn(text).length || (TRANSFER_CUE.test(text) && !NOT_TRANSFERRED.test(text))) {
    said.unnamed.push(text);
    return 'unnamed';
  }
  return offersCopy(text) ? 'copy' : 'left';
}

/**
 * A notice may say that data stay in the EU/EEA under any heading (security, disclosures): when no
 * section mapped the transfers, such a sentence anywhere says `transfers: none`.
 */
export function transferDenials(x: DraftState, sections: readonly Section[]): void {
  if (x.transfers.length || x.transfersNone || x.transfersOpen) return;
  const all = sections
    .flatMap((s) => s.blocks)
    .filter((b) => b.kind === 'paragraph')
    .flatMap((b) => sentences(b.text));
  // "The data are sent to servers in the United States": a transfer, wherever it is said.
  const stated = all.filter((s) => TRANSFERRED.test(s) && countriesIn(s).length && !NOT_TRANSFERRED.test(s) && !DENIED.test(s));
  for (const s of stated) addTransfers(x, s);
  const said = all.filter((s) => (NOT_TRANSFERRED.test(s) || STAYS.test(s)) && !hasException(s));
  if (stated.length || (!said.length && unnamedElsewhere(x, all)) || !said.length) return;
  x.transfersNone = true;
  x.remark(['transfers'], 'The original says:', said);
}

/**
 * "Sker överföring utanför EU/EES använder vi standardavtalsklausuler", "Jos tietoja siirretään
 * EU/ETA-alueen ulkopuolelle, käytämme vakiosopimuslausekkeita", "Where data are transferred outside
 * the EEA, we rely on standard contractual clauses" under any heading, with its safeguard named:
 * a transfer without a country, which `seloste check` reports, where nothing says the data stay in the
 * EU/EEA. True when there was one.
 */
function unnamedElsewhere(x: DraftState, all: readonly string[]): boolean {
  const unnamed = all.filter((s) => TRANSFER_CUE.test(s) && TRANSFERRED.test(s) && mechanismsIn(s).length > 0 && !NOT_TRANSFERRED.test(s) && !DENIED.test(s));
  if (!unnamed.length) return false;
  joinSection(x, { start: x.transfers.length, unnamed, copies: [] });
  return true;
}

/** Words that say data go somewhere: a country named with them is a destination. */
const TRANSFERRED = /siirr\p{L}*|luovut\p{L}*|tallenne\p{L}*|säilyte\p{L}*|palvelim\p{L}*|överför\p{L}*|lagra\p{L}*|server\p{L}*|transfer\p{L}*|sent to|stored|hosted/iu;

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
    const texts = u.type === 'list' ? listItems(u).map(itemText) : [u.block.text];
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
  } else left.unshift(...none);
  if (left.length) x.transfersOpen = true;
  x.leftover(section, 'transfers', 'transfers outside the EU/EEA not mapped: add each to `transfers` with its country and mechanism, or write `transfers: none`', left);
}
