/**
 * The words of YAML problems, in each message language. The parser (`yaml`) says what is wrong in
 * English, with an error code; English keeps its words, and the other languages say by code (and,
 * where one code covers several mistakes, by its words) what the author should look at. The place
 * of the problem is the parser's in every language.
 */
import type { MessageLanguage } from '../interface-language.js';

/** What a parser error is about. */
export type SyntaxKind =
  | 'unclosedQuote'
  | 'unclosedMap'
  | 'unclosedList'
  | 'indent'
  | 'missingValue'
  | 'missingComma'
  | 'missingSpace'
  | 'commentSpace'
  | 'missingDash'
  | 'escape'
  | 'badStart'
  | 'multilineKey'
  | 'blockAsKey'
  | 'blockInFlow'
  | 'longKey'
  | 'tag'
  | 'anchor'
  | 'directive'
  | 'other';

/** Codes that cover several mistakes, told apart by the parser's words. */
const BY_WORDS: readonly [string, RegExp, SyntaxKind][] = [
  ['MISSING_CHAR', /^Missing closing/, 'unclosedQuote'],
  ['MISSING_CHAR', /^Implicit map keys need to be followed/, 'missingValue'],
  ['MISSING_CHAR', /^Missing ,/, 'missingComma'],
  ['MISSING_CHAR', /^Missing space after :/, 'missingSpace'],
  ['MISSING_CHAR', /^Comments must be separated/, 'commentSpace'],
  ['MISSING_CHAR', /^Sequence item without -/, 'missingDash'],
  ['BAD_INDENT', /^Flow map in block collection/, 'unclosedMap'],
  ['BAD_INDENT', /^Flow sequence in block collection/, 'unclosedList'],
];

const BY_CODE: Readonly<Record<string, SyntaxKind>> = {
  BAD_INDENT: 'indent',
  BAD_DQ_ESCAPE: 'escape',
  BAD_SCALAR_START: 'badStart',
  MULTILINE_IMPLICIT_KEY: 'multilineKey',
  BLOCK_AS_IMPLICIT_KEY: 'blockAsKey',
  BLOCK_IN_FLOW: 'blockInFlow',
  KEY_OVER_1024_CHARS: 'longKey',
  TAG_RESOLVE_FAILED: 'tag',
  MULTIPLE_TAGS: 'tag',
  BAD_COLLECTION_TYPE: 'tag',
  ALIAS_PROPS: 'anchor',
  BAD_ALIAS: 'anchor',
  MULTIPLE_ANCHORS: 'anchor',
  BAD_PROP_ORDER: 'anchor',
  BAD_DIRECTIVE: 'directive',
};

export function syntaxKind(code: string, message: string): SyntaxKind {
  return BY_WORDS.find(([c, words]) => c === code && words.test(message))?.[2] ?? BY_CODE[code] ?? 'other';
}

export interface YamlWords {
  /** A parser error: `message` is the parser's own first line. */
  syntax(kind: SyntaxKind, message: string): string;
  tooDeep: string;
  secondDocument: string;
  duplicateKey(key: string): string;
  tabs: string;
  onLines(lines: string): string;
  and: string;
  cannotParse: string;
  empty: string;
  tooManyAliases(max: number): string;
  cannotReadValues: string;
  aliasesTooLarge: string;
  tagged(tag: string): string;
  notMap(list: boolean): string;
}

