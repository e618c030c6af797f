/**
 * The editor and the command line agree: every register of the rule fixtures, the format fixtures,
 * the editor's own fixture (problems in an organisation file) and notices/, opened in `seloste lsp`,
 * shows in every file what `seloste check` reports on it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic as LspDiagnostic } from 'vscode-languageserver-protocol';
import type { Diagnostic, Severity } from '../src/diagnostic.js';
import { cli, ROOT } from './helpers.js';
import { TestClient, uriOf } from './lsp-client.js';

const SEVERITY: Severity[] = ['error', 'warning', 'info'];

/** The registers `seloste check` finds under a folder, as paths from the project. */
function registers(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.ya?ml$/.test(f) && !/\.org\.ya?ml$/.test(f) && !f.endsWith('seloste.config.yaml'))
    .map((f) => `${folder}/${f.split(sep).join('/')}`)
    .sort();
}

const FILES = [...registers('tests/fixtures/rules'), ...registers('tests/fixtures/format'), ...registers('tests/fixtures/editor'), ...registers('notices')];

/** A finding as `check --format json` writes it. */
type Reported = Omit<Diagnostic, 'url'> & { url: string | null };

/** One finding as a line that both sides can be compared by. */
function line(d: Reported): string {
  return `${d.file} ${d.line}:${d.column}-${d.endLine}:${d.endColumn} ${d.severity} ${d.ruleId} ${d.message} <${d.url}>`;
}

function fromServer(uri: string, d: LspDiagnostic): string {
  const { start, end } = d.range;
  return line({
    file: relative(ROOT, fileURLToPath(uri)).split(sep).join('/'),
    line: start.line + 1,
    column: start.character + 1,
    endLine: end.line + 1,
    endColumn: end.character + 1,
    ruleId: String(d.code),
    severity: SEVERITY[d.severity! - 1]!,
    message: typeof d.message === 'string' ? d.message : d.message.value,
    url: d.codeDescription?.href ?? null,
  });
}

/** What the server shows for a register opened alone, in every file, until it is closed again. */
async function shownFor(client: TestClient, file: string): Promise<string[]> {
  const uri = uriOf(join(ROOT, file));
  const from = client.published.length;
  const own = client.next(uri);
  await client.open(uri, readFileSync(join(ROOT, file), 'utf8'));
  await own;
  const shown = [...client.latestSince(from)].flatMap(([u, list]) => list.map((d) => fromServer(u, d)));
  const cleared = client.next(uri);
  await client.close(uri);
  await cleared;
  return shown.sort();
}

async function reportedFor(file: string): Promise<string[]> {
  const checked = await cli(['check', '--format', 'json', file]);
  return (JSON.parse(checked.stdout) as Reported[]).map(line).sort();
}

describe('seloste lsp and seloste check', () => {
  let client: TestClient;

  beforeAll(async () => {
    ({ client } = await TestClient.start(ROOT));
  }, 60_000);

  afterAll(async () => {
    if (client.child.exitCode === null) await client.stop();
  });

  it('covers the fixtures of every rule and of the format, and the example notices', () => {
    expect(FILES.filter((f) => f.startsWith('tests/fixtures/rules/')).length).toBeGreaterThan(150);
    expect(FILES).toContain('tests/fixtures/format/syntax.yaml');
    expect(FILES).toContain('notices/lumo-customers.yaml');
  });

  it('report the same diagnostics for each register, in it and in the files it draws on', async () => {
    const differences: string[] = [];
    const all = new Set<string>();
    for (const file of FILES) {
      const shown = await shownFor(client, file);
      const reported = await reportedFor(file);
      for (const s of shown) all.add(s);
      if (JSON.stringify(shown) === JSON.stringify(reported)) continue;
      differences.push(file, ...shown.filter((s) => !reported.includes(s)).map((s) => `  lsp only: ${s}`), ...reported.filter((r) => !shown.includes(r)).map((r) => `  check only: ${r}`));
    }
    expect(differences).toEqual([]);
    // What was compared: many findings, of the rules, the schema and YAML syntax, in the registers' organisation files too.
    const ids = new Set([...all].map((s) => s.split(' ')[3]));
    expect(all.size).toBeGreaterThan(500);
    for (const id of ['consent-withdrawal', 'schema/unknown-key', 'yaml/syntax', 'yaml/duplicate-key']) expect(ids).toContain(id);
    expect([...all].filter((s) => s.startsWith('tests/fixtures/editor/acme.org.yaml ')).length).toBe(2);
  }, 300_000);
});
