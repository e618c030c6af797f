/**
 * What a person reads after an audit: per register of the notice, which parts are missing, which
 * need fixing and which are fine, in the interface language, and what to do next.
 */
import type { MessageLanguage } from '../interface-language.js';
import type { AuditedRegister, AuditResult } from './audit.js';
import { SUMMARY_WORDS, type PartId } from './summary-words.js';

/** The parts of a notice, the draft key that holds each, and the rules that speak of it. */
const PARTS: readonly { id: PartId; key: string; rules: readonly string[] }[] = [
  { id: 'controller', key: 'controller', rules: ['controller-contact', 'business-id', 'representative', 'joint-controllers'] },
  { id: 'dpo', key: 'dpo', rules: ['dpo-contact', 'dpo-shared-contact'] },
  { id: 'purposes', key: 'purposes', rules: ['legal-basis', 'legitimate-interest', 'consent-withdrawal', 'invalid-consent', 'special-category-condition', 'children'] },
  { id: 'data', key: 'data_categories', rules: ['data-categories', 'provision-requirement', 'personal-identity-code'] },
  { id: 'sources', key: 'sources', rules: ['data-sources'] },
  { id: 'recipients', key: 'recipients', rules: ['recipients'] },
  { id: 'transfers', key: 'transfers', rules: ['transfer-consistency', 'transfer-mechanism', 'provider-transfer'] },
  { id: 'retention', key: 'retention', rules: ['retention'] },
  { id: 'rights', key: 'rights', rules: ['right-missing', 'right-limited', 'right-condition', 'access-charge', 'response-time', 'right-to-object', 'rights-restriction'] },
  { id: 'complaint', key: 'supervisory_authority', rules: ['complaint-authority', 'supervisory-authority'] },
  { id: 'automated', key: 'automated_decisions', rules: ['automated-decisions'] },
  { id: 'date', key: 'updated', rules: ['notice-date'] },
  { id: 'wording', key: 'description', rules: ['contradiction', 'vague-language', 'outdated-reference', 'placeholder-text'] },
];

/** A part is missing, has something to fix, is fine, or is not in the notice and nothing found asks for it. */
type State = 'missing' | 'fix' | 'fine' | 'absent';

function stateOf(part: (typeof PARTS)[number], audited: AuditedRegister): State {
  const register = audited.draft.register;
  const own = audited.diagnostics.filter((d) => part.rules.includes(d.ruleId));
  // The authority a complaint goes to is missing with the right to complain.
  if (part.id === 'complaint' && audited.missingRights.includes('complaint')) return 'missing';
  // A date given as a month or a year is a date the notice states, though the draft's `updated` needs a day.
  if (part.id === 'date' && !own.length && audited.draft.partialDate !== undefined) return 'fine';
  if (!own.length) return register[part.key] === undefined && part.id !== 'rights' && part.id !== 'wording' ? 'absent' : 'fine';
  if (part.id === 'rights') return own.every((d) => d.ruleId === 'right-missing') ? 'missing' : 'fix';
  return register[part.key] === undefined && part.id !== 'wording' ? 'missing' : 'fix';
}

function registerSummary(audited: AuditedRegister, lang: MessageLanguage): string[] {
  const words = SUMMARY_WORDS[lang];
  if (audited.collectsNothing !== undefined) return [`  ${words.nothing(audited.collectsNothing)}`, ...findingsLine(audited, words)];
  const by: Record<State, string[]> = { missing: [], fix: [], fine: [], absent: [] };
  for (const part of PARTS) by[stateOf(part, audited)].push(words.parts[part.id]);
  const rights = audited.missingRights.map((r) => words.rights[r]);
  const lines = [`  ${words.missing}: ${by.missing.join(', ') || '–'}`];
  if (rights.length) lines.push(`    ${words.rightsMissing}: ${rights.join(', ')}`);
  lines.push(`  ${words.fix}: ${by.fix.join(', ') || '–'}`, `  ${words.fine}: ${by.fine.join(', ') || '–'}`);
  if (by.absent.length) lines.push(`  ${words.absent}: ${by.absent.join(', ')}`);
  return lines;
}

/** Of a notice that collects nothing, what is still to fix in its wording and date. */
function findingsLine(audited: AuditedRegister, words: (typeof SUMMARY_WORDS)[MessageLanguage]): string[] {
  const parts = PARTS.filter((p) => audited.diagnostics.some((d) => p.rules.includes(d.ruleId))).map((p) => words.parts[p.id]);
  return [`  ${words.fix}: ${parts.join(', ') || '–'}`];
}

function title(audited: AuditedRegister, index: number, lang: MessageLanguage): string {
  const name = audited.draft.register['name'];
  const text = typeof name === 'string' ? name : name && typeof name === 'object' ? Object.values(name as Record<string, string>)[0] : undefined;
  return text && !/^TODO/u.test(text) ? text : SUMMARY_WORDS[lang].register(index + 1);
}

/** The summary of one audited notice file, as lines of text ending with a newline. */
export function formatAuditSummary(result: AuditResult, lang: MessageLanguage): string {
  const words = SUMMARY_WORDS[lang];
  const lines: string[] = [];
  result.registers.forEach((audited, i) => {
    lines.push(`${title(audited, i, lang)} (${result.file})`, ...registerSummary(audited, lang));
  });
  lines.push(words.next(result.file));
  return `${lines.join('\n')}\n`;
}