const FI_SYNTAX: Record<SyntaxKind, string> = {
  unclosedQuote: 'Lainausmerkki jää sulkematta: lisää tekstin loppuun sama lainausmerkki, jolla se alkaa',
  unclosedMap: 'Aaltosulkeilla `{` alkava kohta jää sulkematta tai on sisennetty liian vähän: sulje se merkillä `}`',
  unclosedList: 'Hakasulkeilla `[` alkava luettelo jää sulkematta tai on sisennetty liian vähän: sulje se merkillä `]`',
  indent: 'Sisennys on väärä: saman tason avainten ja luettelon kohtien on alettava samasta sarakkeesta',
  missingValue: 'Avaimen perästä puuttuu kaksoispiste: kirjoita `avain: arvo`',
  missingComma: 'Pilkku puuttuu kohtien välistä',
  missingSpace: 'Kaksoispisteen jälkeen puuttuu välilyönti: kirjoita `avain: arvo`',
  commentSpace: 'Kommenttimerkin `#` edessä on oltava välilyönti',
  missingDash: 'Luettelon kohdasta puuttuu viiva `-`',
  escape: 'Lainausmerkeissä on virheellinen kenoviivamerkintä: kirjoita kenoviiva kahdesti `\\\\` tai käytä heittomerkkejä',
  badStart: 'Arvo ei voi alkaa tällä merkillä: kirjoita arvo lainausmerkkeihin',
  multilineKey: 'Avaimen on oltava yhdellä rivillä: tarkista, ettei edellisen rivin lainausmerkki tai sulje jäänyt auki',
  blockAsKey: 'Luettelo tai sisäkkäinen avain ei voi olla tällä rivillä: aloita se uudelta riviltä sisennettynä',
  blockInFlow: 'Aalto- tai hakasulkeiden sisällä ei voi aloittaa sisennettyä rakennetta: tarkista, että sulkeet on suljettu',
  longKey: 'Avain on yli 1 024 merkkiä pitkä, tai siitä puuttuu kaksoispiste',
  tag: 'Tagia (`!…`) ei voi käyttää tässä: poista se ja kirjoita tavallinen arvo',
  anchor: 'Ankkuri (`&nimi`) tai alias (`*nimi`) on kirjoitettu väärin',
  directive: 'Tuntematon YAML-direktiivi (`%…`)',
  other: 'Tiedosto ei ole kelvollista YAMLia tässä kohdassa',
};

const SV_SYNTAX: Record<SyntaxKind, string> = {
  unclosedQuote: 'Citattecknet stängs inte: lägg till samma citattecken som texten börjar med i slutet av texten',
  unclosedMap: 'Det som börjar med klammern `{` stängs inte eller är för lite indraget: stäng det med `}`',
  unclosedList: 'Listan som börjar med hakparentesen `[` stängs inte eller är för lite indragen: stäng den med `]`',
  indent: 'Fel indrag: nycklar och listpunkter på samma nivå ska börja i samma kolumn',
  missingValue: 'Efter nyckeln saknas kolon: skriv `nyckel: värde`',
  missingComma: 'Kommatecken saknas mellan punkterna',
  missingSpace: 'Mellanslag saknas efter kolon: skriv `nyckel: värde`',
  commentSpace: 'Före kommentartecknet `#` ska det finnas ett mellanslag',
  missingDash: 'Listpunkten saknar bindestrecket `-`',
  escape: 'Ogiltigt omvänt snedstreck inom citattecken: skriv det två gånger `\\\\` eller använd apostrofer',
  badStart: 'Ett värde kan inte börja med det här tecknet: skriv värdet inom citattecken',
  multilineKey: 'En nyckel ska stå på en rad: kontrollera att inget citattecken eller ingen klammer på raden ovanför har lämnats öppen',
  blockAsKey: 'En lista eller en nästlad nyckel kan inte stå på den här raden: börja den på en ny, indragen rad',
  blockInFlow: 'Inom klamrar eller hakparenteser kan en indragen struktur inte börja: kontrollera att de är stängda',
  longKey: 'Nyckeln är längre än 1 024 tecken, eller så saknar den kolon',
  tag: 'En tagg (`!…`) kan inte användas här: ta bort den och skriv ett vanligt värde',
  anchor: 'Ett ankare (`&namn`) eller ett alias (`*namn`) är felaktigt skrivet',
  directive: 'Okänt YAML-direktiv (`%…`)',
  other: 'Filen är inte giltig YAML här',
};

