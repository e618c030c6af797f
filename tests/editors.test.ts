/**
 * The VS Code extension in editors/vscode/: a valid manifest that activates in a Seloste project,
 * and an extension that starts `seloste lsp` for YAML files (run here against stand-ins for VS Code
 * and its language client, which are not installed).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { ROOT, tempProject } from './helpers.js';

const EXTENSION = join(ROOT, 'editors', 'vscode');
const manifest = JSON.parse(readFileSync(join(EXTENSION, 'package.json'), 'utf8')) as {
  name: string;
  publisher: string;
  version: string;
  main: string;
  engines: { vscode: string };
  activationEvents: string[];
  contributes: { configuration: { properties: Record<string, unknown> } };
  dependencies: Record<string, string>;
};

interface Started {
  id: string;
  server: { run: { command: string; args: string[]; transport: number } };
  client: { documentSelector: unknown[] };
  started: boolean;
}

/** Activate the extension with stand-ins for `vscode` and `vscode-languageclient/node`; what it started. */
async function activate(folder: string, setting = ''): Promise<Started> {
  const made: Started[] = [];
  class LanguageClient {
    constructor(id: string, _name: string, server: Started['server'], client: Started['client']) {
      made.push({ id, server, client, started: false });
    }
    async start(): Promise<void> {
      made.at(-1)!.started = true;
    }
  }
  const vscode = {
    workspace: {
      getConfiguration: (section: string) => ({ get: (key: string) => (section === 'seloste' && key === 'path' ? setting : undefined) }),
      workspaceFolders: [{ uri: { fsPath: folder } }],
    },
  };
  const fakes: Record<string, unknown> = { vscode, 'vscode-languageclient/node': { LanguageClient, TransportKind: { stdio: 0 } } };
  const require = createRequire(import.meta.url);
  const module = { exports: {} as { activate(context: { subscriptions: unknown[] }): Promise<void> } };
  const code = readFileSync(join(EXTENSION, manifest.main), 'utf8');
  new Function('require', 'module', 'exports', code)((id: string) => fakes[id] ?? require(id), module, module.exports);
  await module.exports.activate({ subscriptions: [] });
  expect(made).toHaveLength(1);
  return made[0]!;
}

describe('the VS Code extension', () => {
  it('has a manifest VS Code can load, in step with the package', () => {
    const root = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string; license: string };
    expect(manifest.name).toMatch(/^[a-z0-9][a-z0-9-]*$/);
    expect(manifest.publisher).toMatch(/^[a-z0-9][a-z0-9-]*$/);
    expect(manifest.version).toBe(root.version);
    expect(manifest.engines.vscode).toMatch(/^\^1\.\d+\.\d+$/);
    expect(manifest.main).toBe('./extension.js');
    expect(manifest.dependencies['vscode-languageclient']).toMatch(/^\^9\./);
    for (const key of Object.keys(manifest.contributes.configuration.properties)) expect(key).toMatch(/^seloste\./);
  });

  it('activates in a workspace with registers, organisation files or the config, and not for every workspace', () => {
    const events = manifest.activationEvents;
    expect(events).not.toContain('*');
    for (const event of events) expect(event).toMatch(/^workspaceContains:\*\*\//);
    const globs = events.map((e) => e.slice('workspaceContains:'.length));
    const matches = (path: string) => globs.some((g) => picomatch(g, { dot: true })(path));
    for (const path of ['seloste.config.yaml', 'notices/lumo-customers.yaml', 'notices/lumo.org.yaml', 'site/notices/customers.yaml']) expect(matches(path), path).toBe(true);
    for (const path of ['docker-compose.yml', '.github/workflows/ci.yml', 'k8s/deployment.yaml']) expect(matches(path), path).toBe(false);
  });

  it('starts `seloste lsp` over stdio for YAML files: the project’s own seloste, else the one on the PATH, unless set', async () => {
    const { dir, cleanup } = tempProject({});
    try {
      const started = await activate(dir);
      expect(started).toMatchObject({ id: 'seloste', started: true, server: { run: { command: 'seloste', args: ['lsp'], transport: 0 } } });
      expect(started.client.documentSelector).toEqual([{ scheme: 'file', language: 'yaml' }]);
      mkdirSync(join(dir, 'node_modules', '.bin'), { recursive: true });
      const local = join(dir, 'node_modules', '.bin', process.platform === 'win32' ? 'seloste.cmd' : 'seloste');
      writeFileSync(local, '');
      expect((await activate(dir)).server.run.command).toBe(local);
      expect((await activate(dir, '/opt/seloste/bin/seloste')).server.run.command).toBe('/opt/seloste/bin/seloste');
    } finally {
      cleanup();
    }
  });
});
