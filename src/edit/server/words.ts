/** What the editor's server says, in each language of the interface: one sentence for each refusal. */
import type { MessageLanguage } from '../../interface-language.js';

export interface EditWords {
  host: string;
  token: string;
  origin: string;
  badPath: string;
  notProjectFile(path: string): string;
  notFound: string;
  method: string;
  contentType: string;
  bytesType: string;
  badJson: string;
  tooLarge(mb: number): string;
  notObject: string;
  notEditable: string;
  changedOnDisk(path: string): string;
  exists(path: string): string;
  cannotPreview(path: string): string;
  unknownLanguage(lang: string): string;
  noFileName: string;
  badAnswer(field: string): string;
  missingAnswer(field: string): string;
  missing(field: string): string;
  cannotWrite(path: string, code: string): string;
  internal: string;
  /** On the terminal at start-up. */
  editing(url: string): string;
  exposed(host: string): string;
  opened: string;
  weakToken: string;
}

export const EDIT_WORDS: Record<MessageLanguage, EditWords> = {
  en: {
    host: 'Refused: this editor answers only to its own address',
    token: 'Refused: the request does not carry the token the editor printed when it started; open the address it printed',
    origin: 'Refused: a change must come from the editor’s own page',
    badPath: 'Not a file of this project: give a path inside the project folder, such as `notices/register.yaml`',
    notProjectFile: (path) => `\`${path}\` is not a register or organisation file of this project`,
    notFound: 'Not found',
    method: 'Method not allowed',
    contentType: 'Expected a JSON body (`Content-Type: application/json`)',
    bytesType: 'Expected the bytes of the file (`Content-Type: application/octet-stream`)',
    badJson: 'The request body is not valid JSON',
    tooLarge: (mb) => `The request body is larger than ${mb} MB`,
    notObject: '`data` must be a JSON object: the keys of the file',
    notEditable: 'The file is not valid YAML, so its data cannot be written into it; edit its text',
    changedOnDisk: (path) => `\`${path}\` changed on disk after it was opened; choose which version to keep`,
    exists: (path) => `\`${path}\` exists already; nothing was overwritten`,
    cannotPreview: (path) => `\`${path}\` cannot be previewed until it can be read as a register with an \`updated\` date; fix the errors first`,
    unknownLanguage: (lang) => `No notice language \`${lang}\` in this project`,
    noFileName: 'The file name is missing (header `X-File-Name`)',
    missingAnswer: (field) => `A new register needs the answer \`${field}\``,
    missing: (field) => `The request lacks \`${field}\``,
    badAnswer: (field) => `The answer \`${field}\` must be a text (or a list of texts where it repeats)`,
    cannotWrite: (path, code) => `Cannot write \`${path}\` (${code})`,
    internal: 'Something went wrong in Seloste; the file was not changed',
    editing: (url) => `Editing at ${url} — keep this address to yourself: it carries the key to your registers. Press Ctrl-C to stop`,
    exposed: (host) => `warning: listening on \`${host}\`, not only on this machine: anyone who can reach it and has the address with its token can read and change the registers`,
    opened: 'Opened in the browser',
    weakToken: 'the token (`--token` or SELOSTE_EDIT_TOKEN) must be at least 22 characters of A–Z, a–z, 0–9, `-` and `_`, so that it cannot be guessed',
  },
  fi: {
    host: 'Torjuttu: editori vastaa vain omaan osoitteeseensa',
    token: 'Torjuttu: pyynnössä ei ole tunnistetta, jonka editori tulosti käynnistyessään; avaa sen tulostama osoite',
    origin: 'Torjuttu: muutoksen on tultava editorin omalta sivulta',
    badPath: 'Ei tämän projektin tiedosto: anna polku projektikansion sisällä, esim. `notices/rekisteri.yaml`',
    notProjectFile: (path) => `\`${path}\` ei ole tämän projektin rekisteri- tai organisaatiotiedosto`,
    notFound: 'Ei löydy',
    method: 'Menetelmä ei ole sallittu',
    contentType: 'Odotettiin JSON-runkoa (`Content-Type: application/json`)',
    bytesType: 'Odotettiin tiedoston tavuja (`Content-Type: application/octet-stream`)',
    badJson: 'Pyynnön runko ei ole kelvollista JSONia',
    tooLarge: (mb) => `Pyynnön runko on suurempi kuin ${mb} Mt`,
    notObject: '`data`-kentän on oltava JSON-olio: tiedoston avaimet',
    notEditable: 'Tiedosto ei ole kelvollista YAMLia, joten tietoja ei voi kirjoittaa siihen; muokkaa sen tekstiä',
    changedOnDisk: (path) => `\`${path}\` on muuttunut levyllä sen avaamisen jälkeen; valitse, kumpi versio säilytetään`,
    exists: (path) => `\`${path}\` on jo olemassa; mitään ei korvattu`,
    cannotPreview: (path) => `Tiedostoa \`${path}\` ei voi esikatsella ennen kuin se on luettavissa rekisterinä, jossa on päivämäärä \`updated\`; korjaa ensin virheet`,
    unknownLanguage: (lang) => `Projektissa ei ole selosteen kieltä \`${lang}\``,
    noFileName: 'Tiedoston nimi puuttuu (otsake `X-File-Name`)',
    missingAnswer: (field) => `Uusi rekisteri tarvitsee vastauksen \`${field}\``,
    missing: (field) => `Pyynnöstä puuttuu \`${field}\``,
    badAnswer: (field) => `Vastauksen \`${field}\` on oltava teksti (tai tekstien luettelo, jos se toistuu)`,
    cannotWrite: (path, code) => `Tiedostoon \`${path}\` ei voi kirjoittaa (${code})`,
    internal: 'Selosteessa tapahtui virhe; tiedostoa ei muutettu',
    editing: (url) => `Editori osoitteessa ${url} – pidä osoite omana tietonasi: siinä on avain rekistereihisi. Lopeta painamalla Ctrl-C`,
    exposed: (host) => `varoitus: kuunnellaan osoitetta \`${host}\` eikä vain tätä konetta: kuka tahansa, joka tavoittaa sen ja tietää osoitteen tunnisteineen, voi lukea ja muuttaa rekistereitä`,
    opened: 'Avattiin selaimessa',
    weakToken: 'tunnisteen (`--token` tai SELOSTE_EDIT_TOKEN) on oltava vähintään 22 merkkiä merkeistä A–Z, a–z, 0–9, `-` ja `_`, jotta sitä ei voi arvata',
  },
  sv: {
    host: 'Avvisad: redigeraren svarar bara på sin egen adress',
    token: 'Avvisad: begäran saknar nyckeln som redigeraren skrev ut när den startade; öppna adressen den skrev ut',
    origin: 'Avvisad: en ändring måste komma från redigerarens egen sida',
    badPath: 'Inte en fil i det här projektet: ange en sökväg inom projektmappen, t.ex. `notices/register.yaml`',
    notProjectFile: (path) => `\`${path}\` är inte en register- eller organisationsfil i det här projektet`,
    notFound: 'Hittades inte',
    method: 'Metoden är inte tillåten',
    contentType: 'En JSON-kropp väntades (`Content-Type: application/json`)',
    bytesType: 'Filens byte väntades (`Content-Type: application/octet-stream`)',
    badJson: 'Begärans kropp är inte giltig JSON',
    tooLarge: (mb) => `Begärans kropp är större än ${mb} MB`,
    notObject: '`data` måste vara ett JSON-objekt: filens nycklar',
    notEditable: 'Filen är inte giltig YAML, så uppgifterna kan inte skrivas in i den; redigera dess text',
    changedOnDisk: (path) => `\`${path}\` har ändrats på disken sedan den öppnades; välj vilken version som ska behållas`,
    exists: (path) => `\`${path}\` finns redan; ingenting skrevs över`,
    cannotPreview: (path) => `\`${path}\` kan inte förhandsvisas förrän den kan läsas som ett register med datumet \`updated\`; rätta felen först`,
    unknownLanguage: (lang) => `Projektet har inget beskrivningsspråk \`${lang}\``,
    noFileName: 'Filnamnet saknas (rubriken `X-File-Name`)',
    missingAnswer: (field) => `Ett nytt register behöver svaret \`${field}\``,
    missing: (field) => `Begäran saknar \`${field}\``,
    badAnswer: (field) => `Svaret \`${field}\` måste vara en text (eller en lista med texter där det upprepas)`,
    cannotWrite: (path, code) => `Det går inte att skriva \`${path}\` (${code})`,
    internal: 'Ett fel uppstod i Seloste; filen ändrades inte',
    editing: (url) => `Redigeraren finns på ${url} – håll adressen för dig själv: den bär nyckeln till dina register. Avsluta med Ctrl-C`,
    exposed: (host) => `varning: lyssnar på \`${host}\`, inte bara på den här datorn: den som når den och har adressen med nyckeln kan läsa och ändra registren`,
    opened: 'Öppnades i webbläsaren',
    weakToken: 'nyckeln (`--token` eller SELOSTE_EDIT_TOKEN) måste vara minst 22 tecken av A–Z, a–z, 0–9, `-` och `_`, så att den inte kan gissas',
  },
};