export const YAML_WORDS: Record<MessageLanguage, YamlWords> = {
  en: {
    syntax: (_, message) => message,
    tooDeep: 'Nesting is too deep to read: a register needs only a few levels',
    secondDocument: 'A register is one YAML document; found a second document (`---`)',
    duplicateKey: (key) => `Duplicate key \`${key}\`: each key may appear once in a map`,
    tabs: 'Tabs are not allowed for indentation in YAML; indent with spaces',
    onLines: (lines) => `(lines ${lines})`,
    and: 'and',
    cannotParse: 'Cannot parse the file',
    empty: 'File is empty: expected a register with keys such as `name:` and `updated:`',
    tooManyAliases: (max) => `Too many aliases: the file expands aliases (\`*name\`) more than ${max} times`,
    cannotReadValues: 'Cannot read the values of the file',
    aliasesTooLarge: 'Aliases expand the file to more than the 1 MB a register may be: write a long text once, not through many aliases',
    tagged: (tag) => `The tagged value \`${tag}\` cannot be read in a register; remove the tag and write plain text, a list or a map`,
    notMap: (list) => `Expected a map of keys (such as \`name:\` and \`updated:\`), found ${list ? 'a list' : 'a single value'}`,
  },
  fi: {
    syntax: (kind) => FI_SYNTAX[kind],
    tooDeep: 'Sisäkkäisiä tasoja on liikaa luettavaksi: rekisterissä tarvitaan vain muutama taso',
    secondDocument: 'Rekisteri on yksi YAML-dokumentti; tiedostossa on toinen dokumentti (`---`)',
    duplicateKey: (key) => `Avain \`${key}\` toistuu: kukin avain saa esiintyä samassa kohdassa vain kerran`,
    tabs: 'YAML ei salli sarkaimia sisennyksessä; sisennä välilyönnein',
    onLines: (lines) => `(rivit ${lines})`,
    and: 'ja',
    cannotParse: 'Tiedostoa ei voi jäsentää',
    empty: 'Tiedosto on tyhjä: odotettiin rekisteriä, jossa on avaimia kuten `name:` ja `updated:`',
    tooManyAliases: (max) => `Liikaa aliaksia: tiedosto laajentaa aliaksia (\`*nimi\`) yli ${max} kertaa`,
    cannotReadValues: 'Tiedoston arvoja ei voi lukea',
    aliasesTooLarge: 'Aliakset laajentavat tiedoston yli 1 Mt:n, jonka rekisteri voi olla: kirjoita pitkä teksti kerran, älä monen aliaksen kautta',
    tagged: (tag) => `Tagattua arvoa \`${tag}\` ei voi lukea rekisterissä; poista tagi ja kirjoita tavallinen teksti, luettelo tai avain–arvo-rakenne`,
    notMap: (list) => `Odotettiin avain–arvo-rakennetta (avaimia kuten \`name:\` ja \`updated:\`), löytyi ${list ? 'luettelo' : 'yksittäinen arvo'}`,
  },
  sv: {
    syntax: (kind) => SV_SYNTAX[kind],
    tooDeep: 'Nästlingen är för djup för att läsas: ett register behöver bara några nivåer',
    secondDocument: 'Ett register är ett YAML-dokument; filen har ett andra dokument (`---`)',
    duplicateKey: (key) => `Nyckeln \`${key}\` upprepas: varje nyckel får förekomma en gång på samma ställe`,
    tabs: 'YAML tillåter inte tabbar i indrag; dra in med mellanslag',
    onLines: (lines) => `(raderna ${lines})`,
    and: 'och',
    cannotParse: 'Filen kan inte tolkas',
    empty: 'Filen är tom: väntade ett register med nycklar såsom `name:` och `updated:`',
    tooManyAliases: (max) => `För många alias: filen expanderar alias (\`*namn\`) fler än ${max} gånger`,
    cannotReadValues: 'Filens värden kan inte läsas',
    aliasesTooLarge: 'Alias expanderar filen till mer än den 1 MB som ett register får vara: skriv en lång text en gång, inte genom många alias',
    tagged: (tag) => `Det taggade värdet \`${tag}\` kan inte läsas i ett register; ta bort taggen och skriv vanlig text, en lista eller en struktur av nycklar och värden`,
    notMap: (list) => `Väntade en struktur av nycklar och värden (såsom \`name:\` och \`updated:\`), fann ${list ? 'en lista' : 'ett enskilt värde'}`,
  },
};
