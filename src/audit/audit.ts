/**
 * `seloste audit`'s work on one notice file as published: read it as `seloste import` does, split it
 * into the registers it describes, check each draft in memory, and report every finding at the line
 * of the original where it is or where it belongs, with what the notice's own text says of the rights.
 */
import type { Config } from '../config/config.js';
import { compareDiagnostics, uniqueDiagnostics, type Diagnostic, type Severity } from '../diagnostic.js';
import { docUrl } from '../docs-url.js';
import type { Format } from '../import/document/block.js';
import { readNotice } from '../import/input.js';
import { importPart, type ImportResult } from '../import/import.js';
import type { Lang } from '../import/draft/state.js';
import { registerParts } from '../import/registers.js';
import type { Environment, MessageLanguage } from '../interface-language.js';
import type { Register } from '../types.js';
import { conditionFindings } from './conditions.js';
import { consentBesideFindings } from './consent-beside.js';
import { collectsNothing } from './collects-nothing.js';
import { checkDraft, type CheckedDraft } from './draft-check.js';
import type { AuditFinding } from './finding.js';
import { auditMessage } from './messages.js';
import { atEachMention } from './each-mention.js';
import { anonymousTrackingFindings } from './anonymous-tracking.js';
import { unnamedControllerFindings } from './controller-unnamed.js';
import { browserOnlyFindings } from './browser-only.js';
import { messageIdOf } from './message-id.js';
import { passagesOf, registerStart, type Passage } from './passages.js';
import { withPage } from './pdf-page.js';
import { besideItsBasis, placeFinding } from './place.js';
import { lineOfQuote } from './quoted-line.js';
import { interestsMerged } from './interests-merged.js';
import { withoutRepeats } from './repeats.js';
import { eitherMechanismFindings } from './either-mechanism.js';
import { consentByUseFindings } from './consent-by-use.js';
import { retentionKindFindings } from './retention-kinds.js';
import { unbasedLogFindings } from './logs-unbased.js';
import { unlistedProviderFindings } from './providers-unlisted.js';
import { rightsFindings } from './rights-findings.js';
import { settledBeside, settledByText } from './settled.js';
import { settledAtPlace } from './settled-at-place.js';
import type { StatedRight } from './rights-words.js';

export interface AuditOptions {
  cwd: string;
  env?: Environment;
  lang?: Lang;
}

export interface AuditedRegister {
  draft: ImportResult;
  passages: Passage[];
  /** Every finding on this register, in the original. */
  diagnostics: Diagnostic[];
  /** The rights that apply and that the notice does not state. */
  missingRights: StatedRight[];
  /** The language the findings are written in. */
  language: MessageLanguage;
  /** The line that says no personal data reach the publisher: only the wording, the date and providers outside the EEA are then audited. */
  collectsNothing?: number;
}

export interface AuditResult {
  file: string;
  format: Format;
  registers: AuditedRegister[];
  diagnostics: Diagnostic[];
}

/** A finding of a rule on the draft, moved to its place in the original; none where the notice settles it there. */
function moved(d: Diagnostic, file: string, checked: CheckedDraft, passages: readonly Passage[], start: number, source: readonly string[] | undefined): Diagnostic[] {
  const place = placeFinding(d, checked, passages, start);
  if (settledAtPlace(d, place.passage, passages) || settledBeside(d, place.passage, passages)) return [];
  const beside = besideItsBasis(d, place.passage, passages);
  const line = beside && beside !== place.passage ? beside.line : place.passage ? lineOfQuote(d.message, place.passage, passages, source) : place.line;
  return [{ ...d, file, line, column: 1, endLine: line, endColumn: 1 }];
}

/** The severity the project's config gives an audit finding, or none when the rule is off. */
function severityIn(config: Config, f: AuditFinding): Severity | undefined {
  const setting = config.rules[f.ruleId];
  if (setting === 'off') return undefined;
  return setting === 'warn' ? 'warning' : setting === 'error' ? 'error' : f.severity;
}

function written(f: AuditFinding, file: string, config: Config, lang: MessageLanguage): Diagnostic | undefined {
  const severity = severityIn(config, f);
  if (!severity) return undefined;
  const message = auditMessage(f.ruleId, f.messageId, f.params, lang);
  return { file, line: f.line, column: 1, endLine: f.line, endColumn: 1, ruleId: f.ruleId, severity, message, url: docUrl(f.ruleId, config.docsBaseUrl) };
}

