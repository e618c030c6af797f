/**
 * How fast `seloste lsp` answers an editor:
 *
 *   node bench/lsp.js [REGISTER] [--runs N]     (after `npm run compile`; default notices/lumo-customers.yaml, 10 runs)
 *
 * Spawns `node bin/seloste.js lsp` in the project as an editor does and times, on the wall clock of
 * this process: start-up (spawn to the answer to `initialize`), the first check (`didOpen` to its
 * `publishDiagnostics`), then N edits, each alternately breaking and mending a value, from
 * `didChange` to the `publishDiagnostics` of that version (the server's 200 ms wait for more typing
 * included), and N hovers. Prints the medians (and the range) as a Markdown table. Writes nothing.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DELAY_MS = 200;

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const RUNS = runsAt === -1 ? 10 : Number(args[runsAt + 1]);
const file = resolve(ROOT, args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--runs') ?? 'notices/lumo-customers.yaml');

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const ms = (x) => `${x.toFixed(1)} ms`;

/** The server, and a way to wait for the next diagnostics of the register with a given version. */
async function startServer() {
  const started = performance.now();
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'seloste.js'), 'lsp'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiting = new Map();
  connection.onNotification('textDocument/publishDiagnostics', (p) => {
    waiting.get(p.version)?.(p);
    waiting.delete(p.version);
  });
  connection.onRequest(() => null);
  connection.listen();
  const uri = pathToFileURL(ROOT).href;
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: uri, workspaceFolders: [{ uri, name: 'seloste' }], capabilities: {} });
  const startup = performance.now() - started;
  await connection.sendNotification('initialized', {});
  const published = (version) => new Promise((resolve) => waiting.set(version, resolve));
  return { child, connection, published, startup };
}

/** The text with its first `legal_basis` misspelt, or as it was. */
function variant(text, broken) {
  return broken ? text.replace(/legal_basis: (\w+)/, 'legal_basis: $1x') : text;
}

async function main() {
  const server = await startServer();
  const { connection, published } = server;
  const uri = pathToFileURL(file).href;
  const text = readFileSync(file, 'utf8');
  let t = performance.now();
  const first = published(1);
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
  await first;
  const open = performance.now() - t;
  const edits = [];
  let hoverAt;
  for (let version = 2; version < 2 + RUNS; version++) {
    const next = published(version);
    t = performance.now();
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text: variant(text, version % 2 === 0) }] });
    const p = await next;
    edits.push(performance.now() - t);
    hoverAt ??= p.diagnostics.find((d) => d.code === 'schema/enum')?.range.start;
  }
  const hovers = [];
  for (let i = 0; i < RUNS && hoverAt; i++) {
    t = performance.now();
    await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: hoverAt });
    hovers.push(performance.now() - t);
  }
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  const range = (xs) => `${ms(median(xs))} (${ms(Math.min(...xs))}–${ms(Math.max(...xs))})`;
  const lines = [
    `\`seloste lsp\` on ${file.slice(ROOT.length + 1)}, ${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.version}, load average ${loadavg()[0].toFixed(1)}`,
    '',
    '| Metric | Value |',
    '| --- | --- |',
    `| Start-up: spawn to the answer to \`initialize\` | ${ms(server.startup)} |`,
    `| First check: \`didOpen\` to \`publishDiagnostics\` | ${ms(open)} |`,
    `| \`didChange\` to \`publishDiagnostics\`, median of ${RUNS} (range) | ${range(edits)} |`,
    `| … less the ${DELAY_MS} ms the server waits for more typing | ${ms(median(edits) - DELAY_MS)} |`,
    `| Hover on a finding, median of ${hovers.length} (range) | ${hovers.length ? range(hovers) : '—'} |`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

await main();
