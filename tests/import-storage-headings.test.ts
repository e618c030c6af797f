/**
 * Headings on keeping the data: "Lagring" alone, and one that opens on keeping and goes on to deleting
 * ("Lagring och radering", "Säilytys ja poistaminen"), are about how long data are kept, not the right to
 * erasure; "Rätt till radering" stays a heading on the rights.
 */
import { describe, expect, it } from 'vitest';
import { classifyHeading } from '../src/import/headings.js';

describe('a heading on keeping the data', () => {
  it.each(['5. Lagring', 'Lagring och radering', 'Säilytys ja poistaminen'])('is on retention: %s', (heading) => {
    expect(classifyHeading(heading)[0]).toBe('retention');
  });

  it('is not one on the right to erasure', () => {
    expect(classifyHeading('Rätt till radering')).toEqual(['rights']);
    expect(classifyHeading('Säilytys ja suojaus')).toEqual(['retention', 'security']);
    expect(classifyHeading('Lagring och dina rättigheter')).toEqual(['rights']);
  });
});
