/**
 * The quick fixes of `seloste lsp`: each one offered, applied and checked again, removes the
 * diagnostic it was offered for and leaves well-formed YAML; none is offered where the fix is not certain.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic as LspDiagnostic } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActions } from '../src/lsp/code-actions.js';
import { toLspDiagnostic } from '../src/lsp/diagnostics.js';
import { checkPaths, checkSharedFile } from '../src/pipeline.js';
import { FIXTURES, ROOT, tempProject } from './helpers.js';

const LANGUAGES = ['fi', 'en', 'sv'];

/** What the editor shows for a register's text, checked as it would be. */
async function shown(path: string, text: string): Promise<LspDiagnostic[]> {
  const result = await checkPaths({ cwd: ROOT, paths: [path], texts: new Map([[path, text]]) });
  return result.files[0]!.diagnostics.map(toLspDiagnostic);
}

function fixes(path: string, text: string, diagnostic: LspDiagnostic): CodeAction[] {
  const document = TextDocument.create(`file://${path}`, 'yaml', 1, text);
  return codeActions(document, [diagnostic], LANGUAGES);
}

function apply(path: string, text: string, action: CodeAction): string {
  const document = TextDocument.create(`file://${path}`, 'yaml', 1, text);
  return TextDocument.applyEdits(document, action.edit!.changes![document.uri]!);
}

const same = (a: LspDiagnostic) => (b: LspDiagnostic) => b.code === a.code && b.range.start.line === a.range.start.line && b.range.start.character === a.range.start.character;

/** Every fix offered for a register's text, applied one at a time: the diagnostic is gone after it, and the text still reads as YAML. */
async function everyFix(path: string, text: string): Promise<{ titles: string[]; left: string[] }> {
  const titles: string[] = [];
  const left: string[] = [];
  for (const diagnostic of await shown(path, text)) {
    for (const action of fixes(path, text, diagnostic)) {
      titles.push(action.title);
      const after = await shown(path, apply(path, text, action));
      if (after.some(same(diagnostic)) || after.some((d) => String(d.code).startsWith('yaml/'))) left.push(`${action.title}: ${JSON.stringify(after)}`);
    }
  }
  return { titles, left };
}

describe('quick fixes', () => {
  it('a misspelt key or value becomes the one the message suggests, where that leaves no duplicate key', async () => {
    const path = join(FIXTURES, 'format', 'errors.yaml');
    const { titles, left } = await everyFix(path, readFileSync(path, 'utf8'));
    // `controler` is not offered: the map has a `controller` already.
    expect(titles).toEqual(['Replace `concent` with `consent`']);
    expect(left).toEqual([]);
  });

  it('a misspelt key is replaced, quoted or not as YAML needs', async () => {
    const path = join(FIXTURES, 'format', 'typo.yaml');
    const text = 'name: {fi: Rekisteri}\nupdated: 2026-01-15\ncontroler: {name: Acme Oy}\npurposes:\n  - description: {fi: X}\n    legal_basis: "concent"\n';
    const { titles, left } = await everyFix(path, text);
    expect(titles).toEqual(['Replace `controler` with `controller`', 'Replace `"concent"` with `consent`']);
    expect(left).toEqual([]);
  });

  it('a purpose on consent gets `consent.how_to_withdraw`, added to its `consent` or with it', async () => {
    const path = join(FIXTURES, 'rules', 'consent-withdrawal', 'fail.yaml');
    const text = readFileSync(path, 'utf8');
    const { titles, left } = await everyFix(path, text);
    expect(titles).toHaveLength(2);
    expect(left).toEqual([]);
    const [first, second] = (await shown(path, text)).filter((d) => d.code === 'consent-withdrawal');
    expect(apply(path, text, fixes(path, text, first!)[0]!)).toContain(
      '    direct_marketing: true\n    consent:\n      how_to_withdraw:\n        fi: ""\n        en: ""\n        sv: ""\n  - description:',
    );
    expect(apply(path, text, fixes(path, text, second!)[0]!)).toContain(
      '      how_given: {fi: Rastittamalla kohta ilmoittautumislomakkeella}\n      how_to_withdraw:\n        fi: ""\n        en: ""\n        sv: ""\nrights:',
    );
  });

  it('a purpose at the end of a text without a last line break gets one before the fix', async () => {
    const path = join(FIXTURES, 'rules', 'consent-withdrawal', 'last.yaml');
    const text = 'name: {fi: Uutiskirje}\nupdated: 2026-01-15\npurposes:\n  - description: {fi: Uutiskirje}\n    legal_basis: consent';
    const { titles, left } = await everyFix(path, text);
    expect(titles).toHaveLength(1);
    expect(left).toEqual([]);
  });

  it('offers no fix where none is certain: a purpose or consent written on one line, consent for the whole register, a restricted right', async () => {
    const path = join(FIXTURES, 'rules', 'consent-withdrawal', 'flow.yaml');
    const flow = [
      'name: {fi: Uutiskirje}',
      'updated: 2026-01-15',
      'legal_bases: [consent]',
      'purposes:',
      '  - {description: {fi: Uutiskirje}, legal_basis: consent}',
      '  - description: {fi: Tapahtumat}',
      '    legal_basis: consent',
      '    consent: {how_given: {fi: Lomakkeella}}',
      'rights:',
      '  restrictions:',
      '    - right: withdraw_consent',
      '      ground: {fi: Ei voi.}',
      '',
    ].join('\n');
    const found = (await shown(path, flow)).filter((d) => d.code === 'consent-withdrawal');
    expect(found).toHaveLength(3);
    expect((await everyFix(path, flow)).titles).toEqual([]);
  });

  it('a language code of the config in capitals becomes the lower-case one', async () => {
    const { dir, cleanup } = tempProject({ 'seloste.config.yaml': 'languages: [fi, EN]\n' });
    try {
      const path = join(dir, 'seloste.config.yaml');
      const text = readFileSync(path, 'utf8');
      const [diagnostic] = (await checkSharedFile({ cwd: dir, path })).map(toLspDiagnostic);
      const [action, ...none] = fixes(path, text, diagnostic!);
      expect(none).toEqual([]);
      const fixed = apply(path, text, action!);
      expect(fixed).toBe('languages: [fi, en]\n');
      expect(await checkSharedFile({ cwd: dir, path, texts: new Map([[path, fixed]]) })).toEqual([]);
    } finally {
      cleanup();
    }
  });
});
