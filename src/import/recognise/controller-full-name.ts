/**
 * The controller's full name where the notice names it by the short name it defines: "SkinChange.AI ApS
 * (hereinafter referred to as 'SkinChange.AI', 'we' …)", then "SkinChange.AI is the controller". The
 * company the short name stands for is the controller, with its company form.
 */
import type { Block } from '../document/block.js';
import type { DraftState } from '../draft/state.js';
import type { Section } from '../outline.js';
import { companyNames } from './contact-details.js';
import { escape } from './recipient-paragraph.js';
import { FROM_HERE_ON } from './we-name.js';

const QUOTE = `["“”'‘’»«]`;

/** The company named right before "(hereinafter 'Short')", when its name holds the short one. */
function definedAs(text: string, short: string): string | undefined {
  const re = new RegExp(String.raw`\(\s*(?:${FROM_HERE_ON})?[ :]*${QUOTE}${escape(short)}${QUOTE}`, 'giu');
  for (const m of text.matchAll(re)) {
    const before = companyNames(text.slice(Math.max(0, m.index - 120), m.index).trimEnd()).pop();
    // Right before the bracket, in any case ("Kuusipaja Oy:tä (jäljempänä "Kuusipaja")").
    const right = before !== undefined && new RegExp(`${escape(before)}(?::\\p{L}{1,4})?$`, 'u').test(text.slice(0, m.index).trimEnd());
    if (before && before !== short && before.startsWith(short) && right) return before;
  }
  return undefined;
}

export function controllerFullName(x: DraftState, front: readonly Block[], sections: readonly Section[]): void {
  const short = x.controller.name;
  if (typeof short !== 'string') return;
  for (const block of [...front, ...sections.flatMap((s) => s.blocks)]) {
    const full = definedAs(block.text, short);
    if (full) {
      x.controller.name = full;
      return;
    }
  }
}