/**
 * A finding `check` makes on the draft already: a tracking tool called anonymous that the draft names
 * too, or consent worded as none (at the same line), the browser as the only way to refuse cookies
 * (said of the cookie section); a controller never named, where the draft's finding on its contact says
 * what to add.
 */
function saidOnDraft(f: AuditFinding, onDraft: readonly Diagnostic[]): boolean {
  if (f.messageId === 'unnamed') return onDraft.some((d) => d.ruleId === 'controller-contact');
  if (f.messageId === 'anonymousTracking' || (f.ruleId === 'invalid-consent' && f.messageId !== 'browser')) return onDraft.some((d) => d.ruleId === f.ruleId && d.line === f.line);
  return f.messageId === 'browser' && onDraft.some((d) => d.ruleId === f.ruleId && messageIdOf(d) === 'browser');
}

/** What is asked of a notice that says no personal data reach its publisher: its wording, its date, and the providers outside the EEA it sends visitors to. */
const ASKED_OF_NOTHING = new Set(['notice-date', 'outdated-reference', 'placeholder-text', 'contradiction', 'vague-language', 'invalid-consent', 'provider-transfer']);

async function auditPart(result: ImportResult, passages: Passage[], file: string, options: AuditOptions, alone: boolean, source?: readonly string[]): Promise<AuditedRegister> {
  const checked = await checkDraft(result, passages, file, options);
  const register = result.register as unknown as Register;
  const start = registerStart(passages, typeof register.name === 'string' ? register.name : Object.values(register.name ?? {})[0], alone);
  const nothing = collectsNothing(passages);
  if (nothing) checked.diagnostics = checked.diagnostics.filter((d) => ASKED_OF_NOTHING.has(d.ruleId));
  const own = nothing ? [] : [...rightsFindings(register, passages, start), ...conditionFindings(passages), ...consentBesideFindings(passages), ...retentionKindFindings(register, passages), ...unbasedLogFindings(register, passages), ...unlistedProviderFindings(register, passages), ...anonymousTrackingFindings(passages), ...unnamedControllerFindings(register, passages), ...browserOnlyFindings(passages), ...eitherMechanismFindings(passages), ...consentByUseFindings(passages)];
  const missingRights = own.filter((f) => f.ruleId === 'right-missing').map((f) => f.params['right'] as StatedRight);
  const onDraft = checked.diagnostics
    .filter((d) => !settledByText(d, passages, missingRights))
    .flatMap((d) => moved(d, file, checked, passages, start, source))
    .flatMap((d) => atEachMention(d, passages, start, source));
  const ownWritten = own.filter((f) => !saidOnDraft(f, onDraft)).flatMap((f) => written(f, file, checked.config, checked.config.messageLanguage) ?? []);
  const diagnostics = withoutRepeats(interestsMerged(uniqueDiagnostics([...onDraft, ...ownWritten]), passages, checked.config.messageLanguage));
  return { draft: result, passages, diagnostics, missingRights, language: checked.config.messageLanguage, ...(nothing ? { collectsNothing: nothing.line } : {}) };
}

/** Audit a notice from its bytes; `file` is the name it is reported under. */
export async function auditBytes(bytes: Uint8Array, file: string, options: AuditOptions): Promise<AuditResult | { problem: string }> {
  const read = await readNotice(bytes, file);
  if (read.problem !== undefined) return read;
  const registers: AuditedRegister[] = [];
  // The lines of a text file, where passages are found; Word and PDF have only the reader's lines.
  const source = read.format === 'docx' || read.format === 'pdf' ? undefined : new TextDecoder().decode(bytes).normalize('NFC').split(/\r\n|\r|\n/u);
  const parts = registerParts(read.blocks, options.lang);
  for (const part of parts) {
    const result = importPart(part, read.format, { source: file, ...(read.page ? { page: read.page } : {}) });
    const audited = await auditPart(result, passagesOf(part.outline, source), file, options, parts.length === 1, source);
    const { pageStarts } = read;
    if (pageStarts) audited.diagnostics = audited.diagnostics.map((d) => withPage(d, pageStarts, audited.language));
    registers.push(audited);
  }
  const diagnostics = uniqueDiagnostics(registers.flatMap((r) => r.diagnostics)).sort(compareDiagnostics);
  return { file, format: read.format, registers, diagnostics };
}
