/**
 * Commander's error messages in another language. Commander writes them in English only, in a few
 * fixed shapes; each shape is read here and said again in the words of the language. A message of
 * a shape not listed stays as commander wrote it.
 */
import type { CommanderWords } from './texts.js';

type Say = (words: CommanderWords, match: RegExpExecArray) => string;

const ERRORS: readonly [RegExp, Say][] = [
  [/^unknown option '(.*)'$/, (w, m) => w.unknownOption(m[1]!)],
  [/^unknown command '(.*)'$/, (w, m) => w.unknownCommand(m[1]!)],
  [/^missing required argument '(.*)'$/, (w, m) => w.missingArgument(m[1]!)],
  [/^option '(.*)' argument missing$/, (w, m) => w.optionMissingArgument(m[1]!)],
  [/^too many arguments(?: for '(.*)')?\. Expected (\d+) arguments? but got (\d+)\.$/, (w, m) => w.excessArguments(m[1], m[2]!, m[3]!)],
  [/^option '(.*)' argument '(.*)' is invalid\. (.*)$/, (w, m) => w.invalidOptionValue(m[1]!, m[2]!, reason(w, m[3]!))],
  [/^command-argument value '(.*)' is invalid for argument '(.*)'\. (.*)$/, (w, m) => w.invalidArgumentValue(m[1]!, m[2]!, reason(w, m[3]!))],
];

function reason(words: CommanderWords, text: string): string {
  const choices = /^Allowed choices are (.*)\.$/.exec(text);
  return choices ? words.allowedChoices(choices[1]!) : text;
}

function translateLine(line: string, words: CommanderWords): string {
  const error = /^error: (.*)$/.exec(line);
  if (error) {
    for (const [pattern, say] of ERRORS) {
      const match = pattern.exec(error[1]!);
      if (match) return `${words.error}: ${say(words, match)}`;
    }
    return line;
  }
  const similar = /^\(Did you mean (one of )?(.*)\?\)$/.exec(line);
  if (!similar) return line;
  return similar[1] ? words.didYouMeanOneOf(similar[2]!) : words.didYouMean(similar[2]!);
}

/** An error commander writes, in `words`; unchanged without them (English). */
export function translateCommanderError(text: string, words: CommanderWords | undefined): string {
  if (!words) return text;
  return text
    .split('\n')
    .map((line) => translateLine(line, words))
    .join('\n');
}
