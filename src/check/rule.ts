import type { Config } from '../config/config.js';
import type { MessageLanguage } from '../interface-language.js';
import type { Source } from '../load/source.js';
import type { PathSegment } from '../load/yaml-ast.js';
import type { Facts } from '../resolve/facts.js';
import type { LoadedRegister } from '../resolve/resolve.js';
import type { Register } from '../types.js';

export type RuleSeverity = 'error' | 'warn';

/** A message in each language Seloste speaks to authors in; `{name}` placeholders are filled in. */
export interface RuleMessage extends Record<MessageLanguage, string> {
  /**
   * The default severity of this finding when it is less certain than the rule's others (a warning
   * beside errors); the project's config still sets the whole rule's severity.
   */
  severity?: RuleSeverity;
}

/** What a rule says about itself: the data at the top of every rule file. */
export interface RuleMeta {
  id: string;
  /** The articles or provisions the rule enforces, e.g. `Art. 13(1)(c)`. */
  articles: readonly string[];
  severity: RuleSeverity;
  /** One sentence: what the rule checks (English). */
  description: string;
  messages: Readonly<Record<string, RuleMessage>>;
}

export interface RuleContext {
  loaded: LoadedRegister;
  register: Register;
  facts: Facts;
  config: Config;
  /** Languages every free text must be written in. */
  languages: readonly string[];
  /** Report a problem at the YAML node of a path of the register (`[]` for the register as a whole). */
  report(path: readonly PathSegment[], messageId: string, params?: Record<string, string | number>, at?: 'key' | 'value'): void;
  /** Report a problem at characters of a file that are no node of the data, such as a comment. */
  reportRange(source: Source, range: [number, number], messageId: string, params?: Record<string, string | number>): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

export function defineRule(meta: RuleMeta, check: (context: RuleContext) => void): Rule {
  return { meta, check };
}
