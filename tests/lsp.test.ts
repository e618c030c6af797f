/**
 * `seloste lsp` with a real client over stdio: open a register, break it and fix it as an author
 * would, take the quick fixes, read the hover, edit the organisation file it draws on (in the editor
 * and on disk), feed it bad input, close it and shut the server down.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic, Hover, MarkupContent, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { allDiagnostics, checkPaths } from '../src/pipeline.js';
import { ROOT, tempProject } from './helpers.js';
import { TestClient, uriOf } from './lsp-client.js';

const TIMEOUT = 60_000;

function codes(params: PublishDiagnosticsParams): string[] {
  return params.diagnostics.map((d) => String(d.code));
}

describe('seloste lsp, with a client over stdio', () => {
  let dir: string;
  let cleanup: () => void;
  let client: TestClient;
  let register: string;
  let uri: string;
  let org: string;
  let orgUri: string;
  let original: string;
  let document: TextDocument;

  /** Send the document's new text, and wait for the diagnostics of that version. */
  async function edit(text: string): Promise<PublishDiagnosticsParams> {
    document = TextDocument.create(uri, 'yaml', document.version + 1, text);
    const published = client.next(uri, (p) => p.version === document.version);
    await client.change(uri, document.version, text);
    return published;
  }

  async function fixesFor(diagnostic: Diagnostic): Promise<CodeAction[]> {
    return client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
  }

  function applied(action: CodeAction): string {
    return TextDocument.applyEdits(document, action.edit!.changes![uri]!);
  }

  beforeAll(async () => {
    ({ dir, cleanup } = tempProject({ 'seloste.config.yaml': readFileSync(join(ROOT, 'seloste.config.yaml'), 'utf8') }));
    cpSync(join(ROOT, 'notices'), join(dir, 'notices'), { recursive: true });
    register = join(dir, 'notices', 'lumo-customers.yaml');
    org = join(dir, 'notices', 'lumo.org.yaml');
    uri = uriOf(register);
    orgUri = uriOf(org);
    original = readFileSync(register, 'utf8');
    document = TextDocument.create(uri, 'yaml', 1, original);
    const started = await TestClient.start(dir);
    client = started.client;
    expect(started.init.capabilities).toMatchObject({ hoverProvider: true, codeActionProvider: { codeActionKinds: ['quickfix'] } });
  }, TIMEOUT);

  afterAll(() => {
    // A server left running by a failed test is ended here.
    if (client.child.exitCode === null) client.child.kill();
    cleanup();
  });

  it('asks the editor to watch organisation files and the config', async () => {
    const published = client.next(uri);
    await client.open(uri, original);
    expect((await published).diagnostics).toEqual([]);
    const registration = client.requests.find((r) => r.method === 'client/registerCapability');
    expect(JSON.stringify(registration?.params)).toContain('**/seloste.config.yaml');
  }, TIMEOUT);

  it('reports a misspelt value as it is typed, and its quick fix removes it', async () => {
    const broken = await edit(original.replace('legal_basis: contract', 'legal_basis: contrakt'));
    const enumDiagnostic = broken.diagnostics.find((d) => d.code === 'schema/enum')!;
    expect(enumDiagnostic).toMatchObject({
      range: { start: { line: 46, character: 17 }, end: { line: 46, character: 25 } },
      severity: 1,
      source: 'seloste',
      codeDescription: { href: expect.stringMatching(/^file:.*\/docs\/rules\/schema\.md#enum$/) },
      data: { expected: ['contract'] },
    });
    // An editor that drops the diagnostic's data gets the fix all the same.
    const [fix, ...others] = await fixesFor({ ...enumDiagnostic, data: undefined });
    expect(others).toEqual([]);
    expect(fix).toMatchObject({ title: 'Replace `contrakt` with `contract`', kind: 'quickfix', isPreferred: true });
    expect(applied(fix!)).toBe(original);
    expect((await edit(applied(fix!))).diagnostics).toEqual([]);
  }, TIMEOUT);

  it('adds the missing way to withdraw consent in every language of the project, and says what the rule is on hover', async () => {
    const withdrawal = /\n {6}how_to_withdraw:\n(?: {8}\w\w: .*\n){3}/;
    expect(original).toMatch(withdrawal);
    const broken = await edit(original.replace(withdrawal, '\n'));
    const finding = broken.diagnostics.find((d) => d.code === 'consent-withdrawal')!;
    expect(finding.range.start.line).toBe(59);
    const hover: Hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: finding.range.start });
    const markdown = (hover.contents as MarkupContent).value;
    expect(markdown).toMatch(/^# consent-withdrawal\n/);
    expect(markdown).toContain('**Enforces**: GDPR Art. 7(3)');
    expect(markdown).not.toContain('## Fails');
    expect(markdown).toContain(`(${finding.codeDescription!.href})`);
    const [fix] = await fixesFor(finding);
    const text = applied(fix!);
    expect(text).toContain('      how_to_withdraw:\n        fi: ""\n        en: ""\n        sv: ""\n  - id: postal-marketing');
    const fixed = await edit(text);
    expect(codes(fixed)).not.toContain('consent-withdrawal');
    // What is left is the empty texts for the author to write, on the lines the fix added.
    const added = text.split('\n').indexOf('      how_to_withdraw:');
    expect(new Set(fixed.diagnostics.map((d) => d.range.start.line))).toEqual(new Set([added, added + 1, added + 2, added + 3]));
    await edit(original);
  }, TIMEOUT);

  it('checks the register again when the organisation file it draws on is edited, unsaved or on disk', async () => {
    const orgText = readFileSync(org, 'utf8');
    const orgPublished = client.next(orgUri, (p) => p.version === 1);
    await client.open(orgUri, orgText);
    expect((await orgPublished).diagnostics).toEqual([]);
    const registerBroken = client.next(uri, (p) => codes(p).includes('controller-contact'));
    const orgBroken = client.next(orgUri, (p) => p.version === 2);
    await client.change(orgUri, 2, orgText.replace('controller:', 'controler:'));
    expect(codes(await orgBroken)).toEqual(['schema/unknown-key']);
    await registerBroken;
    // Closed unsaved, the file on disk counts again.
    const registerBack = client.next(uri, (p) => p.diagnostics.length === 0);
    const orgCleared = client.next(orgUri);
    await client.close(orgUri);
    expect((await orgCleared).diagnostics).toEqual([]);
    await registerBack;
    writeFileSync(org, orgText.replace('controller:', 'controler:'));
    const onDisk = client.next(uri, (p) => codes(p).includes('controller-contact'));
    const orgOnDisk = client.next(orgUri);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: orgUri, type: 2 }] });
    await onDisk;
    // The organisation file is not open, and shows what `check` reports in it all the same.
    expect(codes(await orgOnDisk)).toEqual(['schema/unknown-key']);
    writeFileSync(org, orgText);
  }, TIMEOUT);

  it('checks the open registers again when the config changes on disk', async () => {
    const config = join(dir, 'seloste.config.yaml');
    const text = readFileSync(config, 'utf8');
    await edit(original.replace('legal_basis: contract', 'legal_basis: contrakt'));
    const inFinnish = client.next(uri, (p) => p.diagnostics.some((d) => String(d.message).startsWith('Tuntematon arvo `contrakt`')));
    writeFileSync(config, `${text}message_language: fi\n`);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(config), type: 2 }] });
    await inFinnish;
    const inEnglish = client.next(uri, (p) => p.diagnostics.some((d) => String(d.message).startsWith('Unexpected value `contrakt`')));
    writeFileSync(config, text);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(config), type: 2 }] });
    await inEnglish;
    expect((await edit(original)).diagnostics).toEqual([]);
  }, TIMEOUT);

  it('gives bad input the diagnostics `check` gives it, and goes on serving', async () => {
    const bad = [
      `${original}\nbroken: [unclosed\n`,
      'name:\n\tfi: Sarkain\n',
      '- a list\n',
      '',
      'a: 1\n---\nb: 2\n',
      'a: &x [*x, *x]\n',
      `name: {fi: ${'['.repeat(5000)}\n`,
      `# ${'x'.repeat(1024 * 1024)}\n`,
    ];
    for (const text of bad) {
      const published = await edit(text);
      // As `check` reports them: each problem once.
      const expected = await checkPaths({ cwd: dir, paths: [register], texts: new Map([[register, text]]) });
      expect(published.diagnostics.map((d) => [d.code, d.range.start.line + 1, d.range.start.character + 1, d.message])).toEqual(
        allDiagnostics(expected).map((d) => [d.ruleId, d.line, d.column, d.message]),
      );
      expect(codes(published)[0]).toMatch(/^(yaml|file|schema)\//);
    }
    // Messages about documents it does not hold are passed over.
    await client.open('untitled:Untitled-1', 'name: [');
    await client.change(uriOf(join(dir, 'notices', 'never-opened.yaml')), 2, 'name: [');
    expect(await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: 'untitled:Untitled-1' }, position: { line: 0, character: 0 } })).toBeNull();
    expect((await edit(original)).diagnostics).toEqual([]);
  }, TIMEOUT);

  it('clears the diagnostics of a closed document and exits when asked', async () => {
    await edit(original.replace('legal_basis: contract', 'legal_basis: contrakt'));
    const cleared = client.next(uri);
    await client.close(uri);
    expect(await cleared).toEqual({ uri, diagnostics: [] });
    expect(await client.stop()).toBe(0);
  }, TIMEOUT);
});
