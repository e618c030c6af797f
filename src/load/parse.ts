import { isMap, isScalar, type Document } from 'yaml';
import type { Diagnostic } from '../diagnostic.js';
import { diagnosticAtRange, type Source } from './source.js';
import { LineCounter, MAX_ALIAS_COUNT, parseYaml } from './yaml-ast.js';

function firstLine(message: string): string {
  const line = message.split('\n')[0] ?? message;
  return line.replace(/ at line \d+, column \d+:?$/, '').replace(/\.$/, '');
}

/** Parse the text of a source into its syntax tree and data; YAML errors become diagnostics. */
export function parseSource(source: Source): Diagnostic[] {
  const lineCounter = new LineCounter();
  source.lineCounter = lineCounter;
  let doc: Document.Parsed;
  try {
    doc = parseYaml(source.text, lineCounter);
  } catch (error) {
    // The parser itself gave up (e.g. nesting deeper than the stack allows).
    const reason = error instanceof RangeError ? 'Nesting is too deep to read: a register needs only a few levels' : 'Cannot parse the file';
    return [diagnosticAtRange(source, [0, 0], { ruleId: 'yaml/syntax', message: reason })];
  }
  source.doc = doc;
  const diagnostics: Diagnostic[] = [];
  for (const error of doc.errors) {
    const [start, end] = error.pos;
    if (error.code === 'DUPLICATE_KEY') {
      const rest = source.text.slice(start).split('\n')[0] ?? '';
      const key = (/^\s*("[^"]*"|'[^']*'|[^:#]+?)\s*:/.exec(rest)?.[1] ?? rest).trim();
      diagnostics.push(
        diagnosticAtRange(source, [start, start + key.length], {
          ruleId: 'yaml/duplicate-key',
          message: `Duplicate key \`${key}\`: each key may appear once in a map`,
        }),
      );
    } else {
      let message = firstLine(error.message);
      if (/call stack/i.test(message)) message = 'Nesting is too deep to read: a register needs only a few levels';
      if (error.code === 'TAB_AS_INDENT' || /tab/i.test(message)) {
        message = 'Tabs are not allowed for indentation in YAML; indent with spaces';
      }
      diagnostics.push(diagnosticAtRange(source, [start, end], { ruleId: 'yaml/syntax', message }));
    }
  }
  if (diagnostics.length > 0) return diagnostics;

  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    return [diagnosticAtRange(source, [0, 0], { ruleId: 'yaml/empty', message: 'File is empty: expected a register with keys such as `name:` and `updated:`' })];
  }
  try {
    source.data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const message =
      error instanceof ReferenceError || /alias/i.test(String(error))
        ? `Too many aliases: the file expands aliases (\`*name\`) more than ${MAX_ALIAS_COUNT} times`
        : error instanceof RangeError
          ? 'Nesting is too deep to read: a register needs only a few levels'
          : 'Cannot read the values of the file';
    return [diagnosticAtRange(source, [0, 0], { ruleId: 'yaml/alias-limit', message })];
  }
  if (!isMap(doc.contents)) {
    const what = Array.isArray(source.data) ? 'a list' : 'a single value';
    const range = doc.contents?.range;
    return [
      diagnosticAtRange(source, range ? [range[0], range[1]] : [0, 0], {
        ruleId: 'schema/type',
        message: `Expected a map of keys (such as \`name:\` and \`updated:\`), found ${what}`,
      }),
    ];
  }
  return diagnostics;
}
