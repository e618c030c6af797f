/** The measurement as Markdown tables or JSON; the same runs always print the same bytes. */

const GROUPS = ['controller identity and contacts', 'DPO', 'purposes+bases', 'recipients', 'transfers', 'retention', 'date'];
const SHORT = { 'controller identity and contacts': 'Controller & contacts', DPO: 'DPO', 'purposes+bases': 'Purposes+bases', recipients: 'Recipients', transfers: 'Transfers', retention: 'Retention', date: 'Date' };
const TEXT = ['md', 'html', 'txt'];

const count = (facts, status) => facts.filter((f) => f.status === status).length;
const pct = (n, d) => (d === 0 ? '–' : `${Math.round((100 * n) / d)} %`);
const cell = (s) => String(s ?? '').replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim() || '–';
const row = (cells) => `| ${cells.map(cell).join(' | ')} |`;
const header = (cells, align) => [row(cells), `|${align.map((a) => (a === 'r' ? '---:' : '---')).join('|')}|`];

function score(facts) {
  const right = count(facts, 'right');
  const wrong = count(facts, 'wrong');
  return facts.length === 0 ? '–' : `${right}/${facts.length}${wrong ? ` (${wrong} wrong)` : ''}`;
}

const keptCell = (kept) => (kept ? `${kept.kept}/${kept.total} (${pct(kept.kept, kept.total)})` : '–');

function summary(runs) {
  const lines = header(['Notice', 'Language (detected)', 'Format', ...GROUPS.map((g) => SHORT[g]), 'Nothing lost'], ['l', 'l', 'l', ...GROUPS.map(() => 'r'), 'r']);
  for (const r of runs) {
    lines.push(row([r.id, `${r.language} (${r.detected})`, r.format, ...GROUPS.map((g) => score(r.facts.filter((f) => f.group === g))), keptCell(r.kept)]));
  }
  return lines;
}

function totalsTable(runs, by, names) {
  const facts = runs.flatMap((r) => r.facts);
  const lines = header([by === 'group' ? 'Measure' : 'Field', 'Right', 'Wrong', 'Missed', 'Total', 'Right %'], ['l', 'r', 'r', 'r', 'r', 'r']);
  for (const name of names(facts)) {
    const of = facts.filter((f) => f[by] === name);
    lines.push(row([name, count(of, 'right'), count(of, 'wrong'), count(of, 'missed'), of.length, pct(count(of, 'right'), of.length)]));
  }
  if (by === 'group') lines.push(row(['**all facts**', count(facts, 'right'), count(facts, 'wrong'), count(facts, 'missed'), facts.length, pct(count(facts, 'right'), facts.length)]));
  if (by === 'group') lines.push(keptRow(runs));
  return lines;
}

function keptRow(runs) {
  const kept = runs.map((r) => r.kept).filter(Boolean);
  const k = kept.reduce((n, x) => n + x.kept, 0);
  const t = kept.reduce((n, x) => n + x.total, 0);
  return row(['nothing lost (sentences kept)', k, '', t - k, t, pct(k, t)]);
}

const groupNames = () => GROUPS;
const fieldNames = (facts) => [...new Set(facts.map((f) => f.field))].sort();

function details(run) {
  const lines = [`### ${run.id} (${run.language}, ${run.kind}, ${run.format})`, ''];
  lines.push(...header(['Field', 'Expected', 'Draft', 'Result'], ['l', 'l', 'l', 'l']));
  for (const f of run.facts) lines.push(row([f.field, f.expected, f.found, f.status]));
  if (run.kept) lines.push('', `Sentences kept: ${keptCell(run.kept)}.`);
  return [...lines, ''];
}

function fileFormats(runs) {
  const lines = header(['Notice', 'Format', 'Result'], ['l', 'l', 'l']);
  for (const r of runs) {
    const facts = r.facts ?? [];
    lines.push(row([r.id, r.format, r.unreadable ?? `${count(facts, 'right')}/${facts.length} facts right, ${count(facts, 'wrong')} wrong`]));
  }
  return lines;
}

/** The sentences each draft does not hold, per notice and format. */
function lostSentences(runs) {
  const lines = [];
  for (const r of runs.filter((run) => run.kept?.lost.length)) {
    lines.push(`### ${r.id} (${r.format}): ${r.kept.lost.length} lost`, '', ...r.kept.lost.map((s) => `- ${s}`), '');
  }
  return lines.length ? lines : ['None: every sentence of every original is in its draft.', ''];
}

/** `set` names the notices measured: `first`, `held-out`, `fresh`, `unseen`, `blind`, `late` or `all`; `lost` adds the sentences each draft does not hold. */
export function printMarkdown(runs, out, set = 'all', { lost = false } = {}) {
  const text = runs.filter((r) => TEXT.includes(r.format) && r.facts);
  const files = runs.filter((r) => !TEXT.includes(r.format));
  const readFiles = files.filter((r) => r.facts);
  const lines = [`# Import accuracy on real notices (set: ${set})`, '',
    `${new Set(runs.map((r) => r.id)).size} notices; a cell is facts right / facts expected, with the wrong ones in brackets.`, '',
    '## Per notice (text, Markdown and HTML originals)', '', ...summary(text), '',
    '## Totals (text, Markdown and HTML originals)', '', ...totalsTable(text, 'group', groupNames), '',
    '## Totals per field', '', ...totalsTable(text, 'field', fieldNames), ''];
  if (files.length) lines.push('## PDF and Word originals', '', ...fileFormats(files), '');
  if (readFiles.length) lines.push('### Totals (PDF and Word)', '', ...totalsTable(readFiles, 'group', groupNames), '');
  lines.push('## Each fact', '', ...text.flatMap(details), ...readFiles.flatMap(details));
  if (lost) lines.push('', '## Sentences lost', '', ...lostSentences(runs));
  out.write(`${lines.join('\n').trimEnd()}\n`);
}

export function printJson(runs, out) {
  out.write(`${JSON.stringify({ runs }, null, 2)}\n`);
}
