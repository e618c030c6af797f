import type { Text } from '../types.js';

/** What the index page lists of a register, kept in the build cache for registers not rendered again. */
export interface IndexEntry {
  id: string;
  name: Text;
  controller: string;
  /** The controller's names in other languages, when it has some. */
  controllerNames?: Text;
  updated: string;
}
