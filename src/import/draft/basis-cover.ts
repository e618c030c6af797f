/**
 * A basis listed apart from the purposes with what it covers ("Berättigat intresse: För att skydda
 * Tjänsten mot missbruk och förbättra den", "Legitimate interest: the processing is necessary for managing
 * the relationship and tasks"): it is the basis of each purpose whose own words the covered text repeats.
 * Only a word that the covered text shares with one purpose alone ("missbruk", "managing") names that
 * purpose; a word several purposes have ("Tjänsten", "relationships") names none of them. A basis for some
 * data ("Samtycke: För frivilliga uppgifter som profilbild och bio") covers no purpose.
 */
import { stems } from './basis-scope.js';
import type { PurposeDraft } from './state.js';

/** Covered text that speaks of data, not of processing: "För frivilliga uppgifter som …", "For optional data such as …". */
const DATA_ONLY = /^(?:(?:för|for|koskien|kun kyse on)\s+)?(?:\p{L}+\s+){0,2}?(?:(?:person)?uppgift\p{L}*|data|details|information|(?:henkilö)?tie(?:to|do)\p{L}*)(?![\p{L}])/iu;

/**
 * The purposes without a basis of their own that the covered text names by a word no other purpose has, and
 * that no rival text (what another basis of the list covers) names by more of them: "Legitimate interest:
 * analysis to improve the service" takes "To improve the service …" from "Contract: … deliver the service".
 */
export function coveredPurposes(purposes: readonly PurposeDraft[], covers: string, rivals: readonly string[] = []): PurposeDraft[] {
  if (DATA_ONLY.test(covers.trim())) return [];
  const own = purposes.map((p) => stems(p.text));
  const only = (w: string): boolean => own.filter((s) => s.has(w)).length === 1;
  /** How many words that purpose i alone has a text names. */
  const naming = (words: ReadonlySet<string>, i: number): number => [...own[i]!].filter((w) => words.has(w) && only(w)).length;
  const mine = stems(covers);
  // A rival that speaks of data only covers no purpose, so takes none away.
  const others = rivals.filter((r) => !DATA_ONLY.test(r.trim())).map(stems);
  const named = purposes.filter((p, i) => {
    const n = naming(mine, i);
    return !p.bases.length && n > 0 && others.every((r) => naming(r, i) <= n);
  });
  const examples = exampleItems(covers);
  return examples ? named.filter((p) => examples.some((e) => byExample(named, e) === p)) : named;
}

/** A list of short examples ("fraud prevention, platform security, dispute handling, and service improvement"): its items. */
function exampleItems(covers: string): string[] | undefined {
  const items = covers.split(/,\s*(?:(?:and|or|ja|tai|och|eller)\s+)?|\s+(?:and|or|ja|tai|och|eller)\s+/iu).map((i) => i.trim()).filter(Boolean);
  return items.length >= 3 && items.every((i) => i.split(/\s+/u).length <= 3) ? items : undefined;
}

/**
 * The one purpose an example names: the one it shares the most words with ("platform security" names
 * "Maintain platform security" before "Improve the platform"); among as many ("service improvement" with
 * "Send service updates" and "Improve the platform"), the one whose activity, its first word, the example names.
 */
function byExample(named: readonly PurposeDraft[], example: string): PurposeDraft | undefined {
  const words = stems(example);
  const shared = (text: string): number => [...stems(text)].filter((w) => words.has(w)).length;
  const most = Math.max(0, ...named.map((p) => shared(p.text)));
  const sharing = most ? named.filter((p) => shared(p.text) === most) : [];
  if (sharing.length === 1) return sharing[0];
  const acting = sharing.filter((p) => shared(p.text.split(/\s+/u)[0] ?? '') > 0);
  return acting.length === 1 ? acting[0] : undefined;
}
