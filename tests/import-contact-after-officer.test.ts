/**
 * A section numbered with a letter ("1a. Rekisterin ylläpitäjä") is the section its words name, and a section of
 * contact details after the DPO, whose e-mail they have already given, gives the controller's e-mail.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../src/import/import.js';

const NOTICES: ['fi' | 'sv' | 'en', string][] = [
  ['fi', '<h2>Tietosuojaseloste</h2><h3>1a. Rekisterin ylläpitäjä</h3><p>Esimerkkilaitos<br>PL 15 (Katu 36)<br>00014 Helsinki<br>P. 029 411</p><h3>1b. Tietosuojavastaava</h3><p>Tietosuojavastaavan tavoitat osoitteesta tietosuoja@esimerkki.example</p><h3>2. Yhteystiedot tietojen käsittelyyn liittyviä kysymyksiä varten</h3><p>palvelu@esimerkki.example</p>'],
  ['sv', '<h2>Dataskyddsbeskrivning</h2><h3>1a. Personuppgiftsansvarig</h3><p>Exempelinstitutet<br>PB 15 (Gatan 36)<br>00014 Helsingfors<br>Tfn 029 411</p><h3>1b. Dataskyddsombud</h3><p>Dataskyddsombudet nås på dataskydd@esimerkki.example</p><h3>2. Kontaktuppgifter för frågor om behandlingen</h3><p>palvelu@esimerkki.example</p>'],
  ['en', '<h2>Privacy notice</h2><h3>1a. Controller</h3><p>Example Institute<br>PO Box 15 (Street 36)<br>00014 Helsinki<br>Tel. 029 411</p><h3>1b. Data protection officer</h3><p>The data protection officer can be reached at dpo@esimerkki.example</p><h3>2. Contact details for questions about the processing</h3><p>palvelu@esimerkki.example</p>'],
];

describe('a controller section numbered with a letter, then the DPO, then contact details', () => {
  it.each(NOTICES)('names the controller and gives it the e-mail of the contact details (%s)', (lang, html) => {
    const { register } = importNotice(`<html><body><main>${html}</main></body></html>`, { format: 'html', lang });
    const controller = (register as { controller?: { name?: string; email?: string } }).controller;
    expect(controller?.name).toMatch(/Esimerkkilaitos|Exempelinstitutet|Example Institute/u);
    expect(controller?.email).toBe('palvelu@esimerkki.example');
    expect((register as { dpo?: { email?: string } }).dpo?.email).not.toBe('palvelu@esimerkki.example');
  });
});

describe('contact details after a contact person with an e-mail of their own', () => {
  it('stay theirs where they give no other e-mail, or name the person again', () => {
    const phoneOnly = importNotice('# Integritetspolicy\n\n## 1. Personuppgiftsansvarig\n\nExempel Ab\nGatan 1\n00100 Helsingfors\n\n## 2. Kontaktperson\n\nAnna Andersson\nanna.andersson@exempel.fi\n\n## 3. Kontaktuppgifter\n\nTfn 040 123 4567\n', { format: 'markdown', lang: 'sv' });
    expect((phoneOnly.register as { controller?: { phone?: string } }).controller?.phone).toBeUndefined();
    const named = importNotice('# Tietosuojaseloste\n\n## 1. Rekisterinpitäjä\n\nEsimerkki Oy\nKatu 1\n00100 Helsinki\n\n## 2. Yhteyshenkilö\n\nMatti Meikäläinen\nmatti.meikalainen@esimerkki.fi\n\n## 3. Yhteystiedot\n\nMatti Meikäläinen\npuh. 040 123 4567\n', { format: 'markdown', lang: 'fi' });
    expect((named.register as { controller?: { phone?: string } }).controller?.phone).toBeUndefined();
  });
});
