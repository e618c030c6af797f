import type { Diagnostic } from '../diagnostic.js';
import { docsBase, docUrl } from '../docs-url.js';
import type { RuleMeta } from '../check/rule.js';
import { escapeJson } from './escape.js';

export interface SarifOptions {
  version: string;
  rules: readonly RuleMeta[];
  /** The project's `docs_base_url`: rule help links there instead of the installed package's pages. */
  docsBaseUrl?: string;
}

/** SARIF 2.1.0, as code-scanning services read it: one run, the rules' help and doc URLs, one result per diagnostic. */
export function formatSarif(diagnostics: readonly Diagnostic[], options: SarifOptions): string {
  const known = new Map(options.rules.map((r) => [r.id, r]));
  const ids = [...new Set([...options.rules.map((r) => r.id), ...diagnostics.map((d) => d.ruleId)])];
  const rules = ids.map((id) => {
    const meta = known.get(id);
    const url = docUrl(id, options.docsBaseUrl);
    const description = meta ? meta.description : `The register file is well-formed (${id}).`;
    const help = meta ? `${meta.description} Enforces ${meta.articles.join(', ')}. See ${url}` : `See ${url}`;
    return {
      id,
      name: id.replace(/[/-](\w)/g, (_, c: string) => c.toUpperCase()),
      shortDescription: { text: description },
      fullDescription: { text: description },
      helpUri: url,
      help: { text: help, markdown: `${description}\n\nEnforces ${meta ? meta.articles.join(', ') : 'the register format'}. [Documentation](${url})` },
      defaultConfiguration: { level: meta?.severity === 'warn' ? 'warning' : 'error' },
    };
  });
  const index = new Map(ids.map((id, i) => [id, i]));
  const results = diagnostics.map((d) => ({
    ruleId: d.ruleId,
    ruleIndex: index.get(d.ruleId) ?? 0,
    level: d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'note',
    message: { text: d.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: d.file.split('\\').join('/') },
          region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: Math.max(d.endColumn, d.line === d.endLine ? d.column + 1 : 1) },
        },
      },
    ],
  }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'seloste', version: options.version, informationUri: `${docsBase(options.docsBaseUrl)}README.md`, rules } },
        results,
      },
    ],
  };
  return `${escapeJson(JSON.stringify(log, null, 2))}\n`;
}
