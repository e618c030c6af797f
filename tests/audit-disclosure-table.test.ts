/**
 * A hedged disclosure that leads into a table of the recipients ("I vissa fall delar vi uppgifter med
 * betrodda underleverantörer:", then a table "Mottagare | Syfte | Plats") is settled by the table, its
 * header row between them as a list's lead-in would be; a hedge with no table after it stands.
 */
import { describe, expect, it } from 'vitest';
import { auditText } from './audit-text.js';

type Lang = 'fi' | 'sv' | 'en';

const WORDS: Record<Lang, { title: string; heading: string; lead: string; head: string[]; rows: string[][] }> = {
  fi: {
    title: 'Tietosuojaseloste',
    heading: 'Tietojen luovutus',
    lead: 'Emme koskaan myy henkilötietojasi kolmansille osapuolille. Joissakin tapauksissa voimme luovuttaa tietoja luotetuille alihankkijoille, jotka käsittelevät niitä puolestamme:',
    head: ['Vastaanottaja', 'Tarkoitus', 'Sijainti'],
    rows: [['Kirjanpitotoimisto Oy', 'Kirjanpito', 'Suomi'], ['Webhotelli Oy', 'Sivuston ylläpito', 'Suomi']],
  },
  sv: {
    title: 'Integritetspolicy',
    heading: 'Delning med tredje part',
    lead: 'Vi säljer aldrig dina personuppgifter till tredje part. I vissa fall delar vi uppgifter med betrodda underleverantörer som behandlar data för vår räkning:',
    head: ['Mottagare', 'Syfte', 'Plats'],
    rows: [['Bokföringsbyrån AB', 'Fakturering och redovisning', 'Sverige'], ['Webbhotellet AB', 'Hosting av webbplatsen', 'Sverige']],
  },
  en: {
    title: 'Privacy notice',
    heading: 'Sharing with third parties',
    lead: 'We never sell your personal data to third parties. In some cases we may share data with trusted subcontractors who process it on our behalf:',
    head: ['Recipient', 'Purpose', 'Location'],
    rows: [['Bookkeeping Ltd', 'Invoicing and accounts', 'Finland'], ['Web Host Ltd', 'Hosting the site', 'Finland']],
  },
};

function notice(lang: Lang, table: boolean): string {
  const w = WORDS[lang];
  const rows = w.rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');
  return [
    '<!DOCTYPE html>', `<html lang="${lang}"><head><meta charset="utf-8"></head><body>`, `<h1>${w.title}</h1>`, `<h2>${w.heading}</h2>`,
    `<p>${table ? w.lead : w.lead.replace(/:$/u, '.')}</p>`,
    ...(table ? ['<table>', `<tr>${w.head.map((h) => `<th>${h}</th>`).join('')}</tr>`, rows, '</table>'] : []),
    '</body></html>', '',
  ].join('\n');
}

const hedgedAtLead = async (lang: Lang, table: boolean): Promise<number> =>
  (await auditText(notice(lang, table), 'notice.html')).filter((d) => d.ruleId === 'vague-language' && d.line === 5).length;

describe('a hedged disclosure that leads into a table of the recipients', () => {
  it.each(['fi', 'sv', 'en'] as const)('is settled by the table (%s)', async (lang) => {
    expect(await hedgedAtLead(lang, true)).toBe(0);
  });

  it.each(['fi', 'sv', 'en'] as const)('stands as a sentence with no table after it (%s)', async (lang) => {
    expect(await hedgedAtLead(lang, false)).toBe(1);
  });
});
