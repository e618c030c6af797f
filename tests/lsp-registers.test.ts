/** Which YAML files the language server takes for registers: those `seloste check` would check in the project. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../src/config/config.js';
import { isRegister } from '../src/lsp/registers.js';

describe('the YAML files that are registers', () => {
  const root = join('/', 'work', 'project');
  const config = { ...defaultConfig(root), file: join(root, 'seloste.config.yaml'), ignore: ['notices/drafts/**'] };

  it('in a project with a config: those below its folder, not ignored, not in hidden folders or node_modules', () => {
    for (const rel of ['notices/customers.yaml', 'registers/hr/staff.yml', 'customers.yaml']) expect(isRegister(join(root, rel), config), rel).toBe(true);
    for (const rel of ['notices/drafts/new.yaml', 'docker-compose.yml', 'mkdocs.yml', '.github/workflows/ci.yml', 'node_modules/x/notices/a.yaml', '../other/notices/a.yaml']) {
      expect(isRegister(join(root, rel), config), rel).toBe(false);
    }
  });

  it('without a config: those in a `notices` folder', () => {
    const none = defaultConfig(root);
    expect(isRegister(join(root, 'notices', 'customers.yaml'), none)).toBe(true);
    expect(isRegister(join(root, 'site', 'notices', 'hr', 'staff.yaml'), none)).toBe(true);
    expect(isRegister(join(root, 'k8s', 'deployment.yaml'), none)).toBe(false);
    expect(isRegister(join(root, 'notices.yaml'), none)).toBe(false);
  });
});
