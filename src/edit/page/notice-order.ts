/**
 * The order the form shows a file's parts in: the order of the notice (the register, its controller
 * and organisation, the purposes with their bases, data categories, sources, recipients, transfers,
 * retention, rights, security, cookies, changes), and the parts always shown even when empty.
 */
import type { FileKind } from './api-types.js';

const REGISTER_ORDER = [
  'name', 'id', 'description', 'created', 'updated',
  'organisation', 'controller', 'group', 'joint_controllers', 'representative', 'supervisory_authority', 'dpo', 'contact_person',
  'data_subjects', 'purposes', 'legal_bases', 'children', 'special_categories', 'personal_identity_code',
  'data_categories', 'provision', 'sources', 'recipients', 'transfers', 'retention', 'automated_decisions',
  'rights', 'security', 'cookies', 'suppression', 'further_processing', 'storage_location', 'changes', 'internal',
];

/** Parts a notice needs, shown (empty) even when the file does not have them yet. */
const REGISTER_CORE = ['controller', 'data_subjects', 'purposes', 'data_categories', 'sources', 'recipients', 'transfers', 'retention', 'rights'];
const ORGANISATION_CORE = ['controller', 'rights', 'security'];

/** Keys never shown in the form (kept in the data all the same). */
export const HIDDEN_KEYS = new Set(['$schema']);

/** The keys of `properties` in the order of the notice; keys the order does not name keep the schema's order, after it. */
export function orderedKeys(kind: FileKind, properties: readonly string[]): string[] {
  if (kind !== 'register') return [...properties];
  const known = REGISTER_ORDER.filter((key) => properties.includes(key));
  return [...known, ...properties.filter((key) => !REGISTER_ORDER.includes(key))];
}

export function coreKeys(kind: FileKind): readonly string[] {
  return kind === 'register' ? REGISTER_CORE : ORGANISATION_CORE;
}
