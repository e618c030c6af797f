import { fill } from '../compose/format.js';
import type { Config } from '../config/config.js';
import type { Diagnostic } from '../diagnostic.js';
import { docUrl } from '../docs-url.js';
import { deriveFacts } from '../resolve/facts.js';
import { diagnosticAtRange } from '../load/source.js';
import { diagnosticAt, type LoadedRegister } from '../resolve/resolve.js';
import { rules as builtinRules } from '../rules/index.js';
import type { Rule, RuleMeta } from './rule.js';
import { checkTexts } from './text-check.js';

/**
 * Check a register's texts against what can be rendered, then run every enabled rule on it. The framework, not the rule, decides severity (from the
 * project's config), the message language and the doc URL.
 */
export function checkRegister(loaded: LoadedRegister, config: Config, languages: readonly string[], rules: readonly Rule[] = builtinRules): Diagnostic[] {
  const facts = deriveFacts(loaded.register);
  // Limits of what can be rendered come first, and no setting turns them off.
  const out: Diagnostic[] = checkTexts(loaded, config.messageLanguage);
  for (const rule of rules) {
    const setting = config.rules[rule.meta.id];
    if (setting === 'off') continue;
    const severityOf = (own: RuleMeta['severity'] | undefined) =>
      setting === 'warn' ? 'warning' : setting === 'error' ? 'error' : (own ?? rule.meta.severity) === 'warn' ? 'warning' : 'error';
    const stamp = (messageId: string, params: Record<string, string | number>) => {
      const message = rule.meta.messages[messageId];
      if (!message) throw new Error(`rule ${rule.meta.id} has no message ${messageId}`);
      return { ruleId: rule.meta.id, severity: severityOf(message.severity), message: fill(message[config.messageLanguage], params), url: docUrl(rule.meta.id) } as const;
    };
    rule.check({
      loaded,
      register: loaded.register,
      facts,
      config,
      languages,
      report(path, messageId, params = {}, at = 'value') {
        out.push(diagnosticAt(loaded, path, stamp(messageId, params), at));
      },
      reportRange(source, range, messageId, params = {}) {
        out.push(diagnosticAtRange(source, range, stamp(messageId, params)));
      },
    });
  }
  return out;
}
