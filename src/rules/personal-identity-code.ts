// Tietosuojalaki (1050/2018) 29 §: the personal identity code (henkilötunnus) is processed only on a ground the Act names.
import { defineRule } from '../check/rule.js';
import { sentences, textValues } from '../check/text.js';
import { findWords, words, wordsBefore } from '../check/words.js';
import type { Register } from '../types.js';

const MENTIONS = words([
  'henkilötunnu*', 'hetu', 'hetu-*', 'hetun', 'hetua', 'sosiaaliturvatunnu*',
  'personal identity code*', 'personal identity number*', 'social security number*', 'national identification number*',
  'personbeteckning*', 'personnummer*',
]);

/** Words that deny what a sentence says: "emme kysy henkilötunnusta" processes no code. */
const NEGATION = words(['ei', 'eikä', 'emme', 'not', 'never', 'no', 'inte', 'aldrig', 'ej', 'ingen', 'inga']);

/** What is done with the code, where a data category's text denies it: "Ei lueta eikä tallenneta", "not collected", "lagras inte". */
const PROCESSED = words([
  'lue*', 'tallenne*', 'tallenna*', 'kerä*', 'kysy*', 'käsitel*', 'käsittele*', 'pyyde*', 'pyydä*', 'tarvi*',
  'read', 'collect*', 'stor*', 'process*', 'ask*', 'request*', 'need*',
  'läs*', 'samla*', 'lagra*', 'behandla*', 'efterfråga*', 'fråga*', 'begär*', 'behöv*',
]);

/** Denials that keep some processing: "not stored in plain text, only as a hash", "ei selväkielisenä", "endast". */
const PARTIAL = /(?<!\p{L})(?:selväkielise\p{L}*|vain|ainoastaan|plain text|clear text|only|solely|klartext|endast|enbart|bara)(?!\p{L})/iu;

/** A processing word the three words before it deny ("Ei lueta", "not read or stored"), or a Swedish "inte" right after it ("lagras inte"). */
function deniedAt(text: string, at: number, word: string): boolean {
  const after = text.slice(at + word.length).trim().split(/\s+/u)[0] ?? '';
  return findWords(wordsBefore(text, at), NEGATION).length > 0 || /^(?:inte|ej)$/iu.test(after);
}

/**
 * A data category that names the code only to deny reading or keeping it ("Henkilötunnus (hetu) – Ei – Ei lueta
 * eikä tallenneta", "Personbeteckning – Läses inte och lagras inte"): every word of processing in its text is
 * denied, and none keeps some of it. One that stores the code and denies only passing it on, or reads it and
 * denies only storing it, processes it.
 */
function deniedInCategory(text: string): boolean {
  if (PARTIAL.test(text)) return false;
  // Or the code named only as what a datum is not: "yksilöivä jäsennumero (ei henkilötunnus eikä y-tunnus)".
  return allDenied(text, findWords(text, MENTIONS)) || allDenied(text, findWords(text, PROCESSED));
}

/** Whether there are such words in the text and each, in its place, is denied. */
function allDenied(text: string, found: readonly string[]): boolean {
  const lower = text.toLowerCase();
  let from = 0;
  return found.length > 0 && found.every((word) => {
    const at = lower.indexOf(word.toLowerCase(), from);
    from = at + word.length;
    return at >= 0 && deniedAt(text, at, word);
  });
}

/** The first word naming the code in a sentence of the register's description that does not deny processing it. */
function describedCode(register: Register): string | undefined {
  for (const sentence of sentences(textValues(register.description).join('\n'))) {
    const [word] = findWords(sentence, MENTIONS);
    if (word && !findWords(sentence, NEGATION).length) return word;
  }
  return undefined;
}

/**
 * The country the controller is established in, where the register says it: its own `country` or that
 * of its address. Left out, it is Finland.
 */
function controllerCountry(register: Register): string | undefined {
  const c = register.controller;
  return c?.country ?? c?.address?.country ?? c?.postal_address?.country;
}

export default defineRule(
  {
    id: 'personal-identity-code',
    articles: ['Tietosuojalaki (1050/2018) 29 §', 'Art. 87'],
    severity: 'error',
    description: 'A register of a controller established in Finland that processes the personal identity code (henkilötunnus) records its ground under Tietosuojalaki 29 §.',
    messages: {
      noGround: {
        en: 'Missing `ground` for the personal identity code, expected one of `consent`, `law`, `statutory_task`, `rights_and_obligations`, `research`, `listed_activity` (Tietosuojalaki 29 §)',
        fi: 'Henkilötunnuksen käsittelyltä puuttuu `ground`, odotettiin yhtä arvoista `consent`, `law`, `statutory_task`, `rights_and_obligations`, `research`, `listed_activity` (tietosuojalaki 29 §)',
        sv: '`ground` saknas för personbeteckningen, väntade ett av `consent`, `law`, `statutory_task`, `rights_and_obligations`, `research`, `listed_activity` (dataskyddslagen 29 §)',
      },
      described: {
        en: 'The description says `{word}` is processed, but the register has no `personal_identity_code` with the `ground` that allows processing it (Tietosuojalaki 29 §)',
        fi: 'Kuvauksen mukaan käsitellään tietoa `{word}`, mutta rekisteristä puuttuu `personal_identity_code` ja sen käsittelyn salliva peruste `ground` (tietosuojalaki 29 §)',
        sv: 'Enligt beskrivningen behandlas `{word}`, men registret har ingen `personal_identity_code` med den `ground` som tillåter behandlingen (dataskyddslagen 29 §)',
      },
      undeclared: {
        en: 'Data category mentions `{word}`, but the register has no `personal_identity_code` with the `ground` that allows processing it (Tietosuojalaki 29 §)',
        fi: 'Henkilötietoryhmässä mainitaan `{word}`, mutta rekisteristä puuttuu `personal_identity_code` ja sen käsittelyn salliva peruste `ground` (tietosuojalaki 29 §)',
        sv: 'En kategori av personuppgifter nämner `{word}`, men registret har ingen `personal_identity_code` med den `ground` som tillåter behandlingen (dataskyddslagen 29 §)',
      },
    },
  },
  ({ register, report }) => {
    // Tietosuojalaki 29 § binds controllers established in Finland; another country's law sets its own rules.
    const country = controllerCountry(register);
    if (country !== undefined && country !== 'FI') return;
    const code = register.personal_identity_code;
    if (code) {
      if (!code.ground) report(['personal_identity_code'], 'noGround', {}, 'key');
      return;
    }
    let reported = false;
    register.data_categories?.forEach((c, i) => {
      const text = textValues(c.description).join('\n');
      const [word] = findWords(text, MENTIONS);
      if (!word || deniedInCategory(text)) return;
      report(['data_categories', i, 'description'], 'undeclared', { word });
      reported = true;
    });
    const word = reported ? undefined : describedCode(register);
    if (word) report(['description'], 'described', { word });
  },
);
