/**
 * Consent taken from signing up: the person said to accept the use of their data when registering or
 * taking part is; accepting the terms and the privacy notice when registering is another matter.
 */
import { describe, expect, it } from 'vitest';
import { BY_SIGN_UP } from '../src/check/consent-words.js';

const signUp = (text: string): boolean => BY_SIGN_UP.some((re) => re.test(text));

describe('consent taken from signing up or taking part', () => {
  it.each([
    'Ilmoittautuessaan ja osallistuessaan turnaukseen käyttäjä hyväksyy tietojensa käytön tämän selosteen mukaisesti.',
    'När du anmäler dig till turneringen godkänner du att dina uppgifter behandlas enligt denna policy.',
    'When signing up for the tournament, the user accepts the use of their data under this policy.',
  ])('is found: %s', (text) => {
    expect(signUp(text)).toBe(true);
  });

  it.each([
    'Rekisteröityessäsi palveluun hyväksyt käyttöehdot ja tietosuojaselosteen.',
    'När du registrerar dig godkänner du våra villkor och vår integritetspolicy.',
    'When you register for the service, you accept our terms and data protection policy.',
  ])('is not accepting the terms and the notice: %s', (text) => {
    expect(signUp(text)).toBe(false);
  });
});
