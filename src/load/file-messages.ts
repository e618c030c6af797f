/**
 * What is wrong with a file or a path of the command line, in each message language. English keeps
 * the words of the readers (read-bounded.ts, read.ts, collect.ts); the other languages say by the
 * kind of problem.
 */
import type { MessageLanguage } from '../interface-language.js';
import type { ReadProblem } from './read-bounded.js';

export interface FileWords {
  /** Why a register file cannot be read; English keeps the reader's own sentence. */
  problem(problem: ReadProblem): string;
  utf16: string;
  notUtf8(byte: string): string;
  cannotReadFolder(code: string): string;
  noMatch: string;
  noSuchPath: string;
  cannotReadPath(code: string): string;
  noRegisters: string;
  configHasErrors: string;
}

const megabytes = (size: number): string => (size / (1024 * 1024)).toFixed(1);

export const FILE_WORDS: Record<MessageLanguage, FileWords> = {
  en: {
    problem: (problem) => problem.message,
    utf16: 'File is saved as UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8',
    notUtf8: (byte) => `File is not valid UTF-8 (byte 0x${byte}); save it as UTF-8`,
    cannotReadFolder: (code) => `Cannot read the folder (${code})`,
    noMatch: 'No registers match this pattern',
    noSuchPath: 'No such file or folder',
    cannotReadPath: (code) => `Cannot read (${code})`,
    noRegisters: 'No registers here: expected `.yaml` files (organisation files `*.org.yaml` and `seloste.config.yaml` are not registers)',
    configHasErrors: 'the configuration has errors; fix them first',
  },
  fi: {
    problem: (problem) => {
      switch (problem.code) {
        case 'missing':
          return 'Tiedostoa ei löydy';
        case 'denied':
          return 'Tiedostoa ei voi lukea: ei lukuoikeutta';
        case 'folder':
          return 'Odotettiin tiedostoa, löytyi kansio';
        case 'special':
          return 'Odotettiin tiedostoa, löytyi erikoistiedosto (putki, pistoke tai laite)';
        case 'loop':
          return 'Tiedostoa ei voi lukea: se on symbolinen linkki, joka osoittaa itseensä';
        case 'too-large':
          return problem.size === undefined ? 'Tiedosto on suurempi kuin 1 Mt, jonka rekisteri voi olla' : `Tiedosto on ${megabytes(problem.size).replace('.', ',')} Mt, suurempi kuin 1 Mt, jonka rekisteri voi olla`;
        case 'encoding':
          return 'Tiedosto ei ole kelvollista UTF-8:aa; tallenna se UTF-8-muodossa';
        default:
          return `Tiedostoa ei voi lukea (${problem.errno ?? 'tuntematon virhe'})`;
      }
    },
    utf16: 'Tiedosto on tallennettu UTF-16-muodossa (se alkaa UTF-16-tavujärjestysmerkillä); tallenna se UTF-8-muodossa',
    notUtf8: (byte) => `Tiedosto ei ole kelvollista UTF-8:aa (tavu 0x${byte}); tallenna se UTF-8-muodossa`,
    cannotReadFolder: (code) => `Kansiota ei voi lukea (${code})`,
    noMatch: 'Yksikään rekisteri ei vastaa tätä hakulauseketta',
    noSuchPath: 'Tiedostoa tai kansiota ei ole',
    cannotReadPath: (code) => `Ei voi lukea (${code})`,
    noRegisters: 'Täällä ei ole rekistereitä: odotettiin `.yaml`-tiedostoja (organisaatiotiedostot `*.org.yaml` ja `seloste.config.yaml` eivät ole rekistereitä)',
    configHasErrors: 'asetustiedostossa on virheitä; korjaa ne ensin',
  },
  sv: {
    problem: (problem) => {
      switch (problem.code) {
        case 'missing':
          return 'Filen finns inte';
        case 'denied':
          return 'Filen kan inte läsas: läsrättighet saknas';
        case 'folder':
          return 'Väntade en fil, fann en mapp';
        case 'special':
          return 'Väntade en fil, fann en specialfil (en pipe, en socket eller en enhet)';
        case 'loop':
          return 'Filen kan inte läsas: den är en symbolisk länk som pekar på sig själv';
        case 'too-large':
          return problem.size === undefined ? 'Filen är större än den 1 MB som ett register får vara' : `Filen är ${megabytes(problem.size).replace('.', ',')} MB, större än den 1 MB som ett register får vara`;
        case 'encoding':
          return 'Filen är inte giltig UTF-8; spara den som UTF-8';
        default:
          return `Filen kan inte läsas (${problem.errno ?? 'okänt fel'})`;
      }
    },
    utf16: 'Filen är sparad som UTF-16 (den börjar med en UTF-16-byteordningsmarkering); spara den som UTF-8',
    notUtf8: (byte) => `Filen är inte giltig UTF-8 (byte 0x${byte}); spara den som UTF-8`,
    cannotReadFolder: (code) => `Mappen kan inte läsas (${code})`,
    noMatch: 'Inga register motsvarar det här mönstret',
    noSuchPath: 'Filen eller mappen finns inte',
    cannotReadPath: (code) => `Kan inte läsas (${code})`,
    noRegisters: 'Inga register här: väntade `.yaml`-filer (organisationsfiler `*.org.yaml` och `seloste.config.yaml` är inga register)',
    configHasErrors: 'konfigurationen har fel; rätta dem först',
  },
};
