/**
 * A section on recipients that gives each party a card, its name as a subheading and what it does in a
 * paragraph under it ("Brevo (Sendinblue SAS)" / "E-postleverans. … Brevos integritetspolicy."): each
 * card is one recipient by the heading's name. An icon font's ligature before a heading ("cloud_sync") is
 * no word of it.
 */
import { describe, expect, it } from 'vitest';
import { readHtml } from '../src/import/document/html.js';
import { importNotice } from '../src/import/import.js';

type Lang = 'fi' | 'sv' | 'en';

const HEAD: Record<Lang, string> = {
  fi: '<h1>Tietosuojaseloste</h1><h2>Rekisterinpitäjä</h2><p>Esimerkki Oy, Katu 1, 00100 Helsinki, info@esimerkki.fi</p>',
  sv: '<h1>Integritetspolicy</h1><h2>Personuppgiftsansvarig</h2><p>Exempel AB, Gatan 1, 111 22 Stockholm, info@exempel.se</p>',
  en: '<h1>Privacy policy</h1><h2>Controller</h2><p>Example Ltd, Street 1, 00100 Helsinki, info@example.fi</p>',
};
const SECTION: Record<Lang, { title: string; lead: string; cards: [string, string][] }> = {
  fi: {
    title: 'Kolmannen osapuolen palvelut',
    lead: 'Käytämme seuraavia palveluja, jotka voivat käsitellä tietojasi:',
    cards: [['Brevo (Sendinblue SAS)', 'Sähköpostien toimitus. Käsittelee nimen, sähköpostin ja viestin. Brevon tietosuojaseloste.'], ['Cloudflare, Inc.', 'Verkkosivujen ylläpito (Pages Functions). Käsittelee IP-osoitteen. Cloudflaren tietosuojaseloste.'], ['Google Fonts', 'Fonttien lataus. Googlen palvelimet voivat tallentaa IP-osoitteen.']],
  },
  sv: {
    title: 'Tredjepartstjänster',
    lead: 'Vi använder följande tredjepartstjänster som kan komma i kontakt med dina uppgifter:',
    cards: [['Brevo (Sendinblue SAS)', 'E-postleverans. Behandlar namn, e-post och meddelandeinnehåll. Brevos integritetspolicy.'], ['Cloudflare, Inc.', 'Webbhosting och serverlösa funktioner (Pages Functions). Behandlar IP-adress. Cloudflares integritetspolicy.'], ['Google Fonts', 'Typsnittsladdning. Googles servrar kan logga IP-adresser.']],
  },
  en: {
    title: 'Third-party services',
    lead: 'We use the following third-party services that may come into contact with your data:',
    cards: [['Brevo (Sendinblue SAS)', 'E-mail delivery. Processes name, e-mail and message. Brevo’s privacy policy.'], ['Cloudflare, Inc.', 'Web hosting and serverless functions (Pages Functions). Processes IP addresses. Cloudflare’s privacy policy.'], ['Google Fonts', 'Loading fonts. Google’s servers may log IP addresses.']],
  },
};

function page(lang: Lang): string {
  const { title, lead, cards } = SECTION[lang];
  const icon = '<span class="material-symbols-outlined">cloud_sync</span>';
  const body = cards.map(([name, text]) => `<div class="card"><h3>${name}</h3><p>${text}</p></div>`).join('\n');
  return `<html><body>${HEAD[lang]}\n<section><h2>${icon} 5. ${title}</h2>\n<p>${lead}</p>\n${body}\n</section></body></html>`;
}

describe('cards of the parties data go to', () => {
  it.each(['fi', 'sv', 'en'] as const)('are each a recipient by the name of its heading (%s)', (lang) => {
    const recipients = importNotice(page(lang), { format: 'html' }).register['recipients'] as { name?: string }[];
    expect(recipients.map((r) => r.name)).toEqual(['Brevo (Sendinblue SAS)', 'Cloudflare, Inc.', 'Google Fonts']);
  });

  it('are under a heading that keeps no icon’s name', () => {
    const headings = readHtml(page('sv')).filter((b) => b.kind === 'heading').map((b) => b.text);
    expect(headings).toContain('Tredjepartstjänster');
    expect(headings.join(' ')).not.toContain('cloud_sync');
  });
});
