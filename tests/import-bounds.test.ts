import { describe, expect, it } from 'vitest';
import { importNotice } from '../src/import/import.js';

describe('import reads pathological Markdown and HTML', () => {
  it('deep quotes and lists, and paragraphs of nothing but marks, up to the 1 MB a notice may be', () => {
    const inputs: Record<string, string> = {
      emphasis: `# Tietosuojaseloste\n\n${'*a'.repeat(300_000)}\n`,
      links: `# Tietosuojaseloste\n\n${'[a](b '.repeat(150_000)}\n`,
      quotes: `# Tietosuojaseloste\n\n${'> '.repeat(50_000)}x\n`,
      lists: `# Tietosuojaseloste\n\n${Array.from({ length: 900 }, (_, i) => `${'  '.repeat(i)}- a\n`).join('')}`,
    };
    for (const [name, text] of Object.entries(inputs)) {
      const result = importNotice(text, { lang: 'fi' });
      expect(result.yaml, name).toContain('name:');
    }
  });

  it('ordinary Markdown is still read as Markdown', () => {
    const result = importNotice('# Tietosuojaseloste\n\n## 1. Rekisterinpitäjä\n\nTesti Oy, Katu 1, 00100 Helsinki\n', { lang: 'fi' });
    expect(result.format).toBe('markdown');
    expect(result.yaml).toContain('Testi Oy');
  });

  it('pathological HTML: comments, scripts and tags left open, and lists nested 20 000 deep', () => {
    const inputs: Record<string, string> = {
      comments: `<h1>Tietosuojaseloste</h1>\n${'<!-- a '.repeat(40_000)}`,
      scripts: `<h1>Tietosuojaseloste</h1>\n${'<script>x '.repeat(40_000)}`,
      tags: `<h1>Tietosuojaseloste</h1>\n${'<a href=x '.repeat(40_000)}`,
      nested: `<h1>Tietosuojaseloste</h1>\n${'<ul><li>kohta '.repeat(20_000)}${'</li></ul>'.repeat(20_000)}`,
    };
    for (const [name, text] of Object.entries(inputs)) {
      const result = importNotice(text, { lang: 'fi', format: 'html' });
      expect(result.yaml, name).toContain('name:');
    }
  });

  it('a contact section of one long line of pieces', () => {
    const text = `# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nSoutuseura ry, ${'Rantakatu, '.repeat(50_000)}\n`;
    expect(importNotice(text, { lang: 'fi' }).yaml).toContain('Soutuseura ry');
  });
});
