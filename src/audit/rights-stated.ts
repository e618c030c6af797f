/**
 * The rights a notice states in its own words, and the passages where it says one of them does not
 * apply. Seloste writes the rights itself when it renders a register, so these are read from the
 * original only: what a published notice leaves out is reported, not silently filled in.
 */
import type { Passage } from './passages.js';
import { CONSENT, COOKIE_SETTINGS, NOT_APPLY, RIGHT_CUE, RIGHT_WORDS, type StatedRight } from './rights-words.js';

/** A right that needs no cue word: the words are specific enough on their own. */
const SELF_EVIDENT = new Set<StatedRight>(['complaint', 'withdraw_consent']);

function speaksOf(right: StatedRight, p: Passage): boolean {
  if (right === 'withdraw_consent' && COOKIE_SETTINGS.test(p.text)) return true;
  if (!RIGHT_WORDS[right].test(p.text)) return false;
  if (right === 'withdraw_consent') return CONSENT.test(p.text);
  if (right === 'object_direct_marketing') return RIGHT_WORDS.object.test(p.text) || p.kind === 'rights';
  return SELF_EVIDENT.has(right) || p.kind === 'rights' || RIGHT_CUE.test(p.text);
}

export interface RightsStated {
  /** The first passage that states each right. */
  stated: Map<StatedRight, Passage>;
  /** Passages that say a right does not apply. */
  denied: { right: StatedRight; passage: Passage }[];
  /** The first line of the section about the rights, if the notice has one. */
  rightsLine?: number;
}

export function rightsStated(passages: readonly Passage[]): RightsStated {
  const stated = new Map<StatedRight, Passage>();
  const denied: RightsStated['denied'] = [];
  for (const p of passages) {
    for (const right of Object.keys(RIGHT_WORDS) as StatedRight[]) {
      if (!speaksOf(right, p)) continue;
      if (NOT_APPLY.test(p.text)) denied.push({ right, passage: p });
      else if (!stated.has(right)) stated.set(right, p);
    }
  }
  // The section about the rights: one headed so, or else the first that states a right.
  const first = [...stated.values()].sort((a, b) => a.line - b.line)[0];
  const rights = passages.find((p) => p.kind === 'rights') ?? first;
  return { stated, denied, ...(rights ? { rightsLine: rights.sectionLine } : {}) };
}

/** A way to do something the sentence names: an address, a form, a setting, a link, getting in touch. */
const A_WAY = /@|sähköpost|e-?post|e-?mail|lomak|formulär|\bform\b|asetuks|inställning|settings|linki|länk|\blink|yhteyttä|kontakta|contact|peruuta tilaus|unsubscribe|avsluta|avregistrer|ilmoitta|meddela|notify|\bby\b/iu;

/** A sentence on how the rights are used: "Voitte käyttää oikeuksianne ottamalla meihin yhteyttä", "To exercise your rights, contact us". */
const USING_RIGHTS = /(?:käyttää|käyttämiseksi|käyttämisessä|harjoitta\p{L}*|utöva|exercis\p{L}*)\s+(?:\p{L}+\s+)?(?:oikeuksi\p{L}*|rättigheter\p{L}*|(?:your |these |the )?rights)|oikeuksien (?:käyttämi|harjoittami)\p{L}*/iu;

/**
 * The notice says how consent is withdrawn: a sentence about withdrawing consent that names a way to
 * do it, or the right to withdraw stated beside a sentence that says how every right is used ("by
 * contacting us at the address above"). A register says it in `consent.how_to_withdraw`.
 */
export function saysHowToWithdraw(passages: readonly Passage[]): boolean {
  const withdrawing = passages.filter((p) => speaksOf('withdraw_consent', p));
  if (withdrawing.some((p) => A_WAY.test(p.text))) return true;
  return withdrawing.length > 0 && passages.some((p) => USING_RIGHTS.test(p.text) && A_WAY.test(p.text));
}
