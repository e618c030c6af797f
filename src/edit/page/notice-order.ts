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

type Relevance = (object: Record<string, unknown>) => boolean;

/**
 * Parts that belong with one choice only, by the schema's part (`$defs` name) they are in: a purpose's
 * legitimate interest under `legitimate_interests`, its law under a legal obligation or a public task,
 * its consent under `consent`. Such a part is shown when its choice is made (or it has a value), and
 * left out otherwise.
 */
export const RELEVANT_WHEN: Readonly<Record<string, Readonly<Record<string, Relevance>>>> = {
  purpose: {
    legitimate_interest: (p) => p['legal_basis'] === 'legitimate_interests',
    outside_public_tasks: (p) => p['legal_basis'] === 'legitimate_interests',
    law: (p) => p['legal_basis'] === 'legal_obligation' || p['legal_basis'] === 'public_task',
    consent: (p) => p['legal_basis'] === 'consent',
  },
  data_category: {
    consequence: (c) => c['provision'] !== undefined && c['provision'] !== 'voluntary',
  },
};

/** The keys whose choice decides what else is shown: the form is drawn again when they change. */
export const DECIDING_KEYS = new Set(['legal_basis', 'provision']);
