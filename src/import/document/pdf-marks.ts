/**
 * Bullets a PDF draws instead of writing. A browser prints the marks of an HTML list (a disc, a
 * circle, a square) as small shapes, not as letters, so the text alone does not say where an item
 * begins. A mark is a shape about as wide as it is high, no larger than a letter; a line with one
 * just left of its first letter, level with its letters, opens an item.
 */
import type { PdfLine } from './pdf-lines.js';

/** A shape's box on the page, in points from its lower left corner. */
export interface Mark {
  left: number;
  right: number;
  bottom: number;
  top: number;
}

/** The drawing of a page as pdf.js lists it: what it does, with what. */
export interface Drawing {
  fnArray: readonly number[];
  argsArray: readonly unknown[];
}

/** The numbers pdf.js gives the operations read here (its `OPS`). */
export type Ops = Readonly<Record<'save' | 'restore' | 'transform' | 'constructPath' | 'paintFormXObjectBegin' | 'paintFormXObjectEnd' | 'endPath', number>>;

type Matrix = readonly [number, number, number, number, number, number];

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** `m` applied first, then `ctm`: the matrix a `cm` operator leaves. */
function concat(ctm: Matrix, m: Matrix): Matrix {
  const [a, b, c, d, e, f] = ctm;
  return [a * m[0] + c * m[1], b * m[0] + d * m[1], a * m[2] + c * m[3], b * m[2] + d * m[3], a * m[4] + c * m[5] + e, b * m[4] + d * m[5] + f];
}

/** `count` finite numbers (an array or a typed array), or `undefined`. */
function numbers(value: unknown, count: number): number[] | undefined {
  const list = value && typeof value === 'object' && 'length' in value ? Array.from(value as ArrayLike<unknown>) : [];
  return list.length === count && list.every((n) => typeof n === 'number' && Number.isFinite(n)) ? (list as number[]) : undefined;
}

const matrixOf = (value: unknown): Matrix | undefined => numbers(value, 6) as Matrix | undefined;

/** A box (minimum x, y, maximum x, y) in the space `ctm` maps to the page. */
function boxOnPage(ctm: Matrix, box: readonly number[]): Mark {
  const [x0, y0, x1, y1] = box as [number, number, number, number];
  const xs: number[] = [];
  const ys: number[] = [];
  for (const [x, y] of [[x0, y0], [x1, y0], [x0, y1], [x1, y1]] as const) {
    xs.push(ctm[0] * x + ctm[2] * y + ctm[4]);
    ys.push(ctm[1] * x + ctm[3] * y + ctm[5]);
  }
  return { left: Math.min(...xs), right: Math.max(...xs), bottom: Math.min(...ys), top: Math.max(...ys) };
}

/** The box of a painted path: `constructPath`'s last argument, four finite numbers; none for a clip. */
function pathBox(args: unknown, ops: Ops): number[] | undefined {
  if (!Array.isArray(args) || args[0] === ops.endPath) return undefined;
  return numbers(args[args.length - 1], 4);
}

/** Every path a page paints, as its box on the page. */
export function paintedBoxes(drawing: Drawing, ops: Ops): Mark[] {
  const out: Mark[] = [];
  const stack: Matrix[] = [];
  let ctm = IDENTITY;
  drawing.fnArray.forEach((fn, i) => {
    const args = drawing.argsArray[i];
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? ctm;
    else if (fn === ops.transform) ctm = concat(ctm, matrixOf(args) ?? IDENTITY);
    else if (fn === ops.paintFormXObjectBegin) {
      stack.push(ctm);
      ctm = concat(ctm, matrixOf(Array.isArray(args) ? args[0] : undefined) ?? IDENTITY);
    } else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === ops.constructPath) {
      const box = pathBox(args, ops);
      if (box) out.push(boxOnPage(ctm, box));
    }
  });
  return out;
}

/** A box that may be a list's mark beside text of `size` points: small, and about as wide as high. */
function markSized(box: Mark, size: number): boolean {
  const width = box.right - box.left;
  const height = box.top - box.bottom;
  return width >= 0.15 * size && height >= 0.15 * size && width <= 0.6 * size && height <= 0.6 * size && width <= 1.6 * height && height <= 1.6 * width;
}

/** The line has a mark just left of its first letter, level with its letters. */
function markedBy(line: PdfLine, box: Mark): boolean {
  const middle = (box.top + box.bottom) / 2;
  return markSized(box, line.size) && box.right <= line.x && line.x - box.right <= 1.5 * line.size && middle >= line.y && middle <= line.y + 0.8 * line.size;
}

/** The lines of a page, those that a drawn mark opens marked as such. */
export function markLines(lines: readonly PdfLine[], boxes: readonly Mark[]): PdfLine[] {
  if (!boxes.length) return [...lines];
  return lines.map((line) => (boxes.some((box) => markedBy(line, box)) ? { ...line, marked: true } : line));
}
