/**
 * The data of the file being edited, changed in place by the form at a path of keys and indexes.
 * Every key the form does not show stays as it was: the whole object is sent back to the server.
 */
import type { Data } from './api-types.js';

export type Path = readonly (string | number)[];

/** The JSON pointer of a path, as findings give it: `['purposes', 0, 'legal_basis']` → `/purposes/0/legal_basis`. */
export function pointerOf(path: Path): string {
  return path.map((key) => `/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** The pointer one level up; the root's parent is the root. */
export function parentPointer(pointer: string): string {
  return pointer.slice(0, Math.max(0, pointer.lastIndexOf('/')));
}

/** An id for the element of a field, made of its pointer. */
export function fieldId(pointer: string): string {
  return `field${pointer.replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.charCodeAt(0).toString(16)}_`)}`;
}

type Container = Record<string, unknown> | unknown[];

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null;
}

export class EditData {
  constructor(
    readonly data: Data,
    /** Called after every change. */
    private readonly onChange: () => void,
  ) {}

  get(path: Path): unknown {
    let node: unknown = this.data;
    for (const key of path) node = isContainer(node) ? (node as Record<string, unknown>)[key as string] : undefined;
    return node;
  }

  /**
   * Set the value at `path`, making the objects on the way; `undefined` removes the key (an item of a
   * list is never removed this way: `removeItem` does that).
   */
  set(path: Path, value: unknown): void {
    if (!path.length) return;
    let node: Container = this.data;
    for (const key of path.slice(0, -1)) {
      const next: unknown = (node as Record<string, unknown>)[key as string];
      if (isContainer(next)) node = next;
      else {
        const made = {};
        (node as Record<string, unknown>)[key as string] = made;
        node = made;
      }
    }
    const last = path[path.length - 1]!;
    if (value === undefined && !Array.isArray(node)) delete (node as Record<string, unknown>)[last as string];
    else (node as Record<string, unknown>)[last as string] = value;
    this.onChange();
  }

  /** The list at `path`, made when missing. */
  list(path: Path): unknown[] {
    const value = this.get(path);
    if (Array.isArray(value)) return value;
    const made: unknown[] = [];
    this.set(path, made);
    return made;
  }

  addItem(path: Path, item: unknown): number {
    const list = this.list(path);
    list.push(item);
    this.onChange();
    return list.length - 1;
  }

  removeItem(path: Path, index: number): void {
    this.list(path).splice(index, 1);
    this.onChange();
  }

  moveItem(path: Path, from: number, to: number): void {
    const list = this.list(path);
    if (to < 0 || to >= list.length) return;
    const [item] = list.splice(from, 1);
    list.splice(to, 0, item);
    this.onChange();
  }
}
