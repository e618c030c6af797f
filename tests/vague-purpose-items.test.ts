/**
 * A purpose that opens on "voimme" in lower case is an item of a list led by its purpose clause
 * ("Keräämme ja käsittelemme henkilötietoja, jotta:"): "so that we can offer", no hedge. The same words
 * as a sentence of their own, or in another part of the notice, still hedge.
 */
import { describe, expect, it } from 'vitest';
import { hedges } from '../src/rules/vague-language.js';

describe('"voimme" opening a purpose', () => {
  const ITEM = 'voimme tarjota matchmaking-palvelun ja luoda mätsiehdotuksia';
  it('is no hedge in an item of a list led by "jotta:"', () => {
    expect(hedges(ITEM, { purpose: true })).toEqual([]);
  });

  it('is a hedge in a purpose of its own, and in a text that is no purpose', () => {
    expect(hedges('Voimme tarjota matchmaking-palvelun ja luoda mätsiehdotuksia', { purpose: true })).toEqual(['Voimme']);
    expect(hedges(ITEM)).toEqual(['voimme']);
  });
});
