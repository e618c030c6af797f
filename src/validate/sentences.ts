/** The sentences of schema diagnostics in each message language: one sentence, values in backticks. */
import type { MessageLanguage } from '../interface-language.js';
import type { SchemaKind } from './schemas.js';

/** A whole file, named where a problem is with the file itself. */
export const FILE_NAMES: Record<MessageLanguage, Record<SchemaKind, string>> = {
  en: { register: 'the register', organisation: 'the organisation file', config: 'the configuration' },
  fi: { register: 'rekisteri', organisation: 'organisaatiotiedosto', config: 'asetustiedosto' },
  sv: { register: 'registret', organisation: 'organisationsfilen', config: 'konfigurationen' },
};

function capital(s: string): string {
  return s.startsWith('`') ? s : s.charAt(0).toUpperCase() + s.slice(1);
}

export const SAY = {
  en: {
    unknownKey: (key: string, name: string, hint: string) => `Unknown key \`${key}\` in ${name}${hint}`,
    didYouMean: (guess: string) => `, did you mean \`${guess}\`?`,
    expectedOneOf: (allowed: string) => `; expected one of ${allowed}`,
    required: (key: string, name: string) => `Missing required key \`${key}\` in ${name}`,
    type: (name: string, expected: string, found: string) => `Expected ${name} to be ${expected}, found ${found}`,
    enumValue: (value: string, name: string, hint: string, allowed: string) => `Unexpected value ${value} for ${name}${hint}, expected one of ${allowed}`,
    enumGuess: (guess: string) => ` (did you mean \`${guess}\`?)`,
    anyOf: (name: string, keys: string[]) => `Expected ${name} to have ${keys.join(' or ')}`,
    pattern: (value: string, name: string, hint: string) => `Unexpected value \`${value}\` for ${name}: ${hint}`,
    language: (code: string, name: string) => `Unknown language code \`${code}\` in ${name}: use a two-letter code such as \`fi\`, \`en\` or \`sv\``,
    empty: (name: string) => `${capital(name)} is empty`,
    emptyList: (name: string) => `${capital(name)} is an empty list: add at least one item or leave the key out`,
    emptyMap: (name: string, isText: boolean) => `${capital(name)} is empty: expected ${isText ? 'text per language, e.g. `{fi: …}`' : 'at least one key'}`,
    range: (name: string, minimum: boolean, limit: string, found: string) => `${capital(name)} must be ${minimum ? 'at least' : 'at most'} ${limit}, found \`${found}\``,
    duplicate: (name: string) => `${capital(name)} lists the same value twice`,
    invalid: (name: string, message: string | undefined) => `${capital(name)} ${message ?? 'is not valid'}`,
    because: (cause: string) => ` (with ${cause})`,
  },
  fi: {
    unknownKey: (key: string, name: string, hint: string) => `Tuntematon avain \`${key}\` (kohta: ${name})${hint}`,
    didYouMean: (guess: string) => `; tarkoititko \`${guess}\`?`,
    expectedOneOf: (allowed: string) => `; sallitut avaimet: ${allowed}`,
    required: (key: string, name: string) => `Pakollinen avain \`${key}\` puuttuu (kohta: ${name})`,
    type: (name: string, expected: string, found: string) => `Väärä tyyppi kohdassa ${name}: odotettu ${expected}, löytyi ${found}`,
    enumValue: (value: string, name: string, hint: string, allowed: string) => `Tuntematon arvo ${value} kohdassa ${name}${hint}; sallitut arvot: ${allowed}`,
    enumGuess: (guess: string) => ` (tarkoititko \`${guess}\`?)`,
    anyOf: (name: string, keys: string[]) => `Kohdasta ${name} puuttuu ${keys.join(' tai ')}`,
    pattern: (value: string, name: string, hint: string) => `Väärän muotoinen arvo \`${value}\` kohdassa ${name}: ${hint}`,
    language: (code: string, name: string) => `Tuntematon kielikoodi \`${code}\` (kohta: ${name}): käytä kaksikirjaimista koodia, kuten \`fi\`, \`en\` tai \`sv\``,
    empty: (name: string) => `${capital(name)} on tyhjä`,
    emptyList: (name: string) => `${capital(name)} on tyhjä luettelo: lisää vähintään yksi kohta tai jätä avain pois`,
    emptyMap: (name: string, isText: boolean) => `${capital(name)} on tyhjä: odotettu ${isText ? 'teksti kielittäin, esim. `{fi: …}`' : 'vähintään yksi avain'}`,
    range: (name: string, minimum: boolean, limit: string, found: string) => `${capital(name)}: arvon pitää olla ${minimum ? 'vähintään' : 'enintään'} ${limit}, löytyi \`${found}\``,
    duplicate: (name: string) => `${capital(name)} sisältää saman arvon kahdesti`,
    invalid: (name: string) => `${capital(name)} ei ole kelvollinen`,
    because: (cause: string) => ` (kun ${cause})`,
  },
  sv: {
    unknownKey: (key: string, name: string, hint: string) => `Okänd nyckel \`${key}\` i ${name}${hint}`,
    didYouMean: (guess: string) => `; menade du \`${guess}\`?`,
    expectedOneOf: (allowed: string) => `; väntade en av ${allowed}`,
    required: (key: string, name: string) => `Den obligatoriska nyckeln \`${key}\` saknas i ${name}`,
    type: (name: string, expected: string, found: string) => `Fel typ för ${name}: väntade ${expected}, fann ${found}`,
    enumValue: (value: string, name: string, hint: string, allowed: string) => `Oväntat värde ${value} för ${name}${hint}; väntade ett av ${allowed}`,
    enumGuess: (guess: string) => ` (menade du \`${guess}\`?)`,
    anyOf: (name: string, keys: string[]) => `${capital(name)} saknar ${keys.join(' eller ')}`,
    pattern: (value: string, name: string, hint: string) => `Oväntat värde \`${value}\` för ${name}: ${hint}`,
    language: (code: string, name: string) => `Okänd språkkod \`${code}\` i ${name}: använd en kod med två bokstäver, såsom \`fi\`, \`en\` eller \`sv\``,
    empty: (name: string) => `${capital(name)} är tom`,
    emptyList: (name: string) => `${capital(name)} är en tom lista: lägg till minst en punkt eller utelämna nyckeln`,
    emptyMap: (name: string, isText: boolean) => `${capital(name)} är tom: väntade ${isText ? 'text per språk, t.ex. `{fi: …}`' : 'minst en nyckel'}`,
    range: (name: string, minimum: boolean, limit: string, found: string) => `${capital(name)} måste vara ${minimum ? 'minst' : 'högst'} ${limit}, fann \`${found}\``,
    duplicate: (name: string) => `${capital(name)} innehåller samma värde två gånger`,
    invalid: (name: string) => `${capital(name)} är inte giltig`,
    because: (cause: string) => ` (när ${cause})`,
  },
} as const;
