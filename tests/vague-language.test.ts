import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPaths } from '../src/pipeline.js';
import { FIXTURES, ROOT } from './helpers.js';

describe('vague-language', () => {
  it('gives its example in the language of the text it reports', async () => {
    const result = await checkPaths({
      cwd: ROOT,
      paths: [join(FIXTURES, 'rules', 'vague-language', 'fail-en-sv.yaml')],
      configFile: join(FIXTURES, 'rules', 'seloste.config.yaml'),
      languages: ['fi', 'en', 'sv'],
    });
    const messages = result.files.flatMap((f) => f.diagnostics).filter((d) => d.ruleId === 'vague-language').map((d) => [d.line, d.message.replace(/^.*e\.g\. /, '')]);
    expect(messages).toEqual([
      [6, '`Tietoja käytetään` rather than `Tietoja voidaan käyttää` (Art. 12(1))'],
      [7, '`We use the data` rather than `The data may be used` (Art. 12(1))'],
      [8, '`Uppgifterna används` rather than `Uppgifterna kan komma att användas` (Art. 12(1))'],
      [14, '`Tietoja käytetään` rather than `Tietoja voidaan käyttää` (Art. 12(1))'],
      [15, '`We use the data` rather than `The data may be used` (Art. 12(1))'],
      [16, '`Uppgifterna används` rather than `Uppgifterna kan komma att användas` (Art. 12(1))'],
    ]);
  });
});
