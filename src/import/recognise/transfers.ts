/** Transfers outside the EU/EEA: countries, recipients and mechanisms. */
import { isEea } from '../../data/data.js';
import type { TransferMechanism } from '../../types.js';
import { DraftState } from '../draft/state.js';
import { EXCEPTION } from '../draft/text.js';
import { type Unit, unitLines } from '../draft/units.js';
import type { Section } from '../outline.js';
import { companyNames, urlsIn } from './contact-details.js';

export const NOT_TRANSFERRED =
  /(?<![\p{L}])(?:ei|eikä)\s+(?:\p{L}+\s+){0,4}(?:siirretä|siirrä|luovuteta)\s[^.]*ulkopuol|\bnot\s+(?:be\s+)?transferred\s+outside|\b(?:do|does|will) not transfer[^.]*outside|\bno (?:personal )?data (?:is|are) transferred outside/iu;

/** A service named in brackets after the word for it: "käytetään palvelua (LogMeIn)". */
export const SERVICE_NAME = /(?:palvelu\p{L}*|järjestelmä\p{L}*|service|provider|platform)\s+\(([\p{Lu}\d][\p{L}\d .&'’-]{1,40})\)/u;

export const TRANSFER_CUE = /ulkopuolel|outside the (?:eu|eea|european)|third countr|kolmansiin maihin|kolmanteen maahan|privacy shield|vakiosopimuslausek|standard contractual/iu;

export const COUNTRIES: readonly [RegExp, string][] = [
  [/\bYhdysval\p{L}*|\bUSA\b|\bU\.S\.(?:A\.)?|\bUS\b|\bUnited States\b|\bAmeri(?:ca|kka|kan|kassa|kkaan)\b/u, 'US'],
  [/\bIso-?Britanni\p{L}*|\bYhdistyn\p{L}* kuningaskun\p{L}*|\bUnited Kingdom\b|\bUK\b|\bBritain\b/u, 'GB'],
  [/\bSveits\p{L}*|\bSwitzerland\b/u, 'CH'],
  [/\bKanad\p{L}*|\bCanada\b/u, 'CA'],
  [/\bJapan\p{L}*|\bJapani\p{L}*/u, 'JP'],
  [/\bIntia\p{L}*|\bIndia\b/u, 'IN'],
  [/\bKiina\p{L}*|\bChina\b/u, 'CN'],
  [/\bAustrali\p{L}*/u, 'AU'],
  [/\bUu\p{L}*-?\s?Seelan\p{L}*|\bNew Zealand\b/u, 'NZ'],
  [/\bEtelä-Korea\p{L}*|\bSouth Korea\b|\bKorea\b/u, 'KR'],
  [/\bSingapor\p{L}*/u, 'SG'],
  [/\bIsrael\p{L}*/u, 'IL'],
  [/\bBrasilia\p{L}*|\bBrazil\b/u, 'BR'],
  [/\bVenäj\p{L}*|\bRussia\b/u, 'RU'],
  [/\bUkrain\p{L}*/u, 'UA'],
  [/\bFilippiin\p{L}*|\bPhilippines\b/u, 'PH'],
  [/\bTurkki\p{L}*|\bTurkey\b|\bTürkiye\b/u, 'TR'],
  [/\bArgentiin\p{L}*|\bArgentina\b/u, 'AR'],
  [/\bNorja\p{L}*|\bNorway\b/u, 'NO'],
];

/** Countries outside the EU/EEA named in a text, as ISO codes. */
export function countriesIn(text: string): string[] {
  return COUNTRIES.filter(([re]) => re.test(text))
    .map(([, code]) => code)
    .filter((code) => !isEea(code));
}

export const MECHANISMS: readonly [TransferMechanism, RegExp][] = [
  ['privacy_shield', /privacy shield/iu],
  ['safe_harbor', /safe harbou?r/iu],
  ['data_privacy_framework', /data privacy framework|\bDPF\b|tietosuojakehy/iu],
  ['standard_contractual_clauses_2010', /2010\/87/u],
  ['standard_contractual_clauses', /vakiosopimuslausek|mallisopimuslausek|mallilausek|standard contractual clauses|\bSCCs?\b|2021\/914/iu],
  ['binding_corporate_rules', /binding corporate rules|sitovi\p{L}* yrityssääntö|yritystä koskevi\p{L}* sitovi\p{L}* sääntö|\bBCRs?\b/iu],
  ['adequacy', /riittävyyspäätö|adequacy|riittävän tietosuojan tason/iu],
];

/** Transfer mechanisms a text names; a named framework wins over a general word on adequacy. */
export function mechanismsIn(text: string): TransferMechanism[] {
  let found = MECHANISMS.filter(([, re]) => re.test(text)).map(([m]) => m);
  if (found.includes('standard_contractual_clauses_2010')) found = found.filter((m) => m !== 'standard_contractual_clauses');
  if (found.some((m) => m !== 'adequacy')) found = found.filter((m) => m !== 'adequacy');
  return found;
}

export function transferSection(x: DraftState, section: Section, units: readonly Unit[]): void {
  transferUnits(x, section, units);
}

export function transferUnits(x: DraftState, section: Section, units: readonly Unit[]): void {
  const left = new Set<Unit>();
  const none = new Set<Unit>();
  let mapped = false;
  let contradiction = false;
  for (const u of units) {
    if (u.type === 'sub') {
      left.add(u);
      continue;
    }
    const texts = u.type === 'list' ? u.items : [u.block.text];
    for (const text of texts) {
      const mechanisms = mechanismsIn(text);
      let countries = countriesIn(text);
      if (!countries.length && mechanisms.some((m) => m === 'privacy_shield' || m === 'safe_harbor' || m === 'data_privacy_framework')) countries = ['US'];
      if (countries.length) {
        const named = SERVICE_NAME.exec(text)?.[1]?.trim();
        const recipients = [...new Set([...companyNames(text), ...(named ? [named] : [])])];
        const url = urlsIn(text)[0];
        for (const country of countries) {
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
        mapped = true;
        if (NOT_TRANSFERRED.test(text)) contradiction = true;
      } else if (NOT_TRANSFERRED.test(text) && !EXCEPTION.test(text)) none.add(u);
      else left.add(u);
    }
  }
  const rest = [...left].filter((u) => !none.has(u));
  if (!mapped && none.size && !rest.length && !x.transfers.length) {
    x.transfersNone = true;
    x.remark(['transfers'], 'The original says:', [...none].flatMap(unitLines));
  } else rest.unshift(...none);
  if (contradiction) x.todo(['transfers'], 'the original says both that data are not transferred outside the EU/EEA and that they are: check the transfers', []);
  if (rest.length) x.transfersOpen = true;
  x.leftover(section, 'transfers', 'transfers outside the EU/EEA not mapped: add each to `transfers` with its country and mechanism, or write `transfers: none`', rest);
}
