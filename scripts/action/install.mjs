// Step "install": Seloste's own dependencies, compiled once, and a browser when PDFs are built.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { actionRoot, input } from './github.mjs';

const root = actionRoot();
if (!existsSync(join(root, 'lib', 'cli.js'))) {
  // `npm ci` compiles through the package's prepare script.
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
}

if (input('formats', 'html,md,json').split(',').map((f) => f.trim()).includes('pdf')) {
  const { findBrowser } = await import(join(root, 'lib', 'pdf', 'browser.js'));
  const found = findBrowser();
  if (found) console.log(`PDFs are printed with ${found}`);
  else {
    console.log('No Chromium or Chrome found: installing Debian\'s chromium');
    execFileSync('sudo', ['apt-get', 'update'], { stdio: 'inherit' });
    execFileSync('sudo', ['apt-get', 'install', '-y', 'chromium'], { stdio: 'inherit' });
  }
}
