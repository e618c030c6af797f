// Bundles lib/vendor/unified.js (the unified packages the renderer uses, re-exported by
// src/vendor/unified.ts) into one file, so that Node loads one module instead of about 250.
// Without esbuild the re-exports stay as tsc wrote them: slower to load, the same in every other way.
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('../lib/vendor/unified.js', import.meta.url));
let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  process.stderr.write('bundle-vendor: esbuild is not installed; lib/vendor/unified.js stays unbundled (slower start)\n');
  process.exit(0);
}
await esbuild.build({
  entryPoints: [entry],
  outfile: entry,
  allowOverwrite: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
});
