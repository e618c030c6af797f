/**
 * `seloste init --project`: what a repository of notices needs besides its registers. Every file is
 * written only when it is not there yet; `.gitignore` only gains the lines it lacks. Nothing a user
 * wrote is replaced.
 */
import { existsSync, readFileSync } from 'node:fs';
import { appendFile } from 'node:fs/promises';
import { join } from 'node:path';

export const REGISTER_FOLDER = 'notices';

/**
 * What the build writes and keeps between runs, which a repository does not track; and the record
 * of processing activities, which is internal.
 */
const IGNORED = ['dist/', 'record/', '.*.seloste-cache.json', '.*.seloste-stamps.json'];

const SCHEMAS = './node_modules/seloste/schemas';

function configYaml(languages: readonly string[]): string {
  return [
    '# Seloste: the languages every notice is published in, and the rules\' settings.',
    `languages: [${languages.join(', ')}]`,
    '# message_language: fi      # Seloste speaks fi, sv or en (default: the language of the locale)',
    '# base_url: https://example.fi/tietosuoja/',
    '',
  ].join('\n');
}

/** Registers are mapped to their schema here, so that they need no `$schema` line that breaks when moved. */
function editorSettings(): string {
  const settings = {
    'yaml.schemas': {
      [`${SCHEMAS}/register.schema.json`]: `${REGISTER_FOLDER}/**/*.yaml`,
      [`${SCHEMAS}/config.schema.json`]: 'seloste.config.yaml',
    },
  };
  return `${JSON.stringify(settings, null, 2)}\n`;
}

function workflow(): string {
  return [
    'name: Privacy notices',
    'on:',
    '  push:',
    '  pull_request:',
    '',
    'permissions:',
    '  contents: read',
    '',
    'jobs:',
    '  check:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '        with:',
    '          fetch-depth: 0   # the whole history: earlier versions of the notices are published',
    '      - uses: actions/setup-node@v4',
    '        with:',
    '          node-version: 20',
    '      - run: npm ci',
    '      # Findings as annotations on the lines they are about; fails the job on errors.',
    `      - run: npx seloste check ${REGISTER_FOLDER} --format github`,
    `      - run: npx seloste build ${REGISTER_FOLDER} --format html,md,json`,
    '      - uses: actions/upload-artifact@v4',
    '        with:',
    '          name: notices',
    '          path: dist/',
    '',
  ].join('\n');
}

export interface ProjectFile {
  path: string;
  text: string;
}

export function projectFiles(languages: readonly string[]): ProjectFile[] {
  return [
    { path: 'seloste.config.yaml', text: configYaml(languages) },
    { path: join('.github', 'workflows', 'seloste.yml'), text: workflow() },
    { path: join('.vscode', 'settings.json'), text: editorSettings() },
  ];
}

/** The `.gitignore` lines the project lacks (all of them when there is no `.gitignore`). */
export function missingIgnoreLines(root: string): string[] {
  const path = join(root, '.gitignore');
  const present = existsSync(path) ? new Set(readFileSync(path, 'utf8').split(/\r?\n/).map((l) => l.trim())) : new Set<string>();
  return IGNORED.filter((line) => !present.has(line));
}

export async function appendIgnoreLines(root: string, lines: readonly string[]): Promise<void> {
  const path = join(root, '.gitignore');
  const text = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const separator = text && !text.endsWith('\n') ? '\n' : '';
  await appendFile(path, `${separator}# Seloste's output and build state\n${lines.join('\n')}\n`);
}
