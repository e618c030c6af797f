// Builds the page of `seloste edit` into lib/edit/page/ (or the folder given as the first argument): app.js (src/edit/page/main.ts and what it
// imports, bundled and minified for the browser), app.css and index.html. Nothing is loaded from
// elsewhere at run time: the page's CSP allows only its own files.
import { copyFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const source = (file) => fileURLToPath(new URL(`../src/edit/page/${file}`, import.meta.url));
const out = process.argv[2] ? `${process.argv[2].replace(/\/$/, '')}/` : fileURLToPath(new URL('../lib/edit/page/', import.meta.url));

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  process.stderr.write('bundle-edit-page: esbuild is not installed, so the page of `seloste edit` cannot be built\n');
  process.exit(1);
}
mkdirSync(out, { recursive: true });
await esbuild.build({
  entryPoints: [source('main.ts')],
  outfile: `${out}app.js`,
  bundle: true,
  minify: true,
  platform: 'browser',
  format: 'esm',
  target: ['chrome110', 'firefox115', 'safari16'],
  legalComments: 'none',
  logLevel: 'warning',
});
copyFileSync(source('app.css'), `${out}app.css`);
copyFileSync(source('index.html'), `${out}index.html`);
