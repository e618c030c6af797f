// Step "build": the site, into a folder the next step uploads as an artifact or hands to GitHub Pages.
import { join } from 'node:path';
import { input, paths, seloste, setOutput, workspace } from './github.mjs';

const out = input('out', 'dist');
const args = ['build', ...paths(), '--out', out, '--format', input('formats', 'html,md,json')];
if (input('base-url')) args.push('--base-url', input('base-url'));

const { code } = seloste(args);
setOutput('site', join(workspace(), out));
process.exitCode = code;
