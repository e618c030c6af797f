import type { Diagnostic } from '../diagnostic.js';
import { docsBase, docUrl } from '../docs-url.js';
import type { RuleMeta } from '../check/rule.js';
import { artifactLocation, SRCROOT, srcRootUri } from './artifact-uri.js';
import { escapeJson } from './escape.js';
import { describeCheck } from './format-checks.js';

export interface SarifOptions {
  version: string;
  rules: readonly RuleMeta[];
  /** The folder that files shown by a relative path are relative to (the working directory). */
  srcRoot?: string;
  /** The project's `docs_base_url`: rule help links there instead of the installed package's pages. */
  docsBaseUrl?: string;
}

/** `transfer-consistency` → `TransferConsistency`, `schema/unknown-key` → `SchemaUnknownKey`. */
function ruleName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/u)
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}

function ruleDescriptor(id: string, meta: RuleMeta | undefined, docsBaseUrl: string | undefined) {
  const description = meta ? meta.description : describeCheck(id);
  const url = docUrl(id, docsBaseUrl);
  const enforces = meta ? `Enforces ${meta.articles.join(', ')}. ` : '';
  return {
    id,
    name: ruleName(id),
    shortDescription: { text: description },
    fullDescription: { text: `${description} ${enforces}`.trim() },
    helpUri: url,
    help: { text: `${description} ${enforces}See ${url}`, markdown: `${description}\n\n${enforces}[Documentation](${url})` },
    defaultConfiguration: { level: meta?.severity === 'warn' ? 'warning' : 'error' },
  };
}

function result(d: Diagnostic, ruleIndex: number) {
  return {
    ruleId: d.ruleId,
    ruleIndex,
    level: d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'note',
    message: { text: d.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactLocation(d.file),
          region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: Math.max(d.endColumn, d.line === d.endLine ? d.column + 1 : 1) },
        },
      },
    ],
  };
}

/** SARIF 2.1.0, as code-scanning services read it: one run, the rules' help and doc URLs, one result per diagnostic. */
export function formatSarif(diagnostics: readonly Diagnostic[], options: SarifOptions): string {
  const known = new Map(options.rules.map((r) => [r.id, r]));
  const ids = [...new Set([...options.rules.map((r) => r.id), ...diagnostics.map((d) => d.ruleId)])];
  const rules = ids.map((id) => ruleDescriptor(id, known.get(id), options.docsBaseUrl));
  const index = new Map(ids.map((id, i) => [id, i]));
  const driver = { name: 'seloste', version: options.version, informationUri: `${docsBase(options.docsBaseUrl)}README.md`, rules };
  const run = {
    tool: { driver },
    ...(options.srcRoot ? { originalUriBaseIds: { [SRCROOT]: { uri: srcRootUri(options.srcRoot) } } } : {}),
    results: diagnostics.map((d) => result(d, index.get(d.ruleId) ?? 0)),
  };
  const log = { $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [run] };
  return `${escapeJson(JSON.stringify(log, null, 2))}\n`;
}
