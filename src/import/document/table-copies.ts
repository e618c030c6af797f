/**
 * Tables a page prints twice, once for wide screens and once for phones: the second says nothing the
 * first has not said, cell for cell, and is read once. A table that adds a single cell of its own is
 * read in full, so that nothing of it is lost.
 */

/** A cell's text as compared: case, spacing and line breaks aside. */
function key(cell: string): string {
  return cell.toLowerCase().replace(/\s+/gu, ' ').trim();
}

/** Fewer cells than this are too few to tell a printed copy from two tables that share a few words. */
const LEAST_CELLS = 6;

/** Remembers the cells of the tables read so far; `isCopy` tells whether a table repeats them all. */
export function tableCopies(): { isCopy(rows: readonly (readonly string[])[]): boolean } {
  const seen = new Set<string>();
  return {
    isCopy(rows) {
      const cells = rows.flat().map(key).filter(Boolean);
      const copy = cells.length >= LEAST_CELLS && cells.every((c) => seen.has(c));
      for (const c of cells) seen.add(c);
      return copy;
    },
  };
}
