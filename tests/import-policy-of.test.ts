/** A notice that names its controller only as the one whose policy it is ("It is Example Club's policy to respect your privacy"): that name is the controller's, to be checked. */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../src/import/import.js';

describe('the one whose policy the notice is', () => {
  it.each([
    ['en', 'Your privacy is important to us. It is Example Sauna Society’s policy to respect your privacy regarding any information we may collect from you across our website.', 'Example Sauna Society'],
    ['en', "It is Example Club's policy to respect your privacy regarding any information we may collect.", 'Example Club'],
    ['sv', 'Din integritet är viktig för oss. Det är Exempelföreningens policy att respektera din integritet när det gäller information vi samlar in.', 'Exempelföreningen'],
  ])('is the controller (%s)', (_lang, text, name) => {
    const register = importNotice(`# Privacy Policy\n\n${text}\n\nWe only retain collected information for as long as necessary.\n`, { format: 'markdown' }).register;
    expect((register['controller'] as { name?: string } | undefined)?.name).toBe(name);
  });

  it('is no one where the policy is only “our” policy', () => {
    const register = importNotice('# Privacy Policy\n\nIt is our policy to respect your privacy.\n\nWe only retain collected information for as long as necessary.\n', { format: 'markdown' }).register;
    expect(register['controller']).toBeUndefined();
  });
});
