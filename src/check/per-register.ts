/** What several rules read from one register is worked out once per register. */
import type { Register } from '../types.js';

/** `compute`, remembered for each register object it is asked about (callers only read the result). */
export function perRegister<T>(compute: (register: Register) => T): (register: Register) => T {
  const known = new WeakMap<Register, T>();
  return (register) => {
    let found = known.get(register);
    if (found === undefined) known.set(register, (found = compute(register)));
    return found;
  };
}
