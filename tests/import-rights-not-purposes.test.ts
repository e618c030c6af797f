/**
 * A notice with no headings, its rights listed under a lead-in among the rest of its text: a right that
 * names an aim ("har rätt att dra tillbaka sitt samtycke för att hantera hens e-post") is no purpose.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../src/import/draft/state.js';
import { importNotice } from '../src/import/import.js';

const NOTICES: [Lang, string, string][] = [
  ['sv', 'Hantering av medlemsuppgifter vid Exempel r.f.\nExempel r.f. samlar uppgifter om sina medlemmar.\n• E-post samlas in med medlemmens samtycke, detta för att kunna distribuera nyhetsbrev.\nEn person har följande rättigheter beträffande hanteringen av personuppgifter:\n1) En person har rätt att begära att få se de uppgifter som samlats in om hen.\n2) En person har rätt att dra tillbaka sitt samtycke för att hantera hens e-post adress.\n', 'dra tillbaka'],
  ['fi', 'Jäsentietojen käsittely Esimerkki ry:ssä\nEsimerkki ry kerää tietoja jäsenistään.\n• Sähköposti kerätään jäsenen suostumuksella, jotta voimme lähettää uutiskirjeen.\nHenkilöllä on seuraavat oikeudet henkilötietojen käsittelyssä:\n1) Henkilöllä on oikeus tarkastaa hänestä kerätyt tiedot.\n2) Henkilöllä on oikeus peruuttaa suostumuksensa, jotta hänen sähköpostiosoitettaan ei enää käsitellä.\n', 'peruuttaa'],
  ['en', 'Handling of member data at Example Club\nExample Club collects data on its members.\n• E-mail is collected with the member\'s consent, in order to send the newsletter.\nA person has the following rights regarding the handling of personal data:\n1) A person has the right to see the data collected about them.\n2) A person has the right to withdraw their consent in order to stop the handling of their e-mail address.\n', 'withdraw'],
];

describe('rights listed among a notice\'s text', () => {
  it.each(NOTICES)('are no purposes, whatever aim they name (%s)', (lang, text, right) => {
    const purposes = (importNotice(text, { lang, format: 'text' }).register['purposes'] ?? []) as { description: Record<string, string> }[];
    expect(purposes.length).toBeGreaterThan(0);
    expect(purposes.map((p) => p.description[lang]).filter((d) => d?.includes(right))).toEqual([]);
  });
});
