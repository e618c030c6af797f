/**
 * Nesting past what any register needs is refused before a parser recurses into it, at the first
 * character that goes too deep: the same place however much stack the caller has left.
 */
import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, tooDeepAt } from '../src/load/nesting.js';
import { parseSource } from '../src/load/parse.js';

const source = (text: string) => ({ file: 'deep.yaml', text }) as Parameters<typeof parseSource>[0];

describe('nesting read before parsing', () => {
  it('lets a register nest as deep as it may, and stops at the first bracket past it', () => {
    const ok = `name: ${'['.repeat(MAX_DEPTH)}1${']'.repeat(MAX_DEPTH)}\n`;
    expect(tooDeepAt(ok)).toBeUndefined();
    const deep = `name: ${'{a: '.repeat(MAX_DEPTH + 5)}1${'}'.repeat(MAX_DEPTH + 5)}\n`;
    expect(tooDeepAt(deep)).toBe(6 + 4 * MAX_DEPTH);
  });

  it('counts no bracket in a quoted value or a comment', () => {
    const quoted = `name: {fi: "${'['.repeat(500)}", sv: '${'{'.repeat(500)}'}\n# ${'['.repeat(500)}\n`;
    expect(tooDeepAt(quoted)).toBeUndefined();
  });

  it('counts sequences opened on one line, and indentation no register needs', () => {
    expect(tooDeepAt(`${'- '.repeat(MAX_DEPTH + 1)}x\n`)).toBe(2 * MAX_DEPTH);
    expect(tooDeepAt(`a:\n${' '.repeat(4 * MAX_DEPTH + 1)}b: 1\n`)).toBe(3 + 4 * MAX_DEPTH);
  });

  it('reports it as one syntax problem at that line and column, every time', () => {
    const text = `updated: 2026-01-15\nname: ${'['.repeat(5000)}\n`;
    const found = [1, 2, 3].map(() => parseSource(source(text)).map((d) => [d.ruleId, d.line, d.column]));
    expect(found).toEqual([0, 1, 2].map(() => [['yaml/syntax', 2, 7 + MAX_DEPTH]]));
  });
});
