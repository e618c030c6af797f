import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startPreview } from '../src/serve/serve.js';
import { run } from '../src/cli.js';
import { tempProject } from './helpers.js';

const REGISTER = `name: {fi: Jäsenrekisteri}
updated: 2026-01-15
controller: {name: Esimerkkiyhdistys ry, email: hallitus@esimerkki.example}
purposes:
  - description: {fi: Jäsenyyden hoitaminen}
    legal_basis: contract
`;

async function waitFor(test: () => Promise<boolean>, ms: number): Promise<number> {
  const start = Date.now();
  while (Date.now() - start < ms) {
    if (await test()) return Date.now() - start;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`not within ${ms} ms`);
}

describe('seloste serve', () => {
  it('serves the notices and shows a change within two seconds, with a live-reload stream', async () => {
    const other = REGISTER.replace('Jäsenyyden hoitaminen', 'Kerhon tapahtumat');
    const { dir, cleanup } = tempProject({ 'seloste.config.yaml': 'languages: [fi]\n', 'notices/members.yaml': REGISTER, 'notices/events.yaml': other });
    const log: string[] = [];
    const preview = await startPreview({ cwd: dir, paths: ['notices'], port: 0, log: (l) => log.push(l) });
    try {
      const page = (): Promise<string> => fetch(`${preview.url}fi/members.html`).then((r) => r.text());
      expect(await page()).toContain('Jäsenyyden hoitaminen');
      expect(await page()).toContain('<script src="/__seloste/reload.js"></script>');
      expect(await page()).not.toMatch(/<script>/);
      const script = await fetch(`${preview.url}__seloste/reload.js`);
      expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      expect(await script.text()).toContain("new EventSource('/__seloste/events')");
      const events = await fetch(`${preview.url}__seloste/events`);
      expect(events.headers.get('content-type')).toBe('text/event-stream');
      const reader = events.body!.getReader();
      await reader.read();

      const file = join(dir, 'notices', 'members.yaml');
      const next = preview.nextBuild();
      writeFileSync(file, readFileSync(file, 'utf8').replace('Jäsenyyden hoitaminen', 'Jäsenmaksujen laskutus'));
      await waitFor(async () => (await page()).includes('Jäsenmaksujen laskutus'), 10_000);
      // Only the changed register was rendered again.
      expect((await next)?.reused).toEqual(['notices/events.yaml']);
      expect(log.join('\n')).toContain('Built 2 registers (1 unchanged)');
      const message = new TextDecoder().decode((await reader.read()).value);
      expect(message).toContain('data: reload');
      await reader.cancel();
    } finally {
      await preview.close();
      cleanup();
    }
  });

  it('a register with errors stays visible, with the errors in a banner and in the log', async () => {
    const { dir, cleanup } = tempProject({ 'seloste.config.yaml': 'languages: [fi]\n', 'notices/members.yaml': REGISTER });
    const log: string[] = [];
    const preview = await startPreview({ cwd: dir, paths: ['notices'], port: 0, log: (l) => log.push(l) });
    try {
      const next = preview.nextBuild();
      writeFileSync(join(dir, 'notices', 'members.yaml'), REGISTER.replace('legal_basis: contract', 'legal_basis: contract\n    legitimate_interest: {fi: x}'));
      await next;
      const html = await fetch(`${preview.url}fi/members.html`).then((r) => r.text());
      expect(html).toMatch(/<div class="banner" role="alert">Preview: \d+ errors?/);
      expect(log.join('\n')).toMatch(/^notices\/members\.yaml:\d+:\d+: error .+ \[[a-z/-]+\]$/m);

      const broken = preview.nextBuild();
      writeFileSync(join(dir, 'notices', 'members.yaml'), 'name: {fi: [\n');
      await broken;
      expect(log.join('\n')).toContain('yaml/syntax');
      const res = await fetch(`${preview.url}fi/index.html`);
      expect(res.status).toBe(200);
      expect(await res.text()).toMatch(/<div class="banner" role="alert">Preview: not shown because they cannot be read — notices\/members\.yaml:\d+:\d+ /);
    } finally {
      await preview.close();
      cleanup();
    }
  });

  it('the command says where it serves and stops cleanly', async () => {
    const { dir, cleanup } = tempProject({ 'seloste.config.yaml': 'languages: [fi]\n', 'notices/members.yaml': REGISTER });
    let stop!: () => void;
    const until = new Promise<void>((r) => (stop = r));
    let out = '';
    const done = run(['serve', '--port', '0'], { stdout: { write: (s: string) => (out += s) }, stderr: { write: () => true }, cwd: dir, env: {}, until });
    await waitFor(async () => out.includes('Serving http://127.0.0.1:'), 5000);
    const url = /Serving (\S+)/.exec(out)![1]!;
    expect((await fetch(`${url}fi/members.html`)).status).toBe(200);
    stop();
    expect(await done).toBe(0);
    cleanup();
  });
});
