/**
 * Run a Node script and record its peak memory, for machines without GNU time (`/usr/bin/time`):
 *
 *   node bench/maxrss.js OUT.json SCRIPT [ARGS...]
 *
 * Writes `{"maxRssKb": …}` (process.resourceUsage().maxRSS, kilobytes) to OUT.json when the script's
 * process exits. This is the Node process only; child processes (Chromium) are not included.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [out, script, ...args] = process.argv.slice(2);
if (!out || !script) {
  process.stderr.write('usage: node bench/maxrss.js OUT.json SCRIPT [ARGS...]\n');
  process.exit(2);
}
process.argv = [process.argv[0], resolve(script), ...args];
process.on('exit', () => {
  writeFileSync(out, `${JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS })}\n`);
});
await import(pathToFileURL(resolve(script)).href);
