import { describe, expect, it } from 'vitest';
import { phrases } from '../src/compose/phrases/index.js';
import { flowFigure } from '../src/publish/flow-figure.js';
import { textWidth, wrap } from '../src/publish/flow-wrap.js';
import type { Register } from '../src/types.js';

const register = (purpose: string): Register =>
  ({
    id: 'members',
    name: { en: 'Member register' },
    controller: { name: 'Example Club', email: 'board@example.org' },
    purposes: [{ description: { en: purpose }, legal_basis: 'contract' }],
    sources: [{ type: 'data_subject' }],
  }) as Register;

describe('the data-flow picture', () => {
  it('wraps a label into lines that fit, keeping every word, and cuts only past the last line allowed', () => {
    const text = 'Sending the printed roasting calendar by post to customers who have ordered in the last 24 months';
    const whole = wrap(text, 14, 12);
    expect(whole.cut).toBe(false);
    expect(whole.lines.join(' ')).toBe(text);
    for (const line of whole.lines) expect(textWidth(line)).toBeLessThanOrEqual(14);
    const word = wrap('x'.repeat(100), 14, 12);
    expect(word.lines.join('')).toBe('x'.repeat(100));
    const cut = wrap(text, 14, 2);
    expect(cut).toMatchObject({ cut: true, lines: [expect.any(String), expect.stringMatching(/…$/)] });
  });

  it('shows its textual form beside the picture wherever a label had to be cut, and has no style element', () => {
    const ordinary = flowFigure(register('Keeping the member list'), phrases['en']!)!;
    expect(ordinary).toContain('<ol class="flow-text">');
    expect(ordinary).not.toContain('…');
    expect(ordinary).not.toContain('<style');
    const long = 'word '.repeat(400).trim();
    const cut = flowFigure(register(long), phrases['en']!)!;
    expect(cut).toContain('…');
    expect(cut).toContain('<ol class="flow-text always">');
    expect(cut).toContain(`<li>${long} (Performance of a contract)</li>`);
  });
});
