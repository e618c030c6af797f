/**
 * What changed in each published version of a register: the semantic difference to the version
 * before it (as `seloste diff` finds it) and the `changes:` entries the author wrote for it. The
 * what-changed pages and the Atom feed are made from this, and the build cache keeps it, so that a
 * register taken over unchanged still has its entries in the feed.
 */
import { diffRegisters, type ChangeKind, type SummaryLang } from '../diff/diff.js';
import type { ChangeEntry, Register } from '../types.js';
import type { Version } from './history.js';

/** One change between two versions, summarised in every language of the diff. */
export interface ChangeSummary {
  kind: ChangeKind;
  material: boolean;
  summary: Record<SummaryLang, string>;
}

export interface VersionChanges {
  /** The version's `updated` date: its address. */
  updated: string;
  /** The `updated` date of the version before it, when that is published too. */
  previous?: string;
  /** The author's `changes:` entries for this version. */
  log: ChangeEntry[];
  /** What changed since the previous version (empty for the first one published). */
  changes: ChangeSummary[];
}

/**
 * Every published version, newest first: the current one, then the earlier ones as the history
 * lists them. Each is compared with the next older one.
 */
export function versionChanges(current: Register, earlier: readonly Version[]): VersionChanges[] {
  const versions = [current, ...earlier.map((v) => v.register)];
  const out: VersionChanges[] = [];
  versions.forEach((register, i) => {
    const older = versions[i + 1];
    const updated = register.updated ?? '';
    const entry: VersionChanges = { updated, log: logFor(current, register, older?.updated), changes: [] };
    if (older) {
      entry.previous = older.updated ?? '';
      entry.changes = diffRegisters(older, register).map(({ kind, material, summary }) => ({ kind, material, summary }));
    }
    out.push(entry);
  });
  return out;
}

/**
 * The `changes:` entries of a version: those dated after the previous version and up to this one
 * (only those of its own date for the first version published). The current register's list is the
 * one the author keeps up; an entry since dropped from it is taken from the version's own list.
 */
function logFor(current: Register, version: Register, previous: string | undefined): ChangeEntry[] {
  const updated = version.updated ?? '';
  const within = (c: ChangeEntry): boolean => (previous === undefined ? c.date === updated : c.date > previous && c.date <= updated);
  const fromCurrent = (current.changes ?? []).filter(within);
  return fromCurrent.length ? fromCurrent : (version.changes ?? []).filter(within);
}

/** A version is material when the comparison finds a material change or the author marked one. */
export function isMaterial(version: VersionChanges): boolean {
  return version.changes.some((c) => c.material) || version.log.some((c) => c.material === true);
}
