/** The language of an old notice: Finnish, Swedish or English, from the words it uses. */
import type { Lang, Note } from './draft/state.js';

const NAMES: Record<Lang, string> = { fi: 'Finnish', sv: 'Swedish', en: 'English' };

/**
 * Function words and notice vocabulary of each language. Letters alone do not tell Finnish from
 * Swedish (both write ä and ö), and words both languages or English share ("on", "i") are left out.
 */
const WORDS: Record<Lang, RegExp> = {
  fi: /(?<![\p{L}])(?:ja|tai|ei|ovat|että|sekä|voi|joka|jotka|mukaan|myös|kun|tämä|niitä|olla|ole|tiedot|tietoja|henkilötie\p{L}*|rekisteri\p{L}*|tietosuoj\p{L}*|käsittel\p{L}*|tarkoitu\p{L}*|oikeusperust\p{L}*|suostumu\p{L}*|luovut\p{L}*|säilyt\p{L}*)(?![\p{L}])/giu,
  sv: /(?<![\p{L}])(?:och|eller|att|är|som|av|med|vi|till|den|det|inte|har|kan|från|våra|dina|personuppgift\p{L}*|behandl\p{L}*|registre\p{L}*|registret\p{L}*|ändamål\p{L}*|samtyck\p{L}*|rättslig\p{L}*|uppgifter\p{L}*|dataskydd\p{L}*|mottagar\p{L}*|lagring\p{L}*|utlämn\p{L}*)(?![\p{L}])/giu,
  en: /(?<![\p{L}])(?:the|and|of|to|we|your|our|is|are|you|with|which|this|that|data|personal|processing|information|purposes?|controller|consent|recipients?)(?![\p{L}])/giu,
};

/** How many of each language's words the text uses. */
export function languageScores(text: string): Record<Lang, number> {
  const count = (lang: Lang): number => text.match(WORDS[lang])?.length ?? 0;
  return { fi: count('fi'), sv: count('sv'), en: count('en') };
}

const ORDER: readonly Lang[] = ['fi', 'sv', 'en'];

function top(scores: Record<Lang, number>): Lang | undefined {
  const best = ORDER.reduce((b, l) => (scores[l] > scores[b] ? l : b), 'fi' as Lang);
  return scores[best] > 0 ? best : undefined;
}

/** Languages of the halves of bilingual lines: "Rekisterinpitäjä / Personuppgiftsansvarig". */
function bilingual(text: string): Lang[] {
  const out: Lang[] = [];
  for (const line of text.split('\n')) {
    const halves = line.length <= 160 ? line.split(/\s+\/\s+|\s+[|–]\s+/u) : [];
    if (halves.length !== 2) continue;
    for (const half of halves) {
      const lang = top(languageScores(half));
      if (lang) out.push(lang);
    }
  }
  return out;
}

/**
 * The main language of a notice and any other language it holds a fair share of (a translation).
 * `main` is the part the draft is made from, when the notice holds a second part (its translation).
 */
export function detectLanguages(text: string, main: string = text): { lang: Lang; also: Lang[] } {
  const scores = languageScores(text);
  // No words at all: å is Swedish alone; otherwise Finnish, the notices Seloste is for.
  const lang: Lang = top(languageScores(main)) ?? (/[åÅ]/u.test(main) ? 'sv' : 'fi');
  const paired = bilingual(text);
  const also = ORDER.filter((l) => l !== lang && (scores[l] >= Math.max(8, scores[lang] * 0.15) || paired.includes(l)));
  return { lang, also };
}

/** The main language of the text. */
export function detectLanguage(text: string): Lang {
  return detectLanguages(text).lang;
}

/** A remark in the draft that the notice holds text in other languages too. */
export function otherLanguagesNote(lang: Lang, also: readonly Lang[]): Note | undefined {
  if (!also.length) return undefined;
  const others = also.map((l) => NAMES[l]).join(' and ');
  return {
    at: ['name'],
    comment: `The original holds ${others} text too: this draft was made from its ${NAMES[lang]} text. Check the TODOs for passages in ${others}, and add the \`${also.join('`/`')}\` texts the notice should keep.`,
    lines: [],
  };
}
