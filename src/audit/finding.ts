/** A finding of the audit on the original notice, before its message is written in a language. */
import type { Severity } from '../diagnostic.js';

export interface AuditFinding {
  ruleId: string;
  messageId: string;
  params: Record<string, string>;
  line: number;
  severity: Severity;
}
