// Removes lib/ before it is compiled again, so that no file of a removed source lingers there.
import { rmSync } from 'node:fs';

rmSync(new URL('../lib/', import.meta.url), { recursive: true, force: true });
