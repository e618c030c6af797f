/**
 * A transfer said to rest on one mechanism or another ("Data Privacy Framework or standard contractual
 * clauses") leaves open which transfer rests on which: reported at its line; mechanisms each given to
 * their own recipient are not.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../src/import/import.js';
import { auditText } from './audit-text.js';

type Lang = 'fi' | 'sv' | 'en';

const HEAD: Record<Lang, string> = {
  fi: '# Tietosuojaseloste\n\nPäivitetty 1.3.2026\n\n## Rekisterinpitäjä\n\nValmennus Esimerkki, Katu 1, 00100 Helsinki, info@valmennus.example\n\n## Tietojen siirto EU:n ulkopuolelle\n\n',
  sv: '# Integritetspolicy\n\nUppdaterad 1.3.2026\n\n## Personuppgiftsansvarig\n\nCoachning Exempel AB, Gatan 1, 21100 Malmö, info@coach.example\n\n## Överföring utanför EU\n\n',
  en: '# Privacy policy\n\nUpdated 1 March 2026\n\n## Controller\n\nCoaching Example Ltd, Street 1, 00100 Helsinki, info@coaching.example\n\n## Transfers outside the EU\n\n',
};
const EITHER: Record<Lang, string> = {
  fi: 'Google voi siirtää tietoja Yhdysvaltoihin. Siirto perustuu Data Privacy Framework -järjestelyyn tai mallisopimuslausekkeisiin (SCC).\n',
  sv: 'Google kan överföra uppgifter till USA. Överföringen grundar sig på Data Privacy Framework eller standardavtalsklausuler.\n',
  en: 'Some of our providers are in the United States. Transfers rely on the Standard Contractual Clauses (SCCs) or the EU-US Data Privacy Framework.\n',
};
const EACH: Record<Lang, string> = {
  fi: 'Google siirtää tietoja Yhdysvaltoihin Data Privacy Frameworkin perusteella. Mailchimpille siirto perustuu vakiosopimuslausekkeisiin.\n',
  sv: 'Google överför uppgifter till USA på grundval av Data Privacy Framework. Överföringen till Mailchimp grundar sig på standardavtalsklausuler.\n',
  en: 'Google transfers data to the United States under the Data Privacy Framework. The transfer to Mailchimp rests on standard contractual clauses.\n',
};

const either = async (text: string): Promise<number[]> =>
  (await auditText(text)).filter((d) => d.ruleId === 'transfer-mechanism' && /one mechanism or another/u.test(d.message)).map((d) => d.line);

describe('a transfer said to rest on one mechanism or another', () => {
  it.each(['fi', 'sv', 'en'] as const)('is reported at its sentence (%s)', async (lang) => {
    expect(await either(HEAD[lang] + EITHER[lang])).toEqual([HEAD[lang].split('\n').length]);
  });

  it.each(['fi', 'sv', 'en'] as const)('is not, where each mechanism has its recipient (%s)', async (lang) => {
    expect(await either(HEAD[lang] + EACH[lang])).toEqual([]);
  });
});

describe('grounds given in general for transfers the notice does not list', () => {
  it('are not reported', async () => {
    const text = `${HEAD.fi}Jos tietoja siirretään EU:n ulkopuolelle, siirto perustuu vakiosopimuslausekkeisiin tai komission riittävyyspäätökseen.\n`;
    expect(await either(text)).toEqual([]);
  });
});

describe('grounds said with "or" to sum up a list that ties each transfer to its own', () => {
  const LIST: Record<Lang, string> = {
    fi: '- Google Analyticsin tiedot siirretään Yhdysvaltoihin (Google LLC) EU:n ja Yhdysvaltojen tietosuojakehyksen perusteella.\n- Resendin tiedot siirretään Yhdysvaltoihin (Resend Inc.) vakiosopimuslausekkeiden perusteella.\n\nKaikissa tapauksissa siirto perustuu tietosuojakehykseen tai vakiosopimuslausekkeisiin. Voit pyytää kopion suojatoimista ottamalla meihin yhteyttä.\n',
    sv: '- Uppgifterna i Google Analytics överförs till USA (Google LLC) med stöd av Data Privacy Framework.\n- Uppgifterna i Resend överförs till USA (Resend Inc.) med stöd av standardavtalsklausuler.\n\nI samtliga fall skyddas överföringen av Data Privacy Framework eller standardavtalsklausuler. Du kan begära en kopia av skyddsåtgärderna genom att kontakta oss.\n',
    en: '- Google Analytics data are transferred to the United States (Google LLC) under the EU–US Data Privacy Framework.\n- Resend data are transferred to the United States (Resend Inc.) under Standard Contractual Clauses.\n\nIn each case the transfer is protected by the EU–US Data Privacy Framework or Standard Contractual Clauses. You can request a copy of the relevant safeguards by contacting us.\n',
  };

  it.each(['fi', 'sv', 'en'] as const)('are not reported, nor is a copy asked of each transfer (%s)', async (lang) => {
    const findings = await auditText(HEAD[lang] + LIST[lang]);
    expect(findings.filter((d) => d.ruleId === 'transfer-mechanism').map((d) => d.message)).toEqual([]);
  });

  it('naming a transfer the list does not, are reported', async () => {
    const more = LIST.en.replace(/\n\nIn each case[^\n]*\n$/u, '\n\nWe also use Mailchimp (Intuit Inc., United States); that transfer rests on Standard Contractual Clauses or the EU–US Data Privacy Framework.\n');
    expect(await either(HEAD.en + more)).toEqual([HEAD.en.split('\n').length + 3]);
  });

  it('in words that sum up but name a new country, keep its transfer in the draft', () => {
    const text = `${HEAD.en}${LIST.en.replace(/\n\nIn each case[^\n]*\n$/u, '\n\nIn all cases where we use support tools, data are also transferred to Zendesk in India under Standard Contractual Clauses.\n')}`;
    const transfers = importNotice(text, { lang: 'en' }).register['transfers'] as { country?: string }[];
    expect(transfers.map((t) => t.country)).toContain('IN');
  });

  it('after a single transfer, are reported', async () => {
    const one = LIST.en.split('\n').filter((_, i) => i !== 1).join('\n');
    expect(await either(HEAD.en + one)).toEqual([HEAD.en.split('\n').length + 2]);
  });
});
