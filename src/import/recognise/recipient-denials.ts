/**
 * A denial of disclosure said outside the part on recipients: in a summary before the first heading
 * ("Emme myy tai luovuta tietojasi kolmansille osapuolille", "Dina uppgifter lämnas inte ut", "Your
 * data is not shared with third parties") or under another heading. Where the notice names no
 * recipient anywhere and says nothing else of them, it gives `recipients: none`.
 */
import type { Block } from '../document/block.js';
import type { DraftState } from '../draft/state.js';
import { sentences } from '../draft/text.js';
import type { Section } from '../outline.js';
import { NOT_DISCLOSED } from './not-disclosed.js';
import { sentenceKind } from './recipient-sentence.js';
import { PARTY } from './recipient-words.js';
import { TRANSFER_CUE } from './transfer-sentences.js';

/** Parts whose denials are about something else: cookies, the rights, automated decisions; or read there already. A denial under transfers that names no area or third country is about disclosure. */
const SKIPPED = new Set(['recipients', 'cookies', 'rights', 'automated_decisions']);

/** Verbs of handing data over: a denial that only says data are not sold or rented denies no disclosure. */
const HANDS_OVER =
  /luovut\p{L}*|(?<![\p{L}])(?:jaeta|jaa|anneta|anna|välitä|välitetä)(?![\p{L}])|(?<![\p{L}])(?:lämna\p{L}*|delas|delar|överlåt\p{L}*)(?![\p{L}])|\b(?:disclos\p{L}*|shar(?:e|ed|es|ing)|pass(?:ed|es|ing)? on|hand(?:ed|s)? over|given)\b/iu;

/** A denial narrowed to some data or some use, which leaves others open: "terveystietoja ei luovuteta", "not shared for marketing". */
const NARROWED =
  /eväste|cookie|(?<![\p{L}])kakor|markkinoin|mainon|marknadsför|reklam|marketing|advertis|tarkoitu|syfte|ändamål|purpose|terveys|hälso|health|arkaluonteis|känslig|sensitive|erityis\p{L}* (?:henkilö)?tietoryhm|special categor|henkilötunnu|personnummer|identity code/iu;

/** The sentences and list items of some blocks. */
function statements(blocks: readonly Block[]): string[] {
  return blocks.flatMap((b) => (b.kind === 'list' ? (b.items ?? []) : b.kind === 'paragraph' ? sentences(b.text) : []));
}

/** A clause joined on before the words of a transfer: "…, tai siirretä EU:n ulkopuolelle", "… or transferred outside the EEA". */
const THEN_TRANSFER = /^(.*?)(?:,\s*|\s+)(?:tai|eikä|ja|sekä|or|nor|and|eller|och)\s+(?:\p{L}+\s+){0,2}$/su;

/**
 * What a sentence says of disclosure: all of it, or, where it goes on to transfers outside the EEA in a
 * clause of its own that names to whom ("Tietoja ei luovuteta ulkopuolisille tahoille, tai siirretä EU:n
 * ulkopuolelle"), the clause before; none where the transfer is all it speaks of ("ei luovuteta EU:n
 * ulkopuolelle", "ei luovuteta tai säilytetä EU:n ulkopuolella").
 */
function disclosurePart(s: string): string | undefined {
  const cue = TRANSFER_CUE.exec(s);
  if (!cue) return s;
  // The clause names to whom ("ulkopuolisille tahoille", "kenellekään"): else the area after it is where both verbs stand ("ei luovuteta tai säilytetä EU:n ulkopuolella").
  const part = THEN_TRANSFER.exec(s.slice(0, cue.index))?.[1];
  return part !== undefined && (PARTY.test(part) || NO_ONE.test(part)) ? part : undefined;
}

/** No one at all: "kenellekään", "till någon", "to anyone", "with no one". */
const NO_ONE = /(?<![\p{L}])(?:kenellekään|kenenkään|kellekään|någon|några|anyone|anybody|no one|nobody)(?![\p{L}])(?!\s+(?:muulle|muille|annan|andra|annat|else|other|except))/iu;

/**
 * The clause of a sentence on disclosure and transfers that denies, outright, that data are handed to
 * anyone, before the clause on transfers: "Tietoja ei luovuteta ulkopuolisille tahoille, tai siirretä
 * EU:n ulkopuolelle" gives "Tietoja ei luovuteta ulkopuolisille tahoille"; "We do not sell your data to
 * third parties or transfer it outside the EEA" denies a sale, not a disclosure.
 */
export function denialBeforeTransfers(s: string): string | undefined {
  const part = disclosurePart(s);
  return part !== undefined && part !== s && NOT_DISCLOSED.test(part) && HANDS_OVER.test(part) && !NARROWED.test(s) && !EXCEPT.test(part) ? part : undefined;
}

/** An exception that names those who do get the data: "någon annan än våra biträden", "muille kuin", "anyone except". */
const EXCEPT = /(?<![\p{L}])(?:muulle kuin|muille kuin|paitsi|lukuun ottamatta|annan än|andra än|annat än|utom|förutom|other than|except|apart from)(?![\p{L}])/iu;

/** A sentence that denies, outright, that the data are handed to anyone. */
function deniesOutright(x: DraftState, s: string): boolean {
  const part = disclosurePart(s);
  return part !== undefined && NOT_DISCLOSED.test(part) && HANDS_OVER.test(part) && !NARROWED.test(s) && sentenceKind(x, part, false) === 'denial';
}

/** A sentence that says data are, or may be, handed over after all: "I undantagsfall kan uppgifter lämnas ut". */
function disclosesAfterAll(s: string): boolean {
  return HANDS_OVER.test(s) && !NOT_DISCLOSED.test(s) && !TRANSFER_CUE.test(s);
}

/** `recipients: none` from a denial outside the part on recipients, where nothing else is said of them. */
export function recipientDenials(x: DraftState, front: readonly Block[], sections: readonly Section[]): void {
  if (x.recipients.length || x.recipientsNone || x.recipientsOpen) return;
  const said = statements([...front, ...sections.filter((s) => !SKIPPED.has(s.kinds[0]!)).flatMap((s) => s.blocks)]);
  const denial = said.find((s) => deniesOutright(x, s));
  if (!denial || said.some(disclosesAfterAll)) return;
  x.recipientsNone = true;
  x.remark(['recipients'], 'The original says:', [denial]);
}
