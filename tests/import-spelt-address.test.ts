/**
 * An e-mail address spelt out in capitals to hide it from harvesters ("ssba PÅ ssba PUNKT org PUNKT se",
 * "info ÄT esimerkki PISTE fi", "info AT example DOT com") is the address; "at" as a word is not.
 */
import { describe, expect, it } from 'vitest';
import { spansIn } from '../src/import/recognise/contact-spans.js';

const emails = (text: string) => spansIn(text).spans.flatMap((s) => (s.kind === 'email' ? [s.value] : []));

describe('an address spelt out in capitals', () => {
  it.each([
    ['Medlemmar kan höra av sig till ssba PÅ ssba PUNKT org PUNKT se.', 'ssba@ssba.org.se'],
    ['Kysymykset osoitteeseen info ÄT esimerkki PISTE fi.', 'info@esimerkki.fi'],
    ['Write to info AT example DOT com with questions.', 'info@example.com'],
  ])('%s', (text, address) => {
    expect(emails(text)).toEqual([address]);
  });

  it('is not "at" or "på" as words', () => {
    expect(emails('We meet at home at noon. Vi ses på kontoret på måndag.')).toEqual([]);
  });
});
