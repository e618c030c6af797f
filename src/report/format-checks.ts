/**
 * What each check that is not a rule makes sure of, in one sentence, for the rule descriptors of
 * SARIF: the format of the file (`yaml/…`, `schema/…`, `file/…`), the register's place in the
 * project (`register/…`) and the limits of author text (`text/…`).
 */
import { MAX_DEPTH, MAX_MARKS, MAX_TEXT_LENGTH } from '../check/text-limits.js';

const CHECKS: Readonly<Record<string, string>> = {
  'yaml/syntax': 'The file is valid YAML, one document indented with spaces.',
  'yaml/duplicate-key': 'No key appears twice in the same map.',
  'yaml/empty': 'The file holds a register, not only comments and blank lines.',
  'yaml/alias-limit': 'Aliases (`*name`) do not expand the file past the size a register may be.',
  'schema/unknown-key': 'Every key is one the schema knows at its place.',
  'schema/required': 'Every key the schema requires is there.',
  'schema/type': 'Every value is of the kind its key takes: text per language, a list, a map, a code.',
  'schema/enum': 'Every coded value is one of the codes its key allows.',
  'schema/format': 'Dates, e-mail addresses and web addresses are valid.',
  'schema/pattern': 'Business IDs, phone numbers, country codes, periods and ids have the form their key requires.',
  'schema/language': 'Texts per language are keyed by language codes such as `fi`, `en` and `sv`.',
  'schema/empty': 'No text, list or map is empty.',
  'schema/range': 'Numbers are within the limits of their key.',
  'schema/duplicate': 'A list that holds each value once does not repeat one.',
  'schema/value': 'Values meet the other conditions of the schema.',
  'file/unreadable': 'The file can be opened and read.',
  'file/too-large': 'The file is no larger than a register may be.',
  'file/encoding': 'The file is saved as UTF-8.',
  'register/file-name-id': 'A register without an `id:` key has a file name that is a valid id.',
  'register/reserved-id': "A register's id is not the name of one of the site's own pages or a name Windows reserves.",
  'register/duplicate-id': 'No two registers have the same id.',
  'register/organisation': 'The organisation file a register names is in the project, named `*.org.yaml`, readable, and in no cycle.',
  'text/too-long': `No text is longer than ${MAX_TEXT_LENGTH} characters.`,
  'text/too-complex': `No text has more than ${MAX_MARKS} Markdown marks or lists nested more than ${MAX_DEPTH} levels deep.`,
  'text/control-character': 'No text holds a control character.',
  'text/structure': 'No text writes a heading, rule, table, quote or code block, which a notice shows as plain text.',
};

/** The sentence for a check that is not a rule; a general one for an id this version does not know. */
export function describeCheck(id: string): string {
  return CHECKS[id] ?? `The register file is well-formed (${id}).`;
}
