/** The command line in English: its sentences (the help is written beside the commands in `cli.ts`). */
import type { CliTexts } from './texts.js';

export const texts: CliTexts = {
  messages: {
    noFormat: (formats) => `\`--format\` names no format; give one or more of ${formats}`,
    noLanguage: '`--lang` names no language; give one or more, e.g. `--lang fi,en`',
    unknownLanguage: (missing, available) => `no built-in language \`${missing}\`; available: ${available}`,
    badPort: (value) => `--port expects a number from 0 to 65535, got \`${value}\``,
    badCount: (value) => `--max-warnings expects a whole number, got \`${value}\``,
    unknownFormat: (unknown, expected) => `unknown format \`${unknown}\`; expected some of ${expected}`,
    badBaseUrl: (value) => `--base-url must start with https:// or http://, got \`${value}\``,
    tooManyWarnings: (warnings, maximum) => `${warnings} warnings, more than --max-warnings ${maximum}`,
    cannotWrite: (out, code) => `cannot write \`${out}\` (${code}); the previous output is unchanged`,
    nothingWritten: (out) => `nothing was written; ${out}/ is unchanged`,
    shallowClone:
      'warning: this is a shallow clone, so the history is incomplete and earlier versions of the notices are not all published; clone the whole history (in GitHub Actions: `fetch-depth: 0`)',
    notBuilt: (why, shown, hint) => `not built: ${why}${shown}${hint}`,
    unreadable: (file) => `${file} cannot be read as a register; fix the errors above`,
    undated: (file) => `${file} has no \`updated\` date; add it`,
    hasErrors: (file) => `${file} has errors`,
    staysPublished: '; its notice published earlier stays as it was until it builds again',
    useForce: ' (use --force to build it anyway)',
    pdfNotPrinted: (path, file, reason) => `the PDF \`${path}\` of ${file} could not be printed (${reason})`,
    noneBuilt: (out) => `no register could be built; ${out}/ is unchanged`,
    built: (count, languages, out, files, unchanged) =>
      `Built ${count} ${count === 1 ? 'register' : 'registers'} in ${languages} into ${out}/ (${files} files${unchanged ? `, ${unchanged} unchanged` : ''})`,
    serving: (url) => `Serving ${url} — rebuilds on every change; press Ctrl-C to stop`,
  },
};
