/**
 * What may be published of a register. A key the schemas mark `"x-internal": true` holds facts for
 * the record of processing activities (Art. 30) only: `publicRegister` is the one function that
 * leaves them out, and the publishing stages (compose, the notice page, the JSON twin and its
 * JSON-LD) take only what it returns, and refuse anything else.
 */
import type { Register } from '../types.js';

/** The top-level keys the schemas mark `x-internal` (a test holds the two lists together). */
export const INTERNAL_KEYS = ['internal'] as const;

declare const published: unique symbol;

/** A register without its internal facts: the only kind of register the publishing stages take. */
export type PublicRegister = Omit<Register, (typeof INTERNAL_KEYS)[number]> & { readonly [published]: true };

/** The register as it may be published: every internal key left out. */
export function publicRegister(register: Register): PublicRegister {
  const copy: Record<string, unknown> = { ...register };
  for (const key of INTERNAL_KEYS) delete copy[key];
  return copy as unknown as PublicRegister;
}

/** Refuse a register that still holds internal facts (one that did not pass `publicRegister`). */
export function refuseInternal(register: object): void {
  const found = INTERNAL_KEYS.filter((key) => Object.hasOwn(register, key));
  if (found.length) throw new Error(`internal facts (\`${found.join('`, `')}\`) are never published; pass the register through publicRegister()`);
}
