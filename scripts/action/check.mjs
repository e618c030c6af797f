// Step "check": findings as annotations on the lines they are about, a summary, and SARIF when asked.
import { join } from 'node:path';
import { flag, input, paths, seloste, setOutput, summary } from './github.mjs';

const common = [...paths(), ...(input('max-warnings') ? ['--max-warnings', input('max-warnings')] : [])];

if (flag('sarif')) {
  const file = join(process.env.RUNNER_TEMP || '.', 'seloste.sarif');
  seloste(['check', ...common, '--format', 'sarif', '--output-file', file]);
  setOutput('sarif-file', file);
}

const report = seloste(['check', ...common, '--format', 'json'], { capture: true });
let findings = [];
try {
  findings = JSON.parse(report.stdout);
} catch {
  // The check could not run; its own message is on standard error.
}
const errors = findings.filter((d) => d.severity === 'error').length;
const warnings = findings.filter((d) => d.severity === 'warning').length;
summary(`### Privacy notices\n\n${errors} errors, ${warnings} warnings in ${paths().join(', ')}.`);
setOutput('errors', String(errors));
setOutput('warnings', String(warnings));

process.exitCode = seloste(['check', ...common, '--format', 'github']).code;
