/** The preview's banners: a register's own problems on its page, unreadable registers on the index. */
import { countBySeverity, type Diagnostic } from '../diagnostic.js';
import type { MessageLanguage } from '../interface-language.js';
import type { CheckResult, FileResult } from '../pipeline.js';
import { PREVIEW_WORDS } from './words.js';

/** The banner on a register's page: its error and warning counts and its first errors. */
export function registerBanner(file: FileResult, language: MessageLanguage = 'en'): string | undefined {
  const { errors, warnings } = countBySeverity(file.diagnostics);
  if (!errors && !warnings) return undefined;
  const first = file.diagnostics.filter((d) => d.severity === 'error').slice(0, 3);
  const list = first.map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`).join(' · ');
  return PREVIEW_WORDS[language].registerBanner(errors, warnings, list);
}

/**
 * The banner on the index pages: the registers that have no page because they cannot be read.
 * A register taken over unchanged from the last preview build was read then and has its page, so
 * it is not one of them.
 */
export function siteBanner(check: CheckResult): string | undefined {
  const unread = check.files.filter((f) => !f.loaded && !f.reused);
  if (!unread.length) return undefined;
  return PREVIEW_WORDS[check.config.messageLanguage].unreadBanner(unread.map(describe).join(' · '));
}

function describe(file: FileResult): string {
  const first: Diagnostic | undefined = file.diagnostics[0];
  return first ? `${file.file}:${first.line}:${first.column} ${first.message}` : file.file;
}
