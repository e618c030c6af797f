/**
 * Whether a category of recipients is written as one party: every word for the kind of party in it
 * is in the singular ("an automated spam detection service", "ulkoinen sähköpostipalvelu", "en extern
 * leverantör för e-post"). A category names a group; one party described by what it does is a
 * recipient the controller knows, and can name.
 */

/** Endings of a word in the plural, per language: "palveluntarjoajat", "kumppaneille", "leverantörer", "providers". */
const PLURAL: Readonly<Record<string, RegExp>> = {
  fi: /(?:t|ien|iden|jen|ille|ilta|ita|itä|jia|jiä|ihin|issa|ista|oille|oita|oiden)$/u,
  sv: /(?:er|erna|ar|arna|or|orna|s)$/u,
  en: /s$/u,
};

/** The words for the kind of party, all in the singular in the text's language. */
export function oneParty(kindWords: readonly string[], lang: string): boolean {
  const plural = PLURAL[lang] ?? PLURAL['en']!;
  return kindWords.length > 0 && kindWords.every((w) => !plural.test(w));
}
