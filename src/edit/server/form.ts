/**
 * Whether the form can show a file: only when its text is valid YAML holding a map of plain values
 * and every key in it is one the schema knows. Otherwise the page shows the text, so that nothing
 * the form has no field for is lost on a save.
 */
import type { Diagnostic } from '../../diagnostic.js';
import { dataOf, isJsonData } from './file-data.js';
import { isPlainObject } from './apply-data.js';
import { isUnreadable } from './findings.js';

/** The file's data for the form, or undefined when the form cannot show it. */
export function formData(text: string, own: readonly Diagnostic[]): Record<string, unknown> | undefined {
  if (own.some((d) => isUnreadable(d) || d.ruleId === 'schema/unknown-key')) return undefined;
  const data = dataOf(text);
  return isPlainObject(data) && isJsonData(data) ? data : undefined;
}
