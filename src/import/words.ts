/** What `seloste import` says about its drafts, in each language of the interface. */
import type { MessageLanguage } from '../interface-language.js';
import type { Format } from './document/block.js';
import type { Lang } from './draft/state.js';

export interface ImportWords {
  formats: Record<Format, string>;
  languages: Record<Lang, string>;
  imported(file: string, format: string, language: string, into: string): string;
  intoOne(path: string): string;
  intoMany(count: number): string;
  mapped(list: string): string;
  nothing: string;
  left(todos: number): string;
  next(args: string): string;
  exists(path: string): string;
  existsNotDraft(path: string): string;
  replacesNotice: string;
  draftReplacesNotice: string;
  cannotWrite(path: string, code: string): string;
}

export const IMPORT_WORDS: Record<MessageLanguage, ImportWords> = {
  en: {
    formats: { text: 'plain text', markdown: 'Markdown', html: 'HTML', docx: 'Word document', pdf: 'PDF' },
    languages: { fi: 'Finnish', sv: 'Swedish', en: 'English' },
    imported: (file, format, language, into) => `Imported ${file} (${format}, ${language}) ${into}`,
    intoOne: (path) => `into ${path}`,
    intoMany: (count) => `into ${count} drafts, one for each register it holds:`,
    mapped: (list) => `mapped: ${list}`,
    nothing: 'nothing',
    left: (todos) => `left: ${todos} TODO ${todos === 1 ? 'comment' : 'comments'} with the original text`,
    next: (args) => `Next: seloste check ${args}`,
    exists: (path) => `${path} already exists; use --force to replace it, or --out to write elsewhere`,
    existsNotDraft: (path) => `${path} already exists and is not a draft of \`seloste import\`; move it, or write elsewhere with --out`,
    replacesNotice: 'the draft would replace the notice itself; choose another file with --out',
    draftReplacesNotice: 'a draft would replace the notice itself; choose another file with --out',
    cannotWrite: (path, code) => `${path}: cannot write the draft (${code})`,
  },
  fi: {
    formats: { text: 'teksti', markdown: 'Markdown', html: 'HTML', docx: 'Word-asiakirja', pdf: 'PDF' },
    languages: { fi: 'suomi', sv: 'ruotsi', en: 'englanti' },
    imported: (file, format, language, into) => `Tuotiin ${file} (${format}, ${language}) ${into}`,
    intoOne: (path) => `luonnokseksi ${path}`,
    intoMany: (count) => `${count} luonnokseksi, yksi kutakin siinä olevaa rekisteriä kohden:`,
    mapped: (list) => `tunnistettiin: ${list}`,
    nothing: 'ei mitään',
    left: (todos) => `jäi: ${todos} ${todos === 1 ? 'TODO-kommentti' : 'TODO-kommenttia'} alkuperäisen tekstin kanssa`,
    next: (args) => `Seuraavaksi: seloste check ${args}`,
    exists: (path) => `${path} on jo olemassa; korvaa se valitsimella --force tai kirjoita muualle valitsimella --out`,
    existsNotDraft: (path) => `${path} on jo olemassa eikä ole \`seloste import\` -komennon luonnos; siirrä se tai kirjoita muualle valitsimella --out`,
    replacesNotice: 'luonnos korvaisi itse selosteen; valitse toinen tiedosto valitsimella --out',
    draftReplacesNotice: 'jokin luonnoksista korvaisi itse selosteen; valitse toinen tiedosto valitsimella --out',
    cannotWrite: (path, code) => `${path}: luonnosta ei voi kirjoittaa (${code})`,
  },
  sv: {
    formats: { text: 'vanlig text', markdown: 'Markdown', html: 'HTML', docx: 'Word-dokument', pdf: 'PDF' },
    languages: { fi: 'finska', sv: 'svenska', en: 'engelska' },
    imported: (file, format, language, into) => `Importerade ${file} (${format}, ${language}) ${into}`,
    intoOne: (path) => `till ${path}`,
    intoMany: (count) => `till ${count} utkast, ett för varje register som filen innehåller:`,
    mapped: (list) => `identifierat: ${list}`,
    nothing: 'ingenting',
    left: (todos) => `kvar: ${todos} ${todos === 1 ? 'TODO-kommentar' : 'TODO-kommentarer'} med originaltexten`,
    next: (args) => `Nästa steg: seloste check ${args}`,
    exists: (path) => `${path} finns redan; ersätt den med --force, eller skriv någon annanstans med --out`,
    existsNotDraft: (path) => `${path} finns redan och är inget utkast av \`seloste import\`; flytta den, eller skriv någon annanstans med --out`,
    replacesNotice: 'utkastet skulle ersätta själva beskrivningen; välj en annan fil med --out',
    draftReplacesNotice: 'ett utkast skulle ersätta själva beskrivningen; välj en annan fil med --out',
    cannotWrite: (path, code) => `${path}: utkastet kan inte skrivas (${code})`,
  },
};
