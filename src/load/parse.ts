import jsyaml from 'js-yaml';
import type { Document, LineCounter } from 'yaml';
import type { Diagnostic } from '../diagnostic.js';
import type { MessageLanguage } from '../interface-language.js';
import { diagnosticAtPath, diagnosticAtRange, type Source } from './source.js';
import { tooDeepAt } from './nesting.js';
import { MAX_FILE_BYTES } from './read.js';
import { MAX_ALIAS_COUNT, aliasPastSize, newLineCounter, parseYaml, yamlLib, type PathSegment } from './yaml-ast.js';
import { YAML_WORDS, syntaxKind, type YamlWords } from './yaml-messages.js';

function firstLine(message: string): string {
  const line = message.split('\n')[0] ?? message;
  return line.replace(/ at line \d+, column \d+:?$/, '').replace(/\.$/, '');
}

/** Anchors (`&a`), aliases (`*a`), tags (`!t`) and directives: texts that use them always take the full parser. */
const SPECIAL = /(^|[\s,[{])(?:[&*][^\s,[\]{}]|!)|^%|^\s*\?(\s|$)/m;

/**
 * Keys as registers write them (`purposes`, `fi`, `$schema`). The two parsers turn other keys — null,
 * numbers, maps — into different strings, so a file with such a key takes the full parser.
 */
const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_-]*$/;

function hasOddKey(value: unknown, depth = 0): boolean {
  if (!value || typeof value !== 'object' || depth > 64) return false;
  if (Array.isArray(value)) return value.some((v) => hasOddKey(v, depth + 1));
  return Object.entries(value).some(([k, v]) => !PLAIN_KEY.test(k) || k === 'null' || hasOddKey(v, depth + 1));
}

/**
 * The fast path: most registers are plain, well-formed YAML, and `js-yaml` reads them several times
 * faster than the parser that keeps positions. Their syntax tree, needed only to point at a line,
 * is then parsed on first use. Anything unusual — an error, an alias, a tag, a value that is not a
 * map — goes through the full parser, which reports it.
 */
function parseFast(source: Source): boolean {
  if (SPECIAL.test(source.text)) return false;
  let data: unknown;
  try {
    data = jsyaml.load(source.text, { schema: jsyaml.CORE_SCHEMA });
  } catch {
    return false;
  }
  if (!data || typeof data !== 'object' || Array.isArray(data) || hasOddKey(data)) return false;
  source.data = data;
  let doc: Document.Parsed | undefined;
  let lineCounter: LineCounter | undefined;
  const ensure = (): void => {
    if (doc) return;
    lineCounter = newLineCounter();
    doc = parseYaml(source.text, lineCounter);
  };
  Object.defineProperty(source, 'doc', { configurable: true, enumerable: true, get: () => (ensure(), doc), set: (v: Document.Parsed) => (doc = v) });
  Object.defineProperty(source, 'lineCounter', { configurable: true, enumerable: true, get: () => (ensure(), lineCounter), set: (v: LineCounter) => (lineCounter = v) });
  return true;
}

/** A line counter that knows every line of the text, for a text no parser has read. */
function lineCounterOf(text: string): LineCounter {
  const counter = newLineCounter();
  counter.addNewLine(0);
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) counter.addNewLine(i + 1);
  return counter;
}

