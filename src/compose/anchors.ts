/**
 * The HTML anchors of a notice's facts: each purpose, data category, special category, recipient
 * and transfer has an element with an id of its own, the same in every language. The JSON-LD names
 * each fact by its anchor (`page.html#recipient-2`), so that what it says can be found on the page.
 */
import type { Register } from '../types.js';

export interface FactAnchors {
  /** Index for index with the register's lists. */
  purposes: string[];
  dataCategories: string[];
  specialCategories: string[];
  recipients: string[];
  transfers: string[];
}

/** The section anchor of the controller's details (`anchor('controller')`). */
export const CONTROLLER_ANCHOR = 'controller';

/**
 * A purpose or data category by its own id where it has one (`purpose-orders`), by its place
 * otherwise (`recipient-2`). The prefixes keep them apart from the section anchors; an id given
 * twice gets a number (`purpose-orders-2`), so that each is unique on the page.
 */
export function factAnchors(register: Register): FactAnchors {
  const taken = new Set<string>();
  const unique = (wanted: string): string => {
    let id = wanted;
    for (let n = 2; taken.has(id); n++) id = `${wanted}-${n}`;
    taken.add(id);
    return id;
  };
  const list = <T>(items: readonly T[] | 'none' | undefined, name: (item: T, i: number) => string): string[] => (Array.isArray(items) ? items.map((item, i) => unique(name(item, i))) : []);
  return {
    purposes: list(register.purposes, (p, i) => `purpose-${p.id ?? i + 1}`),
    dataCategories: list(register.data_categories, (c, i) => `category-${c.id ?? i + 1}`),
    specialCategories: list(register.special_categories, (_, i) => `special-category-${i + 1}`),
    recipients: list(register.recipients, (_, i) => `recipient-${i + 1}`),
    transfers: list(register.transfers, (_, i) => `transfer-${i + 1}`),
  };
}
