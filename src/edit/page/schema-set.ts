/**
 * The JSON Schemas the form is drawn from, with `$ref` followed: into the schema's own `$defs`
 * (`#/$defs/text`) and across files (`register.schema.json#/$defs/controller`, as the organisation
 * schema refers to the register schema's parts).
 */

export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  title?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  'x-i18n'?: Record<string, { title?: string; description?: string }>;
  'x-enum-titles'?: Record<string, Record<string, string>>;
  [key: string]: unknown;
}

/** A schema with its references followed: the merged schema, what the place that refers to it says, and where it lives. */
export interface Resolved {
  /** The schema with every `$ref` replaced by its target; the referring schema's own keys win. */
  schema: JsonSchema;
  /** The schema as written where it is used (its own title and description, before the target's). */
  site: JsonSchema;
  /** Each schema on the way, the site first: where labels are looked up in order. */
  chain: JsonSchema[];
  /** The name of the last `$defs` entry followed (`text`, `country`, …), if any. */
  def?: string;
  /** The file the schema's own references are relative to. */
  base: string;
}

export const REGISTER_SCHEMA = 'register.schema.json';
export const ORGANISATION_SCHEMA = 'organisation.schema.json';

function unescapePointer(token: string): string {
  return decodeURIComponent(token).replace(/~1/g, '/').replace(/~0/g, '~');
}

export class SchemaSet {
  constructor(private readonly documents: Readonly<Record<string, JsonSchema>>) {}

  /** The root schema of a file of this kind. */
  root(kind: 'register' | 'organisation'): Resolved {
    const base = kind === 'register' ? REGISTER_SCHEMA : ORGANISATION_SCHEMA;
    return this.resolve(this.documents[base] ?? {}, base);
  }

  private target(ref: string, base: string): { schema: JsonSchema; base: string; def?: string } {
    const [file, fragment = ''] = ref.split('#');
    const name = file ? file.replace(/^.*\//, '') : base;
    let node: unknown = this.documents[name];
    const tokens = fragment.split('/').filter(Boolean).map(unescapePointer);
    for (const token of tokens) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[token] : undefined;
    const defIndex = tokens.lastIndexOf('$defs');
    const def = defIndex >= 0 && defIndex === tokens.length - 2 ? tokens[defIndex + 1] : undefined;
    return { schema: (node as JsonSchema | undefined) ?? {}, base: name, ...(def ? { def } : {}) };
  }

  /** `schema` (written in the file `base`) with its references followed, at most a few levels deep. */
  resolve(schema: JsonSchema, base: string): Resolved {
    const chain: JsonSchema[] = [schema];
    let merged: JsonSchema = { ...schema };
    let def: string | undefined;
    let current = schema;
    let where = base;
    for (let depth = 0; current.$ref && depth < 8; depth++) {
      const next = this.target(current.$ref, where);
      def ??= next.def;
      chain.push(next.schema);
      const { $ref: _followed, ...own } = merged;
      merged = { ...next.schema, ...own };
      delete merged.$ref;
      if (next.schema.$ref) merged.$ref = next.schema.$ref;
      current = next.schema;
      where = next.base;
    }
    delete merged.$ref;
    return { schema: merged, site: schema, chain, ...(def ? { def } : {}), base: where };
  }

  /** A part of a resolved schema (a property, the items), resolved in turn. */
  child(parent: Resolved, schema: JsonSchema): Resolved {
    return this.resolve(schema, parent.base);
  }
}
