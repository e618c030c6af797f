/**
 * The controller named after a long phrase of its role: "Personuppgiftsansvarig för behandlingen av dina
 * personuppgifter i Ankdammen är Maja Exempel, Esbo", "The controller of the processing of personal data in
 * the app is Example Ltd".
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../src/import/import.js';

describe('the controller after a long phrase of its role', () => {
  it.each([
    ['<h2>1. Vem är personuppgiftsansvarig</h2>\n<p>Personuppgiftsansvarig för behandlingen av dina personuppgifter i Ankdammen är Maja Exempel, Esbo (privatperson). Vid frågor, kontakta oss på support@example.com.</p>\n', 'Maja Exempel'],
    ['<h2>1. Controller</h2>\n<p>The controller of the processing of personal data in the Example app is Example Oy. For questions, contact us at support@example.com.</p>\n', 'Example Oy'],
  ])('is named (%#)', (text, name) => {
    expect(importNotice(text, { format: 'html' }).register['controller']).toMatchObject({ name, email: 'support@example.com' });
  });
});
