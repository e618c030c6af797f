/** A provider whose name is also a common word ("Sentry", "a sentry") is named only where the text writes it as a name. */
import { describe, expect, it } from 'vitest';
import { providersIn, providersNamed } from '../src/check/providers.js';

const ids = (text: string): string[] => providersIn(text).map((p) => p.provider.id);

describe('a provider named by a capitalised name', () => {
  it('is named where the text writes the name', () => {
    expect(ids('Virheet raportoidaan Sentryyn.')).toContain('sentry');
    expect(ids('Errors are reported to Sentry (sentry.io).')).toContain('sentry');
    expect(ids('We use SENTRY for error reports.')).toContain('sentry');
    expect(providersNamed('Errors go to Sentry.')).toEqual(['Sentry']);
  });

  it('is not named by the common word', () => {
    expect(ids('A sentry at the door checks the visitors’ badges.')).not.toContain('sentry');
  });

  it('leaves names written in lower case matched in any case', () => {
    expect(ids('Uutiskirje lähetetään MAILCHIMPin kautta.')).toContain('mailchimp');
  });
});
