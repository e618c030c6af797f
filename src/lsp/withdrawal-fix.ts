/**
 * The quick fix for a purpose resting on consent that does not say how to withdraw it
 * (`consent-withdrawal`): `consent.how_to_withdraw` added to the purpose, with an empty text in each
 * language of the project for the author to write.
 */
import { TextEdit, type Diagnostic as LspDiagnostic } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { parseSource } from '../load/parse.js';
import type { Source } from '../load/source.js';
import { appendPoint, itemStartingAt } from '../load/yaml-ast.js';
import type { Fix } from './fix.js';

interface Purpose {
  legal_basis?: unknown;
  consent?: unknown;
}

/** A purpose on consent that says nothing of withdrawing it: no `consent`, or a `consent` map without `how_to_withdraw`. */
function lacksWithdrawal(purpose: Purpose): boolean {
  const { consent } = purpose;
  if (purpose.legal_basis !== 'consent') return false;
  return consent === undefined || (typeof consent === 'object' && consent !== null && !Array.isArray(consent) && !('how_to_withdraw' in consent));
}

/** The lines to add, unindented: the whole `consent` map, or `how_to_withdraw` in the one there. */
function skeleton(hasConsent: boolean, languages: readonly string[]): string[] {
  const texts = languages.map((lang) => `  ${lang}: ""`);
  return hasConsent ? ['how_to_withdraw:', ...texts] : ['consent:', ...['how_to_withdraw:', ...texts].map((line) => `  ${line}`)];
}

export function withdrawalFix(document: TextDocument, diagnostic: LspDiagnostic, languages: readonly string[]): Fix | undefined {
  if (diagnostic.code !== 'consent-withdrawal' || !languages.length) return undefined;
  const text = document.getText();
  const source: Source = { file: '', path: '', text };
  if (parseSource(source).length || !source.doc) return undefined;
  // The finding is on the purpose: the item of `purposes` that starts where it does.
  const index = itemStartingAt(source.doc, ['purposes'], document.offsetAt(diagnostic.range.start));
  if (index === undefined) return undefined;
  const purpose = ((source.data as { purposes?: unknown[] }).purposes?.[index] ?? {}) as Purpose;
  if (!lacksWithdrawal(purpose)) return undefined;
  const hasConsent = purpose.consent !== undefined;
  const at = appendPoint(source.doc, text, hasConsent ? ['purposes', index, 'consent'] : ['purposes', index]);
  if (!at) return undefined;
  const lines = skeleton(hasConsent, languages).map((line) => `${' '.repeat(at.indent)}${line}\n`);
  const before = at.offset === text.length && text && !text.endsWith('\n') ? '\n' : '';
  return {
    title: 'Add `consent.how_to_withdraw`, with an empty text in each language to write',
    edit: TextEdit.insert(document.positionAt(at.offset), `${before}${lines.join('')}`),
  };
}
