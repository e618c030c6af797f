/** The words of the editor page, one table per language of the interface (fi, sv, en). */
import type { Severity, Summary } from './api-types.js';

export const INTERFACE_LANGUAGES = ['fi', 'sv', 'en'] as const;
export type Lang = (typeof INTERFACE_LANGUAGES)[number];

export function isLang(value: unknown): value is Lang {
  return (INTERFACE_LANGUAGES as readonly unknown[]).includes(value);
}

export interface Words {
  /** The language's own name, as the language switch shows it. */
  ownName: string;
  /** Names of the languages a notice is written in, in this language. */
  languageNames: Record<string, string>;
  appName: string;
  skipLink: string;
  interfaceLanguage: string;
  mainNavigation: string;
  files: string;
  newRegister: string;
  importNotice: string;
  unreachable: string;
  notFound: string;

  // The project list.
  projectHeading(root: string): string;
  projectIntro: string;
  columnFile: string;
  columnKind: string;
  columnState: string;
  columnLanguages: string;
  register: string;
  organisation: string;
  /** The states said in words; a file with errors or warnings is said by its counts. */
  states: Record<Extract<Summary['state'], 'clean' | 'invalid'>, string>;
  counts(summary: Summary): string;
  usedBy(count: number): string;
  unsavedEdits: string;
  noFiles: string;

  // A file.
  save: string;
  saving: string;
  saved: string;
  unsaved: string;
  checking: string;
  checked: string;
  findingsHeading: string;
  noFindings: string;
  severities: Record<Severity, string>;
  lineColumn(line: number, column: number): string;
  inFile(file: string): string;
  whatToDo: string;
  ruleDoc: string;
  goToField: string;
  goToLine: string;
  preview: string;
  previewLanguage: string;
  /** The title of the preview's frame, by the code of the notice's language. */
  previewFrame(code: string): string;
  previewUnavailable: string;
  formHeading: string;
  sections: string;

  // The form.
  add(what: string): string;
  /** The visible words of an item's buttons; their accessible name adds the item: `Move up: Purpose 2`. */
  remove: string;
  moveUp: string;
  moveDown: string;
  item(what: string, n: number): string;
  itemMoved(what: string, n: number): string;
  itemRemoved(what: string): string;
  itemAdded(what: string, n: number): string;
  emptyList: string;
  notSet: string;
  yes: string;
  no: string;
  kindOfValue: string;
  alternativeList: string;
  alternativeDetails: string;
  /** The label of a text's field in one language, by its code: `in Finnish`. */
  textIn(code: string): string;
  rawHelp: string;
  rawInvalid(reason: string): string;
  addPart(what: string): string;
  removePart(what: string): string;
  fromOrganisation(file: string): string;
  /** How a date is written, in the letters of the language: `YYYY-MM-DD`. */
  datePlaceholder: string;

  // An organisation file.
  usedByHeading: string;
  usedByNone: string;
  effect(before: string, after: string): string;
  noEffect: string;

  // The text view.
  textHeading: string;
  textIntro: string;
  textLabel: string;
  openAsForm: string;

  // Conflicts and drafts.
  conflictHeading: string;
  conflictIntro: string;
  yourVersion: string;
  diskVersion: string;
  /** How many lines of a version the other does not have (they are marked). */
  differingLines(count: number): string;
  keepMine: string;
  takeDisk: string;
  draftOffer(time: string): string;
  restore: string;
  discard: string;

  // A new register.
  newHeading: string;
  newIntro: string;
  create: string;
  creating: string;
  addPurpose: string;
  addCategory: string;
  addRecipient: string;
  addTransfer: string;
  transferItem(n: number): string;
  country: string;
  dataFromPerson: string;

  // Import.
  importHeading: string;
  importIntro: string;
  dropHere: string;
  chooseFile: string;
  importing(name: string): string;
  imported(count: number, todos: number): string;
}
