/** "The purpose of collecting and storing information is to …": a purpose said as what the purpose of some processing is, however many words name that processing. */
import { describe, expect, it } from 'vitest';
import { isPurposeSentence } from '../src/import/recognise/purpose-prose.js';

describe('the purpose of a processing, said as what it is', () => {
  it.each([
    'The purpose of the collection is to compile statistics.',
    'The purpose of collecting and storing information is to be able to respond to your inquiry.',
    'Syftet med insamlingen och lagringen av uppgifterna är att kunna svara dig.',
  ])('is a purpose (%s)', (sentence) => {
    expect(isPurposeSentence(sentence)).toBe(true);
  });

  it.each(['The purposes of processing and the legal bases are listed in the table below.', 'Ändamålen med behandlingen och de rättsliga grunderna är följande:'])('is not a lead-in to where they are set out (%s)', (sentence) => {
    expect(isPurposeSentence(sentence)).toBe(false);
  });

  it('is not the purpose of the notice itself', () => {
    expect(isPurposeSentence('The purpose of this privacy statement is to tell you how we process your data.')).toBe(false);
  });
});

describe('the aim said first, what is done for it after the comma', () => {
  it.each([
    'To ensure safety in the event of an evacuation of our office premises, we have introduced registration of visitors.',
    'To provide the service, we need your e-mail address.',
  ])('is a purpose (%s)', (sentence) => {
    expect(isPurposeSentence(sentence)).toBe(true);
  });

  it.each(['To do this, open the settings.', 'To manage cookies, open your browser settings.', 'To contact us, you can use the form.', 'To the extent permitted by law, we keep the data.'])(
    'is no purpose where the sentence tells the reader what to do (%s)',
    (sentence) => {
      expect(isPurposeSentence(sentence)).toBe(false);
    },
  );
});
