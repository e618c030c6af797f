/** What the feed keeps of a register's version, also in the build cache for registers not rendered again. */
export interface FeedEntry {
  /** The version's date, by which the feed orders its entries. */
  updated: string;
  /** The `<entry>` element, indented for its place in the feed. */
  xml: string;
}
