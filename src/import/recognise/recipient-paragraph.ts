/**
 * The recipients a paragraph of a recipients section names, one a sentence; a sentence that goes on
 * about a recipient ("They …", "Till exempel …", "Stripe processes …" after Stripe) joins it.
 */
import type { DraftState } from '../draft/state.js';
import { sentences } from '../draft/text.js';
import { namesGroupCompany, recipientRole, roleIn } from './recipient-roles.js';
import { companyNames } from './contact-details.js';
import { goesOn, namedParties, NO_USE_OF_THEIR_OWN, onlyRole, type SentenceKind, sentenceKind } from './recipient-sentence.js';
import { NOT_DISCLOSED } from './not-disclosed.js';
import { PARTY, targetOf } from './recipient-words.js';

/** A recipient the section has made so far, with its text as it grows. */
export interface Made {
  index: number;
  text: string;
}

/** A recipient: `own` is the item's own words, which name its role before the context does. */
export function addRecipient(x: DraftState, text: string, context: readonly string[], name?: string, own = text): Made {
  const role = roleIn(own, context);
  x.recipients.push({ ...(name ? { name } : {}), category: x.t(text), ...role });
  if (!role.role && namesGroupCompany(own)) {
    x.todo(['recipients', x.recipients.length - 1], 'a group company is a processor or a controller: set `role` and `group_company: true`', []);
  }
  return { index: x.recipients.length - 1, text };
}

/** A sentence that goes on about a recipient made before: its text grows, and its role is read again. */
export function append(x: DraftState, made: Made, sentence: string, context: readonly string[]): void {
  // A list item or a table row ends without a stop: one is put there, so the sentence after it reads as one.
  made.text = `${made.text}${/[.!?:;]$/u.test(made.text) ? '' : '.'} ${sentence}`;
  x.recipients[made.index] = { ...x.recipients[made.index], category: x.t(made.text), ...roleIn(made.text, context) };
}

const PARTIES = new RegExp(PARTY.source, 'giu');
/** Words of the party list that name a role, not a kind of party. */
const ROLE_WORD = /^(?:personuppgiftsbiträd|(?:sub-?)?processor)/iu;

/** A text as a pattern that matches it literally. */
export function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/**
 * A recipient of the section that already names every company, service and kind of party the
 * sentence names (and whom it says data go to), in the role it gives. A sentence that names no recipient itself (`other`) joins
 * one only by its name ("Examplepay processes the data under its own terms").
 */
function namedBefore(x: DraftState, sentence: string, made: readonly Made[], other: boolean): Made | undefined {
  const names = made.flatMap((m) => x.recipients[m.index]?.name ?? []).filter((n) => new RegExp(`(?<![\\p{L}])${escape(n)}(?![\\p{L}])`, 'u').test(sentence));
  if (other && (!names.length || NOT_DISCLOSED.test(sentence))) return undefined;
  // The word for a role ("personuppgiftsbiträde", "processors") says what the recipient is, not who.
  const kinds = [...sentence.matchAll(PARTIES)].map((m) => m[0]).filter((w) => !names.length || !ROLE_WORD.test(w));
  const said = [...namedParties(x, sentence), ...names, ...kinds, ...[targetOf(sentence) ?? []].flat()].map((w) => w.toLowerCase());
  const role = recipientRole(sentence).role;
  if (!said.length) return undefined;
  // A recipient named with no role takes the one the sentence gives it ("Timma toimii tällöin henkilötietojen käsittelijänä").
  return [...made].reverse().find((m) => said.every((w) => m.text.toLowerCase().includes(w)) && (!role || !x.recipients[m.index]?.role || x.recipients[m.index]?.role === role));
}

/** Parties the sentence names only as a kind, opening it: "Dessa leverantörer …", "Palveluntarjoajat …", "These providers …". */
const KIND_FIRST = /^(?:(?:dessa|de|alla|nämä|ne|kaikki|these|those|all(?: these| our)?|our)\s+)?(?:leverantörer\p{L}*|biträden\p{L}*|tjänsteleverantörer\p{L}*|palveluntarjoaj\p{L}*|kumppan\p{L}*|käsittelijä\p{L}*|(?:service )?providers|processors|partners|vendors)(?![\p{L}])/iu;
/** How they process: on the controller's behalf, by contract ("bundna av personuppgiftsbiträdesavtal", "DPA"), by its instructions. */
const HOW = /lukuun|puolesta|sopimu\p{L}*|ohjei\p{L}*|mukaisesti|sitoutune\p{L}*|för vår räkning|på vårt uppdrag|enligt (?:avtal|instruktion|våra)|bundna av|\p{L}*avtal(?:et|en)?(?![\p{L}])|i enlighet med|on our behalf|under (?:contract|agreements?)|bound by|agreements?(?![\p{L}])|(?<![\p{L}])DPAs?(?![\p{L}])|in accordance with|according to|instructions/iu;

