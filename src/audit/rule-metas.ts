/** What the audit's own rules are about, for SARIF and the rule docs: they read a notice's text, not a register. */
import type { RuleMeta } from '../check/rule.js';

export const AUDIT_RULES: readonly RuleMeta[] = [
  { id: 'right-missing', articles: ['Art. 13(2)(b)-(d)', 'Art. 14(2)(c)-(e)', 'Art. 21(4)'], severity: 'error', description: 'The notice states every right its legal bases give the data subject.', messages: {} },
  { id: 'right-limited', articles: ['Art. 13(2)(b)-(d)', 'Art. 14(2)(c)-(e)'], severity: 'error', description: 'The notice does not say that a right does not apply where its legal bases give it, nor narrow it with a condition the GDPR does not set.', messages: {} },
  { id: 'right-condition', articles: ['Art. 12(2)', 'Art. 12(6)'], severity: 'warn', description: 'The notice puts no condition on the rights that the GDPR does not allow: only in person, only by signed letter or by post, proof of identity always.', messages: {} },
  { id: 'complaint-authority', articles: ['Art. 13(2)(d)', 'Art. 14(2)(e)'], severity: 'error', description: 'The notice names the supervisory authority by the name it has now.', messages: {} },
];
