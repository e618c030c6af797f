/**
 * The help of a program defined in English, put into another language: descriptions from a table,
 * and commander's own words (`Usage:`, `[options]`, `default:`) through its help hooks. The option
 * flags and argument names stay as they are typed.
 */
import { Help, type Argument, type Command, type HelpConfiguration, type Option } from 'commander';
import type { CommandHelp, HelpTexts } from './texts.js';

export function localiseHelp(program: Command, texts: HelpTexts): void {
  localiseCommand(program, texts.program, texts);
  for (const command of program.commands) localiseCommand(command, texts.commands[command.name()], texts);
  program.helpCommand('help [command]', texts.help);
}

function localiseCommand(command: Command, help: CommandHelp | undefined, texts: HelpTexts): void {
  if (help) {
    command.description(help.description);
    for (const argument of command.registeredArguments) argument.description = help.arguments?.[argument.name()] ?? argument.description;
    for (const option of command.options) option.description = (option.long && help.options?.[option.long]) || option.description;
  }
  command.helpOption('-h, --help', texts.help);
  command.configureHelp(helpConfiguration(texts));
  command.showHelpAfterError(texts.afterError);
}

/** Usage words one by one: `[options]` → `[valitsimet]`; names and flags are kept. */
function usageWords(text: string, texts: HelpTexts): string {
  return text
    .split(' ')
    .map((word) => texts.usage[word] ?? word)
    .join(' ');
}

/** `(choices: …, default: …)` after a description: only the words commander added are changed. */
function extras(full: string, description: string, texts: HelpTexts): string {
  const added = full.slice(description.length).replace(/(^ ?\(|, )(choices|default): /g, (_, before: string, word: string) => `${before}${texts.extras[word] ?? word}: `);
  return `${description}${added}`;
}

function helpConfiguration(texts: HelpTexts): HelpConfiguration {
  return {
    styleTitle: (title: string) => texts.titles[title] ?? title,
    styleUsage: (usage: string) => usageWords(usage, texts),
    styleSubcommandTerm: (term: string) => usageWords(term, texts),
    optionDescription(this: Help, option: Option) {
      return extras(Help.prototype.optionDescription.call(this, option), option.description, texts);
    },
    argumentDescription(this: Help, argument: Argument) {
      return extras(Help.prototype.argumentDescription.call(this, argument), argument.description, texts);
    },
  };
}
