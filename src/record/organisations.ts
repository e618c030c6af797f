/**
 * The record is kept per organisation: every register whose controller has the same legal name
 * belongs to that controller's record (Art. 30(1)), and the processing it carries out for other
 * controllers, from the registers' or their organisation files' `internal.processor_for`, to the
 * same record (Art. 30(2)).
 */
import type { Controller, ProcessorActivity, Register } from '../types.js';

export interface ProcessorEntry {
  activity: ProcessorActivity;
  /** The first register that holds it: the processor's own details (its representative, DPO, measures) come from there. */
  register: Register;
}

export interface Organisation {
  /** The name of its files: the legal name in lower case, letters and digits only, e.g. `lumo-kahvi-oy`. */
  slug: string;
  controller: Controller;
  /** Its registers, by id. */
  registers: Register[];
  processorFor: ProcessorEntry[];
  /** The latest `updated` date of its registers: the date of the record. */
  updated: string;
  /** The earliest `created` (or `updated`) date of its registers. */
  created: string;
}

function nameKey(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('fi');
}

/** `Lumo Kahvi Oy` → `lumo-kahvi-oy`; `Sulkapalloseura ry` → `sulkapalloseura-ry`; å, ä, ö without their marks. */
export function slugOf(name: string): string {
  const plain = name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  return plain.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'organisation';
}

/** The organisations of the registers (those without a controller have none), by name. */
export function groupOrganisations(registers: readonly Register[]): Organisation[] {
  const byName = new Map<string, Register[]>();
  for (const register of [...registers].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    if (!register.controller) continue;
    const key = nameKey(register.controller.name);
    byName.set(key, [...(byName.get(key) ?? []), register]);
  }
  const organisations = [...byName.values()].map(organisationOf);
  organisations.sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  return uniqueSlugs(organisations);
}

function organisationOf(registers: Register[]): Organisation {
  const first = registers[0]!;
  const dates = registers.map((r) => r.updated ?? '').filter(Boolean).sort();
  const created = registers.map((r) => r.created ?? r.updated ?? '').filter(Boolean).sort();
  return {
    slug: slugOf(first.controller!.name),
    controller: first.controller!,
    registers,
    processorFor: processorEntries(registers),
    updated: dates.at(-1) ?? '',
    created: created[0] ?? '',
  };
}

/** Each activity once, however many registers share it through their organisation file. */
function processorEntries(registers: readonly Register[]): ProcessorEntry[] {
  const seen = new Set<string>();
  const out: ProcessorEntry[] = [];
  for (const register of registers) {
    for (const activity of register.internal?.processor_for ?? []) {
      const key = JSON.stringify(activity);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ activity, register });
    }
  }
  return out;
}

/** Two legal names that write the same (`Esimerkki Oy` and `Esimerkki-Oy`) get numbered file names. */
function uniqueSlugs(organisations: Organisation[]): Organisation[] {
  const used = new Map<string, number>();
  for (const o of organisations) {
    const n = (used.get(o.slug) ?? 0) + 1;
    used.set(o.slug, n);
    if (n > 1) o.slug = `${o.slug}-${n}`;
  }
  return organisations;
}
