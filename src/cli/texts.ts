/**
 * What the command line says, per language. The commands are defined in English in `cli.ts`; a
 * table for another language gives the help of each command by name, of each option by its long
 * flag and of each argument by its name, and the words commander writes itself.
 */
import type { MessageLanguage } from '../interface-language.js';

/** The help of one command: its description, its arguments' by name, its options' by long flag (`--format`). */
export interface CommandHelp {
  description: string;
  arguments?: Readonly<Record<string, string>>;
  options?: Readonly<Record<string, string>>;
}

/** The help of the program and its commands in a language other than English. */
export interface HelpTexts {
  program: CommandHelp;
  commands: Readonly<Record<string, CommandHelp>>;
  /** The help option and the help command: `display help for command`. */
  help: string;
  /** Section titles, by commander's English: `Usage:`, `Options:`, `Commands:`, `Arguments:`. */
  titles: Readonly<Record<string, string>>;
  /** Words of usage lines: `[options]`, `[command]`. */
  usage: Readonly<Record<string, string>>;
  /** What commander adds after a description: `choices`, `default`. */
  extras: Readonly<Record<string, string>>;
  /** After a usage error: where the help is. */
  afterError: string;
}

/** Commander's error messages, which it writes in English. */
export interface CommanderWords {
  error: string;
  unknownOption(flag: string): string;
  unknownCommand(name: string): string;
  missingArgument(name: string): string;
  optionMissingArgument(flags: string): string;
  excessArguments(command: string | undefined, expected: string, received: string): string;
  invalidOptionValue(flags: string, value: string, reason: string): string;
  invalidArgumentValue(value: string, name: string, reason: string): string;
  allowedChoices(choices: string): string;
  didYouMean(similar: string): string;
  didYouMeanOneOf(similar: string): string;
}

/** The sentences of `cli.ts` itself: usage errors and what a command did. */
export interface CliMessages {
  noFormat(formats: string): string;
  noLanguage: string;
  unknownLanguage(missing: string, available: string): string;
  badPort(value: string): string;
  badCount(value: string): string;
  unknownFormat(unknown: string, expected: string): string;
  badBaseUrl(value: string): string;
  tooManyWarnings(warnings: number, maximum: number): string;
  cannotWrite(out: string, code: string): string;
  nothingWritten(out: string): string;
  shallowClone: string;
  notBuilt(why: string, shown: string, hint: string): string;
  unreadable(file: string): string;
  undated(file: string): string;
  hasErrors(file: string): string;
  staysPublished: string;
  useForce: string;
  pdfNotPrinted(path: string, file: string, reason: string): string;
  noneBuilt(out: string): string;
  built(count: number, languages: string, out: string, files: number, unchanged: number): string;
  serving(url: string): string;
}

export interface CliTexts {
  /** Absent in English: the commands are defined in it. */
  help?: HelpTexts;
  commander?: CommanderWords;
  messages: CliMessages;
}

/** The table of one language, loaded only when it is spoken: `check` starts as fast in each. */
export async function loadCliTexts(language: MessageLanguage): Promise<CliTexts> {
  switch (language) {
    case 'fi':
      return (await import('./fi.js')).texts;
    case 'sv':
      return (await import('./sv.js')).texts;
    default:
      return (await import('./en.js')).texts;
  }
}
