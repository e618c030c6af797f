/**
 * Findings an audit reports once: one that differs from another on the same line only in the values
 * it quotes (two purposes the draft made of one sentence of a page that prints its table twice), or
 * merged with it (providers outside the EEA named on one line), and hedged wording in a retention
 * sentence the retention rule reports.
 */
import { describe, expect, it } from 'vitest';
import { withoutRepeats } from '../src/audit/repeats.js';
import type { Diagnostic } from '../src/diagnostic.js';

const at = (line: number, ruleId: string, message: string): Diagnostic => ({ file: 'notice.html', line, column: 1, endLine: line, endColumn: 1, ruleId, severity: 'error', message });

describe('findings said again on the same line', () => {
  it('are one where only the quoted values differ', () => {
    const found = withoutRepeats([
      at(774, 'legitimate-interest', 'Purpose `partners` rests on `legitimate_interests` but does not say which interest'),
      at(774, 'legitimate-interest', 'Purpose `partners-2` rests on `legitimate_interests` but does not say which interest'),
      at(774, 'legitimate-interest', 'Purpose 8 rests on `legitimate_interests` but does not say which interest'),
      at(833, 'legitimate-interest', 'Purpose `feedback` rests on `legitimate_interests` but does not say which interest'),
    ]);
    expect(found.map((d) => d.line)).toEqual([774, 833]);
    const lists = withoutRepeats([at(424, 'vague-language', 'Vague wording `may process`, `may be stored`: state exactly'), at(424, 'vague-language', 'Vague wording `may`: state exactly')]);
    expect(lists).toHaveLength(1);
  });

  it('are one where an old reference is quoted twice on a line, once with fewer of its forms', () => {
    const both = 'Reference to `Väestörekisterikeskuksen`, `Väestörekisterikeskus`: since 1 January 2020 it is the Digital and Population Data Services Agency';
    const one = 'Reference to `Väestörekisterikeskus`: since 1 January 2020 it is the Digital and Population Data Services Agency';
    const found = withoutRepeats([at(36, 'outdated-reference', one), at(36, 'outdated-reference', both), at(37, 'outdated-reference', one)]);
    expect(found.map((d) => `${d.line} ${d.message.slice(0, 40)}`)).toEqual([`36 ${both.slice(0, 40)}`, `37 ${one.slice(0, 40)}`]);
    const same = withoutRepeats([at(5, 'outdated-reference', one), at(5, 'outdated-reference', one)]);
    expect(same).toHaveLength(1);
  });

  it('are one naming every provider, at the first line, where providers outside the EEA are said on several', () => {
    const message = (name: string, provider: string, country = 'US') =>
      `The register names \`${name}\`, of \`${provider}\`, established outside the EEA, but \`transfers\` lists no transfer to \`${country}\`: say whether data go there`;
    const found = withoutRepeats([
      at(30, 'provider-transfer', message('Google', 'Google LLC')),
      at(22, 'provider-transfer', message('Stripe', 'Stripe, Inc.')),
      at(22, 'provider-transfer', message('Supabase', 'Supabase, Inc.')),
      at(41, 'provider-transfer', message('Zoho', 'Zoho Corporation', 'IN')),
    ]);
    expect(found.map((d) => [d.line, d.message.split(', established')[0]])).toEqual([
      [22, 'The register names `Stripe`, `Supabase`, `Google`, `Zoho`, of `Stripe, Inc.`, `Supabase, Inc.`, `Google LLC`, `Zoho Corporation`'],
    ]);
    expect(found[0]!.message).toContain('no transfer to `US`, `IN`: say');
  });

  it('are one for each special category, at its first line, where the notice names its words on several', () => {
    const message = (word: string, category: string) =>
      `Text mentions \`${word}\`, which is \`${category}\` data, but \`special_categories\` does not list \`${category}\` with its Art. 9(2) condition (Art. 9(1))`;
    const found = withoutRepeats([
      at(14, 'special-category-condition', message('kuntoutuksen', 'health')),
      at(41, 'special-category-condition', message('terveystiedot', 'health')),
      at(20, 'special-category-condition', message('ammattiliitto', 'trade_union')),
      at(45, 'special-category-condition', message('potilas', 'health')),
    ]);
    expect(found.map((d) => d.line)).toEqual([14, 20]);
    expect(found[0]!.message).toContain('`kuntoutuksen`, `terveystiedot`, `potilas`, which is `health` data');
    // In Finnish the category stands in brackets, before `special_categories`: still one finding for each.
    const fi = (word: string, category: string) =>
      `Tekstissä mainitaan \`${word}\`, joka on erityistä henkilötietoa (\`${category}\`), mutta \`special_categories\` ei sisällä sitä ja sen 9 artiklan 2 kohdan perustetta (9 art. 1)`;
    const finnish = withoutRepeats([
      at(12, 'special-category-condition', fi('terveystiedot', 'health')),
      at(13, 'special-category-condition', fi('ammattiliiton', 'trade_union_membership')),
      at(14, 'special-category-condition', fi('potilastiedot', 'health')),
    ]);
    expect(finnish.map((d) => d.line)).toEqual([12, 13]);
  });

  it('are kept apart where each category lacks its condition', () => {
    const message = (category: string) => `Special category \`${category}\` has no \`condition\`: processing it is prohibited unless one of Art. 9(2)(a)–(j) applies, so name it (Art. 9(2))`;
    const found = withoutRepeats([at(5, 'special-category-condition', message('health')), at(6, 'special-category-condition', message('ethnic_origin'))]);
    expect(found.map((d) => d.line)).toEqual([5, 6]);
  });

  it('are kept apart where their words differ', () => {
    const found = withoutRepeats([
      at(22, 'provider-transfer', 'The register names `Stripe`, of `Stripe, Inc.`, established outside the EEA, but `transfers` lists no transfer to `US`'),
      at(30, 'provider-transfer', 'The register names `Google`, of `Google LLC`, and says data stay in the EEA'),
    ]);
    expect(found.map((d) => d.line)).toEqual([22, 30]);
  });

  it('are kept where the rule is not one that says it once a line', () => {
    expect(withoutRepeats([at(3, 'outdated-reference', 'Reference to `Privacy Shield`'), at(3, 'outdated-reference', 'Reference to `Safe Harbor`')])).toHaveLength(2);
  });

  it('are kept where the words differ, or the rule', () => {
    const found = withoutRepeats([
      at(78, 'right-missing', 'The notice does not state the right to erasure (Art. 17)'),
      at(78, 'right-missing', 'The notice does not state the right to restriction of processing (Art. 18)'),
      at(78, 'right-missing', 'The notice does not state the right to restriction of processing (Art. 19)'),
      at(78, 'vague-language', 'Vague wording `may`'),
    ]);
    expect(found).toHaveLength(4);
  });

  it('leave hedged wording to the retention finding on its line', () => {
    expect(withoutRepeats([at(5, 'retention', 'Retention says only `as long as necessary`'), at(5, 'vague-language', 'Vague wording `may`')]).map((d) => d.ruleId)).toEqual(['retention']);
  });
});
