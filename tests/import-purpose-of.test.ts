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

  it('is not the purpose of the notice itself', () => {
    expect(isPurposeSentence('The purpose of this privacy statement is to tell you how we process your data.')).toBe(false);
  });
});
