/**
 * A project file as the editor reads it: its text and version (the SHA-256 of its bytes, which a
 * save must name), its plain data, and the organisation file it names.
 */
import { createHash } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import { readBytesBounded, type ReadProblem } from '../../load/read-bounded.js';
import { MAX_ALIAS_COUNT, newLineCounter, parseYaml } from '../../load/yaml-ast.js';

export function versionOf(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export type FileRead = { text: string; version: string; problem?: undefined } | { problem: ReadProblem };

/** The file's text (without a byte-order mark) and the version of its bytes; read to the size limit of a register. */
export function readFile(path: string): FileRead {
  const read = readBytesBounded(path);
  if (read.problem) return { problem: read.problem };
  const text = read.bytes.toString('utf8');
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, version: versionOf(read.bytes) };
}

/** The data of a YAML text, or undefined when it is not valid YAML. */
export function dataOf(text: string): unknown {
  try {
    const doc = parseYaml(text, newLineCounter());
    return doc.errors.length ? undefined : doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    return undefined;
  }
}

/** The data of a file, or undefined when it cannot be read as YAML. */
export function readData(path: string): unknown {
  const read = readFile(path);
  return read.problem ? undefined : dataOf(read.text);
}

/** The organisation file a register's data name (`organisation: ./x.org.yaml`), absolute. */
export function organisationRef(path: string, data: unknown = readData(path)): string | undefined {
  const ref = (data as { organisation?: unknown } | undefined)?.organisation;
  return typeof ref === 'string' && ref ? resolve(dirname(path), ref) : undefined;
}

/** True for what JSON can carry unchanged: no dates, binary, sets or maps of YAML's own types. */
export function isJsonData(value: unknown, depth = 0): boolean {
  if (depth > 200) return false;
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every((v) => isJsonData(v, depth + 1));
  if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return false;
  return Object.values(value).every((v) => isJsonData(v, depth + 1));
}

