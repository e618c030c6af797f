// GDPR Art. 13(2)(f), 14(2)(g), 22: whether decisions are made solely by automated means, and if so how.
import { defineRule } from '../check/rule.js';
import { allTexts } from '../check/text.js';
import { findWords, languageVersions, listed, wordSet, words } from '../check/words.js';
import type { PathSegment } from '../load/yaml-ast.js';
import type { Register } from '../types.js';

/**
 * Words that suggest profiling or decisions made by a machine: targeting, personalisation, scoring,
 * credit checks, automatic approval. A register with none of them that is silent on automated
 * decisions is not reported: Art. 13(2)(f) asks for the information only where such processing exists.
 */
export const PROFILING = words([
  // fi
  'profiloi*', 'profilointi*', 'kohdenne*', 'kohdenna*', 'kohdenta*', 'kohdennu*', 'kohdista*', 'personoi*', 'räätälöi*',
  'yksilölli* mainon*', 'yksilölli* sisäl*', 'pisteyt*', 'luottopäätö*', 'luottoluokitu*', 'luottotietoje* tarkist*',
  'luottokelpoisuu*', 'maksukyvy* arvioi*', 'automaattise* päätö*', 'automaattisesti hyväksy*', 'automaattisesti hylä*',
  'segmentoi*', 'kiinnostuksen kohtei* perusteella',
  // en
  'profiling', 'profile-based', 'targeted', 'targeting', 'retargeting', 'personalised', 'personalized', 'personalisation',
  'personalization', 'tailored advertis*', 'behavioural advertis*', 'behavioral advertis*', 'interest-based', 'scoring',
  'credit check*', 'credit scor*', 'creditworthiness', 'credit decision*', 'automated decision*', 'automatic decision*',
  'automatically approv*', 'automatically reject*', 'segmentation',
  // sv
  'profilering*', 'profilera*', 'riktad* reklam*', 'riktad* marknadsföring*', 'riktade erbjudanden', 'målgruppsanpass*',
  'personanpass*', 'kreditupplysning*', 'kreditprövning*', 'kreditbedömning*', 'automatiserat beslut*', 'automatiska beslut*',
  'automatiserade beslut*', 'segmenter*',
]);

/**
 * The hints that are targeting or personalisation, no scoring, credit or decision: profiling that is
 * rarely a decision of Art. 22 (read by `seloste audit`, which asks a published notice only of those).
 */
export const isTargeting = wordSet([
  'kohdenne*', 'kohdenna*', 'kohdenta*', 'kohdennu*', 'kohdista*', 'personoi*', 'räätälöi*', 'yksilölli* mainon*', 'yksilölli* sisäl*',
  'targeted', 'targeting', 'retargeting', 'personalised', 'personalized', 'personalisation', 'personalization', 'tailored advertis*', 'interest-based',
  'riktad* reklam*', 'riktad* marknadsföring*', 'riktade erbjudanden', 'målgruppsanpass*', 'personanpass*',
]);

/** Personalisation words: profiling only where the controller infers something about the person. */
const isPersonalisation = wordSet(['personoi*', 'personalised', 'personalized', 'personalisation', 'personalization', 'personanpass*', 'yksilölli* sisäl*']);

/** What the controller infers for the person: advertising, offers, recommendations, interests. */
const INFERRED = words([
  'mainon*', 'mainos*', 'markkinoin*', 'suosittel*', 'suositu*', 'tarjou*', 'kiinnostu*', 'käyttäytymi*', 'ostohistori*',
  'advertis*', 'marketing', 'recommend*', 'offer*', 'interest*', 'behaviour*', 'behavior*', 'purchase*',
  'reklam*', 'marknadsför*', 'rekommend*', 'erbjudand*', 'intresse*', 'beteende*', 'köp*',
]);

/**
 * Personalisation that infers nothing about the person: content made personal, or set up by the user,
 * with no word of advertising, offers, interests or behaviour ("to offer personalised content", "saved
 * searches"). No hint of the decisions Art. 22 speaks of.
 */