/**
 * A sentence after recipients were named that says how those named process, naming none of its own ("Dessa
 * leverantörer behandlar endast data för vår räkning och enligt avtal."), or what use of the data they are
 * denied ("Kolmansilla osapuolilla ei ole oikeutta käyttää meiltä saamiaan tietoja.").
 */
function aboutThoseNamed(x: DraftState, s: string, made: readonly Made[]): boolean {
  return made.length > 0 && ((KIND_FIRST.test(s) && HOW.test(s)) || (NO_USE_OF_THEIR_OWN.test(s) && !namedParties(x, s).length));
}

/**
 * A sentence that ends in a colon and names no one, not even by kind or as whom data go to: it leads
 * into the recipients after it ("Tietoja voidaan luovuttaa seuraaville tahoille:"). "Tietoja luovutetaan
 * poliisille seuraavissa tapauksissa:" names its recipient and is one.
 */
function isLeadIn(x: DraftState, sentence: string): boolean {
  if (!/[:：]\s*$/u.test(sentence) || namedParties(x, sentence).length) return false;
  const target = targetOf(sentence);
  return target === undefined || /^(?:seuraav|följande|the following|these|näille|dessa)/iu.test(target);
}

/** The kind of each sentence, each told whether a recipient stands right before it. */
function kindsOf(x: DraftState, all: readonly string[]): SentenceKind[] {
  const kinds: SentenceKind[] = [];
  for (const s of all) kinds.push(sentenceKind(x, s, kinds.length > 0 && (kinds[kinds.length - 1] === 'recipient' || kinds[kinds.length - 1] === 'goes-on')));
  return kinds;
}

/**
 * A paragraph: sentences that name recipients become recipients, or join the one they go on about;
 * a sentence that opens with "Tällöin", "Then" or "They" takes the one before it along. Returns whether
 * it only denies disclosures (or says which of the controller's own people see the data), and its
 * other sentences.
 */
export function paragraph(x: DraftState, text: string, context: readonly string[], made: Made[]): { none: 'denial' | 'own-people' | false; rest: string[] } {
  const all = sentences(text);
  const kinds = kindsOf(x, all);
  // A denial, and who inside sees the data ("Tietoja ei luovuteta ulkopuolisille. Niitä käsittelee vain hallitus."), is a denial still.
  if (kinds.every((k) => k === 'denial' || k === 'own-people')) return { none: kinds.includes('denial') ? 'denial' : 'own-people', rest: [] };
  const rest: string[] = [];
  let open: Made | undefined;
  all.forEach((s, i) => {
    if (aboutThoseNamed(x, s, made)) {
      x.remark(['recipients'], 'The original says of them:', [s]);
      open = undefined;
      return;
    }
    const kind = kinds[i]!;
    const same =
      kind === 'recipient' || kind === 'other' ? (open && onlyRole(x, s) && recipientRole(s).role === x.recipients[open.index]?.role ? open : namedBefore(x, s, made, kind === 'other')) : undefined;
    if (open && kind === 'goes-on') append(x, open, s, context);
    else if (same) {
      append(x, same, s, context);
      open = same;
    } else if (kind === 'recipient' && !isLeadIn(x, s)) {
      const before = goesOn(s) && i > 0 && rest[rest.length - 1] === all[i - 1] ? [rest.pop()!] : [];
      // Each party the sentence names is a recipient of its own ("lomakepalveluiden (Formspree, FormSubmit) kautta"); a
      // company beside a service it may run ("Example Pay Oy:n ylläpitämä Maksuri-palvelu") is not told apart from it.
      const names = namedParties(x, s);
      const each = names.length === 1 || (names.length > 1 && !companyNames(s).length) ? names : [undefined];
      for (const name of each) {
        open = addRecipient(x, [...before, s].join(' '), context, name);
        made.push(open);
      }
    } else {
      open = undefined;
      rest.push(s);
    }
  });
  return { none: false, rest };
}
