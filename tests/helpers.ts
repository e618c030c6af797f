import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run, type Io } from '../src/cli.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURES = join(ROOT, 'tests', 'fixtures');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the CLI in-process with captured streams. */
export async function cli(argv: string[], cwd = ROOT, env: Record<string, string | undefined> = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    cwd,
    env,
    isTTY: false,
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

/** `seloste init` flags for a small Finnish register that checks clean. */
export const INIT_FLAGS = [
  '--name', 'Asiakasrekisteri', '--controller', 'Testikahvila Oy', '--business-id', '1234567-1', '--address', 'Kauppakatu 1',
  '--postal-code', '00100', '--city', 'Helsinki', '--email', 'tietosuoja@testikahvila.fi', '--purpose', 'Tilausten toimittaminen',
  '--basis', 'contract', '--category', 'Nimi ja toimitusosoite', '--provision', 'contract_precondition',
  '--consequence', 'Ilman toimitusosoitetta tilausta ei voi toimittaa.', '--source', 'data_subject',
  '--recipient', 'Kassavirta Oy:processor:FI', '--retention', '3 years', '--retention-trigger', 'asiakassuhteen päättyminen',
];

/** A temporary folder with the given files; removed by the returned function. */
export function tempProject(files: Record<string, string>): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'seloste-test-'));
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Lines marked `# expect: id[, id]` in a fixture: the findings a test expects there. */
export function expectedMarkers(text: string): { line: number; ruleId: string }[] {
  const out: { line: number; ruleId: string }[] = [];
  text.split('\n').forEach((line, i) => {
    const m = /#\s*expect:\s*([\w/, -]+)\s*$/.exec(line);
    if (m) for (const id of m[1]!.split(',').map((s) => s.trim()).filter(Boolean)) out.push({ line: i + 1, ruleId: id });
  });
  return out;
}

/** The text of HTML character references, for comparing page text with facts. */
export function decode(s: string): string {
  return s
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** A register with errors (most sections missing) that builds with `--force`. */
export const SMALL_REGISTER = (name: string, id?: string): string => `${id ? `id: ${id}\n` : ''}name: {fi: ${name}}
updated: 2026-01-15
controller: {name: Esimerkki Oy, email: tietosuoja@esimerkki.example}
purposes:
  - description: {fi: Asiakassuhteen hoitaminen}
    legal_basis: contract
`;

/** Every entry under a folder (by its path from the folder): a file's content hash, or what else it is. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = join(e.parentPath, e.name);
    out[path.slice(dir.length)] = e.isFile() ? createHash('sha256').update(readFileSync(path)).digest('hex') : e.isDirectory() ? 'folder' : 'other';
  }
  return out;
}
