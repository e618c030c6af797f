/**
 * The lines two texts have in common, found by Myers' difference algorithm (O((N+M)·D), D the
 * number of lines that differ): what an edit leaves alone is matched, so that it can be kept.
 */

/** For each line of `a`, the index of the line of `b` it is matched with, or -1. */
export function matchLines(a: readonly string[], b: readonly string[]): number[] {
  const match = new Array<number>(a.length).fill(-1);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) match[start] = start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) match[--endA] = --endB;
  for (const [i, j] of middle(a, b, start, endA, start, endB)) match[i] = j;
  return match;
}

/** The matched pairs between `a[a0..a1)` and `b[b0..b1)`, by the greedy forward search. */
function middle(a: readonly string[], b: readonly string[], a0: number, a1: number, b0: number, b1: number): [number, number][] {
  const n = a1 - a0;
  const m = b1 - b0;
  if (!n || !m) return [];
  // Past this many differing lines, the texts are taken to share nothing in between (memory stays small).
  const max = Math.min(n + m, 4000);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[a0 + x] === b[b0 + y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, offset, n, m, d, a0, b0);
    }
  }
  return [];
}

/** Walk the search back from the end, collecting the diagonal (matched) steps. */
function backtrack(trace: Int32Array[], offset: number, n: number, m: number, depth: number, a0: number, b0: number): [number, number][] {
  const pairs: [number, number][] = [];
  let x = n;
  let y = m;
  for (let d = depth; d > 0; d--) {
    const v = trace[d]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? k + 1 : k - 1;
    const prevX = v[offset + prevK]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) pairs.push([a0 + --x, b0 + --y]);
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) pairs.push([a0 + --x, b0 + --y]);
  return pairs;
}
