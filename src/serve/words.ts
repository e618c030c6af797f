/** What the preview says, in the log and on its banners, in each language of the interface. */
import type { MessageLanguage } from '../interface-language.js';

export interface PreviewWords {
  /** On a register's page: its counts, then its first errors. */
  registerBanner(errors: number, warnings: number, first: string): string;
  /** On the index pages: the registers that cannot be read. */
  unreadBanner(list: string): string;
  built(count: number, unchanged: number, errors: number, warnings: number): string;
  failed(reason: string): string;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
const then = (first: string): string => (first ? ` — ${first}` : '');

export const PREVIEW_WORDS: Record<MessageLanguage, PreviewWords> = {
  en: {
    registerBanner: (errors, warnings, first) =>
      `Preview: ${plural(errors, 'error', 'errors')}, ${plural(warnings, 'warning', 'warnings')} in this register${then(first)}`,
    unreadBanner: (list) => `Preview: not shown because they cannot be read — ${list}`,
    built: (count, unchanged, errors, warnings) =>
      `Built ${plural(count, 'register', 'registers')}${unchanged ? ` (${unchanged} unchanged)` : ''}: ${errors} errors, ${warnings} warnings`,
    failed: (reason) => `Build failed: ${reason}`,
  },
  fi: {
    registerBanner: (errors, warnings, first) =>
      `Esikatselu: tässä rekisterissä on ${plural(errors, 'virhe', 'virhettä')} ja ${plural(warnings, 'varoitus', 'varoitusta')}${then(first)}`,
    unreadBanner: (list) => `Esikatselu: näitä ei näytetä, koska niitä ei voi lukea — ${list}`,
    built: (count, unchanged, errors, warnings) =>
      `Koottiin ${plural(count, 'rekisteri', 'rekisteriä')}${unchanged ? ` (${unchanged} ennallaan)` : ''}: ${plural(errors, 'virhe', 'virhettä')}, ${plural(warnings, 'varoitus', 'varoitusta')}`,
    failed: (reason) => `Kokoaminen epäonnistui: ${reason}`,
  },
  sv: {
    registerBanner: (errors, warnings, first) =>
      `Förhandsvisning: ${errors} fel och ${plural(warnings, 'varning', 'varningar')} i det här registret${then(first)}`,
    unreadBanner: (list) => `Förhandsvisning: visas inte eftersom de inte kan läsas — ${list}`,
    built: (count, unchanged, errors, warnings) =>
      `Byggde ${count} register${unchanged ? ` (${unchanged} oförändrade)` : ''}: ${errors} fel, ${plural(warnings, 'varning', 'varningar')}`,
    failed: (reason) => `Bygget misslyckades: ${reason}`,
  },
};
