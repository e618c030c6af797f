/**
 * A sentence of a part on the bases that names what rests on its basis as its subject: "Webbstatistik baseras på
 * ditt samtycke", "Tekniset lokitiedot perustuvat oikeutettuun etuumme", "Newsletters are based on your consent".
 * Where no purpose of the draft is that subject, the subject is a purpose of its own with that basis: the notice
 * says both, and nothing is guessed. The sentence is quoted beside it, and the statement keeps its other sentences.
 */
import { statedBases } from '../recognise/bases.js';
import { interestIn } from '../recognise/interest.js';
import type { DraftState, PurposeDraft, Statement } from './state.js';
import { sentences, wordsOnly } from './text.js';

/** The subject before the verb that says it rests on something, in the sentence's first words. */
const SUBJECT_RESTS =
  /^([^,.;:()]{3,60}?)\s+(?:baseras|grundar sig|grundas|bygger|vilar)\s+(?:\p{L}+\s+)?på(?!\p{L})|^([^,.;:()]{3,60}?)\s+perustu(?:u|vat)(?!\p{L})|^([^,.;:()]{3,60}?)\s+(?:is|are)\s+based\s+on(?!\p{L})|^([^,.;:()]{3,60}?)\s+(?:relies|rely|rests|rest)\s+on(?!\p{L})/iu;

/** A subject that is the processing as a whole or a word that stands for it: no purpose of its own. */
const GENERIC =
  /^(?:(?:the|this|that|our|all|tämä|tämän|kaikki|denna|detta|den|all|vår)\s+)?(?:(?:henkilö)?tieto\p{L}* )?(?:käsittely\p{L}*|behandling\p{L}*|processing|oikeusperust\p{L}*|rättslig\p{L}* grund\p{L}*|legal basis|lawful basis|grund\p{L}*|se|ne|tämä|detta|det|den|this|it|they|vi|we|me|rekisteri\p{L}*|registr\p{L}*|register|(?:henkilö)?tiedo\p{L}*|(?:person)?uppgift\p{L}*|(?:personal )?data|information|käyttö|användning\p{L}*|use)$/iu;

interface Said {
  subject: string;
  sentence: string;
}

/** The processing, its basis or a right to it named within the subject ("Pääsääntöisesti henkilötietojen käsittely", "Oikeutemme käsitellä tietoja", "Our right to handle your data"). */
const PROCESSING =
  /(?<!\p{L})(?:käsittely\p{L}*|käsitellä|käsittelemme|behandling\p{L}*|behandla|processing|process|handle|oikeusperust\p{L}*|rättslig\p{L}* grund\p{L}*|legal basis|lawful basis|oikeu\p{L}*|rätt|rätten|right)(?!\p{L})/iu;

export function subjectOf(sentence: string): Said | undefined {
  // A question ("Mihin käsittelymme perustuu?") asks, a heading's words: it states no basis of a subject.
  if (/\?\s*$/u.test(sentence)) return undefined;
  const m = SUBJECT_RESTS.exec(sentence.trim());
  const subject = m?.slice(1).find(Boolean)?.trim();
  if (!subject || GENERIC.test(subject) || PROCESSING.test(subject) || statedBases(subject).bases.length || !/\p{L}{4,}/u.test(subject)) return undefined;
  return { subject, sentence };
}


/** Whether a purpose of the draft already says the subject in its words. */
function named(purposes: readonly PurposeDraft[], subject: string): boolean {
  const t = wordsOnly(subject);
  return purposes.some((p) => wordsOnly(p.text).includes(t));
}

/** The statements left, each without the sentences that became purposes; a statement with nothing left goes. */
export function subjectPurposes(x: DraftState, left: readonly Statement[]): Statement[] {
  return left.flatMap((s) => {
    if (s.about || s.row) return [s];
    const parts = sentences(s.text.replace(/\n/gu, ' '));
    const taken = parts.flatMap((part) => {
      const found = statedBases(part);
      const said = found.bases.length === 1 ? subjectOf(part) : undefined;
      return said && !named(x.purposes, said.subject) ? [{ ...said, basis: found.bases[0]!, law: found.law }] : [];
    });
    if (!taken.length) return [s];
    for (const t of taken) {
      const interest = t.basis === 'legitimate_interests' ? interestIn(t.sentence) : undefined;
      x.purposes.push({ text: t.subject, bases: [t.basis], statutes: [], ...(t.law ? { law: t.law } : {}), ...(interest ? { interest } : {}) });
    }
    x.remark(['purposes'], 'The original says:', taken.map((t) => t.sentence));
    const rest = parts.filter((part) => !taken.some((t) => t.sentence === part));
    const bases = [...new Set(rest.flatMap((part) => statedBases(part).bases))];
    return bases.length || s.statutes.length ? [{ ...s, bases, text: rest.join(' ') }] : [];
  });
}
