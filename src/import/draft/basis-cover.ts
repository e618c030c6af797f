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
  const naming = (text: string, i: number): number => {
    const words = stems(text);
    return [...own[i]!].filter((w) => words.has(w) && only(w)).length;
  };
  return purposes.filter((p, i) => {
    const n = naming(covers, i);
    return !p.bases.length && n > 0 && rivals.every((r) => naming(r, i) <= n);
  });
}
