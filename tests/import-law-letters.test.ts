/**
 * A lead-in to the controller's channel that names a law by its letters in brackets ("… EU:n yleisen
 * tietosuoja-asetuksen (GDPR) määrittelemistä yksilönoikeuksista, voit ottaa meihin yhteyttä:"): the letters are no
 * name, so the e-mail under it is the controller’s.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../src/import/import.js';

const NOTICES = {
  fi: ['Rekisterinpitäjä', 'Yhteydenotto', 'Jos haluat käyttää EU:n yleisen tietosuoja-asetuksen (GDPR) määrittelemiä oikeuksiasi, voit ottaa meihin yhteyttä:', 'Sähköpostiosoite'],
  sv: ['Personuppgiftsansvarig', 'Kontakt', 'Om du vill utöva dina rättigheter enligt dataskyddsförordningen (GDPR) kan du kontakta oss:', 'E-post'],
  en: ['Controller', 'Contact', 'If you wish to exercise your rights under the General Data Protection Regulation (GDPR), contact us through these channels:', 'E-mail'],
};

const page = ([controller, contact, lead, label]: string[]) =>
  `<h2>1 ${controller}</h2>\n<p>Tutkimusryhmä, Teknillinen tiedekunta, 20014 Turun yliopisto</p>\n<h2>2 ${contact}</h2>\n<p>${lead}</p>\n<p><strong>${label}: <a href="mailto:group@example.com">group@example.com</a></strong></p>\n`;

describe('a law named by its letters in a lead-in', () => {
  it.each(Object.entries(NOTICES))('is no name: the e-mail is the controller’s (%s)', (_lang, parts) => {
    expect(importNotice(page(parts), { format: 'html' }).register['controller']).toMatchObject({ email: 'group@example.com' });
  });
});
