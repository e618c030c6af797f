/**
 * Which message of its rule a finding on the draft is ("missing", "kindOnly", …): the rules' messages
 * are known by their templates in each language, so a written message is matched back to its template.
 */
import type { Diagnostic } from '../diagnostic.js';
import type { MessageLanguage } from '../interface-language.js';
import { rules } from '../rules/index.js';

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** A template as a pattern: its `{param}` places match anything. */
function pattern(template: string): RegExp {
  return new RegExp(`^${template.split(/\{\w+\}/u).map(escaped).join('[\\s\\S]*?')}$`, 'u');
}

const PATTERNS = new Map<string, { id: string; lang: MessageLanguage; re: RegExp }[]>(
  rules.map((rule) => [
    rule.meta.id,
    Object.entries(rule.meta.messages).flatMap(([id, message]) =>
      (['en', 'fi', 'sv'] as const).map((lang) => ({ id, lang, re: pattern(message[lang]) })),
    ),
  ]),
);

/** The id of the rule's message a finding says, if its rule is one of Seloste's. */
export function messageIdOf(d: Diagnostic): string | undefined {
  return PATTERNS.get(d.ruleId)?.find((p) => p.re.test(d.message))?.id;
}
