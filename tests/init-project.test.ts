/** `seloste init --project`: a repository set up for notices, without replacing anything already there. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import picomatch from 'picomatch';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { cli, INIT_FLAGS as FLAGS, tempProject } from './helpers.js';


describe('seloste init --project', () => {
  it('writes the configuration, a register in notices/, the workflow, editor settings and .gitignore lines; check passes', async () => {
    const { dir, cleanup } = tempProject({});
    try {
      const r = await cli(['init', '--project', ...FLAGS], dir);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(parse(readFileSync(join(dir, 'seloste.config.yaml'), 'utf8'))).toMatchObject({ languages: ['fi'] });
      const register = readFileSync(join(dir, 'notices', 'asiakasrekisteri.yaml'), 'utf8');
      expect(register, 'the editor settings map the schema: no $schema line').not.toMatch(/\$schema/);
      const settings = JSON.parse(readFileSync(join(dir, '.vscode', 'settings.json'), 'utf8')) as { 'yaml.schemas': Record<string, string> };
      const [schema, glob] = Object.entries(settings['yaml.schemas']).find(([k]) => k.endsWith('register.schema.json'))!;
      expect(picomatch(glob)('notices/asiakasrekisteri.yaml')).toBe(true);
      expect(schema).toBe('./node_modules/seloste/schemas/register.schema.json');
      const workflow = parse(readFileSync(join(dir, '.github', 'workflows', 'seloste.yml'), 'utf8')) as { jobs: { check: { steps: { run?: string }[] } } };
      expect(workflow.jobs.check.steps.map((s) => s.run).filter(Boolean)).toContain('npx seloste check notices --format github');
      expect(readFileSync(join(dir, '.gitignore'), 'utf8')).toMatch(/^dist\/$/m);
      expect(readFileSync(join(dir, '.gitignore'), 'utf8')).toMatch(/^record\/$/m);
      const check = await cli(['check'], dir);
      expect(check.stdout + check.stderr).not.toMatch(/error/);
      expect(check.code).toBe(0);
    } finally {
      cleanup();
    }
  });

  it('keeps every file that is there, and adds to .gitignore only the lines it lacks', async () => {
    const { dir, cleanup } = tempProject({
      'seloste.config.yaml': 'languages: [fi]\nmessage_language: fi\n',
      '.gitignore': 'node_modules/\ndist/',
      '.vscode/settings.json': '{ "editor.tabSize": 2 }\n',
    });
    try {
      const r = await cli(['init', '--project', ...FLAGS], dir);
      expect(r.code).toBe(0);
      // The configuration kept says `message_language: fi`: init speaks Finnish.
      expect(r.stdout).toMatch(/seloste\.config\.yaml säilytettiin \(se on jo olemassa\)/);
      expect(readFileSync(join(dir, 'seloste.config.yaml'), 'utf8')).toBe('languages: [fi]\nmessage_language: fi\n');
      expect(readFileSync(join(dir, '.vscode', 'settings.json'), 'utf8')).toBe('{ "editor.tabSize": 2 }\n');
      const ignore = readFileSync(join(dir, '.gitignore'), 'utf8');
      expect(ignore.startsWith('node_modules/\ndist/\n')).toBe(true);
      expect(ignore.match(/^dist\/$/gm)).toHaveLength(1);
      expect(ignore).toMatch(/^\.\*\.seloste-cache\.json$/m);
    } finally {
      cleanup();
    }
  });

  it('writes nothing when the register cannot be made from the flags', async () => {
    const { dir, cleanup } = tempProject({});
    try {
      const r = await cli(['init', '--project', '--name', 'Rekisteri'], dir);
      expect(r.code).toBe(2);
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      cleanup();
    }
  });

  it('takes the languages of a new configuration', async () => {
    const { dir, cleanup } = tempProject({});
    try {
      const bad = await cli(['init', '--project', '--languages', 'fi,de', ...FLAGS], dir);
      expect(bad.code).toBe(2);
      expect(existsSync(join(dir, 'seloste.config.yaml'))).toBe(false);
      const r = await cli(['init', '--project', '--languages', 'fi,sv', ...FLAGS.map((f) => (f === 'Asiakasrekisteri' ? 'fi=Asiakasrekisteri|sv=Kundregister' : f))], dir);
      expect(r.code).toBe(0);
      expect(parse(readFileSync(join(dir, 'seloste.config.yaml'), 'utf8'))).toMatchObject({ languages: ['fi', 'sv'] });
    } finally {
      cleanup();
    }
  });
});
