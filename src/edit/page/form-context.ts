/** What every field of the form is drawn with: the data, the schemas, the words, and the renderer of nested parts. */
import type { EditData, Path } from './edit-data.js';
import type { Resolved, SchemaSet } from './schema-set.js';
import type { Lang, Words } from './words.js';

/** One part of the file to draw: its schema, where its value is, and what it is called. */
export interface FieldSpec {
  resolved: Resolved;
  path: Path;
  /** The key the part has in its object, or the list's key for an item. */
  key: string;
  label: string;
  help?: string;
  /** Told apart from another element drawn for the same place (a choice and its chosen shape). */
  idSuffix?: string;
}

export type RenderField = (ctx: FormContext, spec: FieldSpec) => HTMLElement;

export interface FormContext {
  data: EditData;
  schemas: SchemaSet;
  words: Words;
  lang: Lang;
  /** The languages the notice is published in: a text has a field for each. */
  languages: readonly string[];
  /** The organisation file a register takes its shared parts from, as written in it. */
  organisation?: string;
  /** Said to screen readers (aria-live, polite). */
  announce(message: string): void;
  /** Called after a part of the form was drawn again (an item added, removed or moved), to show the findings in it. */
  redrawn(): void;
  /** Draws a nested part (passed around so that the field kinds need not import one another). */
  render: RenderField;
}