function plainPersonalisation(value: string, found: string[]): boolean {
  return found.every(isPersonalisation) && !findWords(value, INFERRED).length;
}

/**
 * A denial just before a hint, or before the list it stands in: "eikä näytä kohdennettua mainontaa", "we do
 * not use targeted advertising", "ingen profilering", "We do not use or transfer it for advertising,
 * creditworthiness, lending"; not one a "but" or an "and" turns from ("We do not sell data, but use targeting",
 * "We never sell data and use it for targeted advertising").
 */
const DENIED_BEFORE = /(?<!\p{L})(?:ei|eikä|emme|eivät|not|no|never|inte|ej|ingen|inga|aldrig|without|ilman|utan)\s+(?:(?!(?:but|mutta|vaan|men|however|paitsi|except|utom|and|ja|och|sekä|samt|utan)(?!\p{L}))\p{L}+,?\s+){0,6}$/iu;
/** A label after it that says it is not done: "Kohdennettu mainonta (ei käytössä)", "(not in use)", "(används inte)". */
const NOT_IN_USE_AFTER = /^[\p{L}\s-]{0,40}\(\s*(?:ei käytössä|not in use|not used|används inte|ej i bruk|inte i bruk)\s*\)/iu;

/** The hints of a text that it does not deny. */
function hintsIn(value: string): string[] {
  const found = [...value.matchAll(PROFILING)].filter((m) => {
    const at = m.index ?? 0;
    return !DENIED_BEFORE.test(value.slice(Math.max(0, at - 60), at)) && !NOT_IN_USE_AFTER.test(value.slice(at + m[0].length));
  });
  return [...new Set(found.map((m) => m[0]))];
}

/** Texts that describe the rights or the security measures, not the processing. */
const NOT_PROCESSING = new Set(['automated_decisions', 'rights', 'security', 'changes']);

export interface Hint {
  path: PathSegment[];
  found: string[];
}

/** Every text that suggests profiling or automated decisions, with the words that do. */
export function profilingHints(register: Register): Hint[] {
  const out: Hint[] = [];
  for (const { path, text } of allTexts(register)) {
    if (NOT_PROCESSING.has(String(path[0]))) continue;
    for (const { path: at, value } of languageVersions(path, text)) {
      const found = hintsIn(value);
      if (found.length && !plainPersonalisation(value, found)) out.push({ path: at, found });
    }
  }
  return out;
}

export default defineRule(
  {
    id: 'automated-decisions',
    articles: ['Art. 13(2)(f)', 'Art. 14(2)(g)', 'Art. 22'],
    severity: 'warn',
    description: 'Where a purpose or text suggests profiling, targeting, scoring or automatic decisions, the register says whether automated decisions are made: `none`, or their logic, significance and consequences.',
    messages: {
      missing: {
        en: 'The text mentions {found}, which suggests profiling or automated decisions, but `automated_decisions` is missing: say `automated_decisions: none`, or describe the logic, significance and consequences of the decisions (Art. 13(2)(f))',
        fi: 'Tekstissä mainitaan {found}, mikä viittaa profilointiin tai automaattisiin päätöksiin, mutta `automated_decisions` puuttuu: kirjoita `automated_decisions: none` tai kuvaa päätöksenteon logiikka, merkitys ja seuraukset (13 art. 2 f)',
        sv: 'Texten nämner {found}, vilket tyder på profilering eller automatiserade beslut, men `automated_decisions` saknas: skriv `automated_decisions: none`, eller beskriv logiken bakom besluten och deras betydelse och följder (artikel 13.2 f)',
      },
    },
  },
  ({ register, report }) => {
    // Art. 13(2)(f) requires the information only where such decisions are made; silence is reported
    // only where something in the register suggests them, so that the warning points at a real question.
    if (register.automated_decisions !== undefined) return;
    const hints = profilingHints(register);
    const first = hints[0];
    if (!first) return;
    const found = [...new Set(hints.flatMap((h) => h.found.map((w) => w.toLowerCase())))].slice(0, 4);
    report(first.path, 'missing', { found: listed(found) });
  },
);
