/**
 * The controller's details at the head of a notice that names no one over them: "Privacy statement 24.5.2018" ⏎
 * "Osmontie 34, 00610 Helsinki" ⏎ "Business ID: 2412998-4" ⏎ "p. +358 50-352 2019". Where nothing names the controller
 * and no details of it are had, the first block before any part that is contact details and nothing else, a business
 * ID or an organisation number among them, is the controller's: a number in the trade register is no processor's in
 * the head of a notice. Its name is left for the writer to give.
 */
import { detailLines, type Block } from '../document/block.js';
import type { DraftState } from '../draft/state.js';
import type { Address } from '../../types.js';
import { parseBlock } from './contact-block.js';

export function controllerDetailsInFront(x: DraftState, front: readonly Block[]): void {
  const c = x.controller;
  if (c.name || c.address || c.email || c.phone || c.business_id || c.registration || x.frontCompany || x.titleCompany) return;
  for (const block of front) {
    if (block.kind === 'heading') continue;
    const { values, kept } = parseBlock('controller', detailLines(block));
    const id = values['business_id'] ?? values['registration'];
    if (kept.size || values['name'] !== undefined || typeof id !== 'string') continue;
    if (typeof values['business_id'] === 'string') c.business_id = values['business_id'];
    if (typeof values['registration'] === 'string') c.registration = values['registration'];
    if (values['address'] && typeof values['address'] === 'object') c.address = values['address'] as Address;
    if (typeof values['email'] === 'string') c.email = values['email'];
    if (typeof values['phone'] === 'string') c.phone = values['phone'];
    x.todo(['controller'], `the controller's details are taken from line ${block.line} of the original, which names no one: check them`, []);
    return;
  }
}