/** `2`, `2 and 3`, `2, 3 and 6`: at most six lines, then `…`. */
function lineList(lines: readonly number[], and: string): string {
  const shown = lines.slice(0, 6).map(String);
  if (lines.length > 6) return `${shown.join(', ')}, …`;
  return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} ${and} ${shown.at(-1)!}` : shown.join('');
}

/**
 * The parser's errors as diagnostics, in the words of a register rather than of the library. Tabs
 * are one diagnostic for the file: the errors that follow from them would only repeat it.
 */
function syntaxDiagnostics(source: Source, doc: Document.Parsed, words: YamlWords): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const tabs: Diagnostic[] = [];
  for (const error of doc.errors) {
    const [start, end] = error.pos;
    if (error.code === 'DUPLICATE_KEY') {
      const rest = source.text.slice(start).split('\n')[0] ?? '';
      const key = (/^\s*("[^"]*"|'[^']*'|[^:#]+?)\s*:/.exec(rest)?.[1] ?? rest).trim();
      diagnostics.push(
        diagnosticAtRange(source, [start, start + key.length], {
          ruleId: 'yaml/duplicate-key',
          message: words.duplicateKey(key),
        }),
      );
      continue;
    }
    const own = firstLine(error.message);
    let message = words.syntax(syntaxKind(error.code, own), own);
    if (/call stack/i.test(own)) message = words.tooDeep;
    if (error.code === 'MULTIPLE_DOCS') message = words.secondDocument;
    const diagnostic = diagnosticAtRange(source, [start, end], { ruleId: 'yaml/syntax', message });
    if (error.code === 'TAB_AS_INDENT' || /tab/i.test(own)) tabs.push(diagnostic);
    else diagnostics.push(diagnostic);
  }
  if (!tabs.length) return diagnostics;
  const lines = [...new Set(tabs.map((d) => d.line))];
  return [{ ...tabs[0]!, message: lines.length > 1 ? `${words.tabs} ${words.onLines(lineList(lines, words.and))}` : words.tabs }];
}

/** YAML's typed values (`!!binary`, `!!set`, `!!omap`, `!!timestamp`) come out as objects no register holds. */
function taggedValues(value: unknown, path: PathSegment[] = [], found: { path: PathSegment[]; tag: string }[] = []): { path: PathSegment[]; tag: string }[] {
  const tag = value instanceof Uint8Array ? '!!binary' : value instanceof Set ? '!!set' : value instanceof Map ? '!!omap' : value instanceof Date ? '!!timestamp' : undefined;
  if (tag) found.push({ path, tag });
  else if (Array.isArray(value)) value.forEach((v, i) => taggedValues(v, [...path, i], found));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) taggedValues(v, [...path, k], found);
  return found;
}

/** Parse the text of a source into its syntax tree and data; YAML errors become diagnostics, in `lang`. */
export function parseSource(source: Source, lang: MessageLanguage = 'en'): Diagnostic[] {
  const words = YAML_WORDS[lang];
  const deep = tooDeepAt(source.text);
  if (deep !== undefined) {
    source.lineCounter = lineCounterOf(source.text);
    return [diagnosticAtRange(source, [deep, deep + 1], { ruleId: 'yaml/syntax', message: words.tooDeep })];
  }
  if (parseFast(source)) return [];
  const lineCounter = newLineCounter();
  source.lineCounter = lineCounter;
  let doc: Document.Parsed;
  try {
    doc = parseYaml(source.text, lineCounter);
  } catch (error) {
    // The parser itself gave up (e.g. nesting deeper than the stack allows).
    const reason = error instanceof RangeError ? words.tooDeep : words.cannotParse;
    return [diagnosticAtRange(source, [0, 0], { ruleId: 'yaml/syntax', message: reason })];
  }
  source.doc = doc;
  const diagnostics = syntaxDiagnostics(source, doc, words);
  if (diagnostics.length > 0) return diagnostics;

  if (doc.contents === null || (yamlLib().isScalar(doc.contents) && doc.contents.value === null)) {
    return [diagnosticAtRange(source, [0, 0], { ruleId: 'yaml/empty', message: words.empty })];
  }
  try {
    source.data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const message =
      error instanceof ReferenceError || /alias/i.test(String(error))
        ? words.tooManyAliases(MAX_ALIAS_COUNT)
        : error instanceof RangeError
          ? words.tooDeep
          : words.cannotReadValues;
    return [diagnosticAtRange(source, [0, 0], { ruleId: 'yaml/alias-limit', message })];
  }
  // Under the alias count, a few aliases of a long text still make a huge notice.
  const past = SPECIAL.test(source.text) ? aliasPastSize(doc, source.text.length, MAX_FILE_BYTES) : undefined;
  if (past) {
    return [
      diagnosticAtRange(source, past.range, {
        ruleId: 'yaml/alias-limit',
        message: words.aliasesTooLarge,
      }),
    ];
  }
  const tagged = taggedValues(source.data);
  if (tagged.length) {
    return tagged.map(({ path, tag }) =>
      diagnosticAtPath(source, path, { ruleId: 'schema/type', message: words.tagged(tag) }),
    );
  }
  if (!yamlLib().isMap(doc.contents)) {
    const range = doc.contents?.range;
    return [diagnosticAtRange(source, range ? [range[0], range[1]] : [0, 0], { ruleId: 'schema/type', message: words.notMap(Array.isArray(source.data)) })];
  }
  return diagnostics;
}
