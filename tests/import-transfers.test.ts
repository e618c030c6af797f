/**
 * `seloste import` on what a notice says of transfers outside the EU/EEA: that processing stays in
 * the EU/EEA (under any heading), a hedged transfer in a section of its own, a denial only of
 * transfers without safeguards, and a provider whose data may be kept in a country outside it. The
 * passages are written for these tests, in Finnish, Swedish and English.
 */
import { describe, expect, it } from 'vitest';
import { importNotice } from '../src/import/import.js';
import type { Lang } from '../src/import/draft/state.js';
import { deniesOnlyUnsafe, STAYS } from '../src/import/recognise/transfer-sentences.js';

type Draft = Record<string, any>;

function imported(text: string, lang: Lang): { register: Draft; yaml: string } {
  const result = importNotice(text, { lang });
  return { register: result.register as Draft, yaml: result.yaml };
}

const HEAD: Record<Lang, string> = {
  fi: '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nLatuseura Hanki ry, Metsätie 4, 33100 Tampere\n\n',
  sv: '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nSkidklubben Snöspår, Skogsvägen 4, 41101 Göteborg\n\n',
  en: '# Privacy policy\n\n## Controller\n\nSnowtrail Ski Club, 4 Forest Road, 33100 Tampere\n\n',
};

describe('processing said to stay in the EU/EEA, in a section on something else', () => {
  const cases: [Lang, string][] = [
    ['fi', '## Tietoturva\n\nKäytämme salattuja yhteyksiä. Jäsentietojen käsittely tapahtuu EU- ja ETA-maiden alueella, joten niitä suojaa EU:n tietosuoja-asetus.\n'],
    ['fi', '## Miten suojaamme tietoja?\n\nPalvelimet ovat lukitussa tilassa. Tiedot käsitellään EU/ETA-alueella.\n'],
    ['sv', '## Säkerhet\n\nVi använder krypterade förbindelser. Behandlingen av medlemsuppgifterna sker inom EU/EES.\n'],
    ['sv', '## Hur skyddar vi uppgifterna?\n\nÅtkomsten är begränsad. Uppgifterna behandlas inom EU/EES.\n'],
    ['en', '## Security\n\nWe use encrypted connections. Processing of member data takes place within the EU/EEA.\n'],
    ['en', '## How we protect your data\n\nAccess is limited to the board. Your data are processed within the EU/EEA.\n'],
  ];
  it.each(cases)('is `transfers: none` (%s)', (lang, body) => {
    const { register, yaml } = imported(`${HEAD[lang]}${body}`, lang);
    expect(register['transfers']).toBe('none');
    expect(yaml).toMatch(/# The original says:\n#\s+\S/u);
  });

  it('is no such statement where the data are outside the area, or where a list item keeps one kind of data in it', () => {
    expect(STAYS.test('Osa tiedoista käsitellään ETA-alueen ulkopuolella.')).toBe(false);
    expect(STAYS.test('Tiedot tallennetaan eurooppalaisilla palvelimilla.')).toBe(false);
    const listed = imported(`${HEAD.fi}## Tietojen säilytys\n\nSäilytämme tietoja näin:\n\n- laskut säilytetään EU:n alueella kirjanpitäjän järjestelmässä\n- sähköpostit palveluntarjoajan konesalissa\n`, 'fi');
    expect(listed.register['transfers']).toBeUndefined();
  });
});

describe('no data, or none as a rule, said to leave the EU/EEA, under a heading on disclosures', () => {
  const cases: [Lang, string][] = [
    ['fi', '## Tietojen luovutukset\n\nTietoja ei säännönmukaisesti luovuteta tai siirretä EU:n tai ETA:n ulkopuolelle.\n'],
    ['sv', '## Utlämnande av uppgifter\n\nInga personuppgifter lämnas ut eller överförs regelbundet utanför EU eller EES.\n'],
    ['en', '## Regular disclosure\n\nNo personal data is regularly disclosed or transferred outside the European Union (EU) or the European Economic Area (EEA).\n'],
    ['en', '## Regular disclosure\n\nNo information is disclosed outside the EU and the European Economic Area, as specified in the law.\n'],
  ];
  it.each(cases)('is `transfers: none`, as a denial, not a transfer without a country (%s)', (lang, body) => {
    expect(imported(`${HEAD[lang]}${body}`, lang).register['transfers']).toBe('none');
  });
});

describe('a hedged transfer with no country, in a section of its own', () => {
  const cases: [Lang, string, string][] = [
    ['fi', '## Henkilötietojen siirtäminen EU:n ulkopuolelle', 'Saatamme siirtää tietoja EU:n tai ETA:n ulkopuolelle, jos palvelun tekninen toteutus sitä vaatii. Huolehdimme tällöin tietojen suojasta lain mukaisesti.'],
    ['sv', '## Överföring utanför EES', 'Vi kan komma att överföra uppgifter utanför EU/EES om våra leverantörer behöver det. Vi ser då till att uppgifterna skyddas enligt lag.'],
    ['en', '## Transferring Personal Data Outside EEA', 'We may have to move personal data outside EEA when our software vendors require it. We then see to it that the data stay protected by law.'],
  ];
  it.each(cases)('is one transfer without a country (%s)', (lang, heading, text) => {
    const { register, yaml } = imported(`${HEAD[lang]}${heading}\n\n${text}\n`, lang);
    expect(register['transfers']).toEqual([{ description: { [lang]: text } }]);
    expect(yaml).toMatch(/# TODO: the original states a transfer outside the EU\/EEA but names no country/u);
  });
});

describe('a denial only of transfers without safeguards, or to countries without adequate protection', () => {
  const cases: [Lang, string, string][] = [
    ['fi', '## Tietojen luovutukset\n\nTietoja luovutetaan kirjanpitäjälle.', 'Tietoja ei siirretä maihin, joiden tietosuojan tasoa Euroopan komissio ei ole todennut riittäväksi.'],
    ['fi', '## Tietojen siirto EU:n ulkopuolelle', 'Emme siirrä tietoja EU/ETA-alueen ulkopuolelle ilman asianmukaisia suojatoimia.'],
    ['sv', '## Vem delar vi uppgifter med?\n\nVi anlitar en redovisningsbyrå.', 'Personuppgifter överförs inte till tredje land utan lämpliga skyddsåtgärder.'],
    ['sv', '## Överföring till tredje land', 'Vi överför aldrig uppgifter till länder som saknar adekvat skyddsnivå.'],
    ['en', '## Sharing your data\n\nWe use a mailing service for the newsletter.', 'We never transfer personal data to countries that lack an adequate level of data protection.'],
    ['en', '## International transfers', 'We do not transfer personal data outside the EEA without appropriate safeguards.'],
  ];
  it.each(cases)('leaves the others open: a transfer without a country, not `transfers: none` (%s)', (lang, before, denial) => {
    const { register, yaml } = imported(`${HEAD[lang]}${before}\n\n${denial}\n`, lang);
    expect(register['transfers']).toHaveLength(1);
    expect(register['transfers'][0]).not.toHaveProperty('country');
    expect(register['transfers'][0]['description']).toEqual({ [lang]: denial });
    expect(yaml).toMatch(/# TODO: the original rules out only transfers outside the EU\/EEA without safeguards or adequate protection/u);
  });

  const mixed: [Lang, string, string][] = [
    ['fi', '## Tietojen luovutus ja siirto\n\nTilitoimisto Laskuri Oy hoitaa kirjanpidon.', 'Tietoja ei siirretä maihin, joiden tietosuojan tasoa EU:n komissio ei ole hyväksynyt.'],
    ['sv', '## Utlämning och överföring av uppgifter\n\nRedovisningsbyrån Kalkyl AB sköter bokföringen.', 'Vi överför inte uppgifter till länder vars dataskydd kommissionen inte har godkänt.'],
    ['en', '## Disclosure and transfer of data\n\nLedger Accounting Ltd keeps the accounts.', 'We do not transfer data to countries whose data protection the Commission has not approved.'],
  ];
  it.each(mixed)('in a section on disclosures and transfers, goes to the transfers alone (%s)', (lang, before, denial) => {
    const { register, yaml } = imported(`${HEAD[lang]}${before} ${denial}\n`, lang);
    expect(register['transfers']).toEqual([{ description: { [lang]: denial } }]);
    expect(yaml).not.toMatch(/recipients not mapped/u);
  });

  it('is no such denial when the condition is not on the safeguards, or the sentence is no denial', () => {
    expect(deniesOnlyUnsafe('Tietoja ei luovuteta ilman suostumustasi.')).toBe(false);
    expect(deniesOnlyUnsafe('Uppgifter överförs inte utanför EU/EES.')).toBe(false);
    expect(deniesOnlyUnsafe('We transfer data to countries that have an adequacy decision of the Commission.')).toBe(false);
    expect(imported(`${HEAD.en}## International transfers\n\nPersonal data are not transferred outside the EU/EEA.\n`, 'en').register['transfers']).toBe('none');
  });
});

describe('a provider whose data may be kept in a country outside the EU/EEA, in a list of providers', () => {
  const cases: [Lang, string, string][] = [
    ['fi', '## Vastaanottajat\n\nKäytämme seuraavia palveluja:', 'Pilvikanta (tietokanta) – tiedot voidaan tallentaa EU/ETA-alueella tai Yhdysvalloissa.'],
    ['sv', '## Mottagare\n\nVåra leverantörer:', 'Molnbas (databas) – uppgifterna kan lagras inom EU/EES eller i USA.'],
    ['en', '## Recipients\n\nOur providers:', 'Cloudbase (database) – data may be stored in the EU/EEA or in the United States.'],
  ];
  it.each(cases)('is a transfer to that country, its hedge kept (%s)', (lang, before, item) => {
    const { register } = imported(`${HEAD[lang]}${before}\n\n- ${item}\n- Postino (newsletters)\n`, lang);
    expect(register['transfers']).toEqual([{ country: 'US', description: { [lang]: item } }]);
  });
});

describe('a promise of what holds if data ever leave the area', () => {
  const cases: [Lang, string][] = [
    ['fi', 'Rekisterinpitäjä vastaa siitä, että jos henkilötietoja käsitellään EU- tai ETA-alueen ulkopuolella, tietojen siirto perustuu aina voimassaolevaan lainsäädäntöön.'],
    ['sv', 'Den personuppgiftsansvarige ser till att om personuppgifter behandlas utanför EU/EES, grundar sig överföringen alltid på gällande lag.'],
    ['en', 'The controller sees to it that if personal data are processed outside the EU/EEA, the transfer always rests on the law in force.'],
  ];
  it.each(cases)('states no transfer, and is kept for the author (%s)', (lang, text) => {
    const { register, yaml } = imported(`${HEAD[lang]}## Transfers outside the EU/EEA\n\n${text}\n`, lang);
    expect(register['transfers']).toBeUndefined();
    expect(yaml).toContain(text.slice(0, 40));
  });
});

describe('a transfer said plainly in prose, under no heading of its own', () => {
  const cases: [Lang, string][] = [
    ['fi', 'Tietoja säilytetään pilvipalvelussa. Tietoja voidaan siirtää EU:n tai ETA:n ulkopuolelle.'],
    ['sv', 'Uppgifterna lagras i en molntjänst. Uppgifter kan överföras utanför EU/EES.'],
    ['en', 'The data are kept in a cloud service. Data may be transferred outside the EU/EEA.'],
  ];
  it.each(cases)('is one transfer without a country (%s)', (lang, text) => {
    const { register } = imported(`${HEAD[lang]}## Security\n\n${text}\n`, lang);
    expect(register['transfers']).toHaveLength(1);
    expect(register['transfers'][0].country).toBeUndefined();
  });
  it('is none when a condition in it names the case, such as the person\'s own mail server', () => {
    const text = 'Tietoja lähetetään sähköpostitse pyynnöstä. Tiedot saattavat myös joutua EU- tai ETA-maiden ulkopuolelle, mikäli vastaanottajan sähköpostipalvelin sijaitsee EU:n ulkopuolella.';
    expect(imported(`${HEAD.fi}## Tietoturva\n\n${text}\n`, 'fi').register['transfers']).toBeUndefined();
  });
  it.each(cases)('is none when it opens on a condition (%s)', (lang, text) => {
    const conditional = { fi: 'Jos tietoja siirretään EU:n tai ETA:n ulkopuolelle, käytämme lain sallimia keinoja.', sv: 'Om uppgifter överförs utanför EU/EES följer vi lagen.', en: 'If data are transferred outside the EU/EEA, we follow the law.' }[lang];
    const { register } = imported(`${HEAD[lang]}## Security\n\n${text.replace(/ [^.]*\.$/u, ` ${conditional}`)}\n`, lang);
    expect(register['transfers']).toBeUndefined();
  });
});

describe('a provider that may process data in a third country, under the heading on transfers', () => {
  const NOTICES: [Lang, string][] = [
    ['fi', `${HEAD.fi}## Tietojen siirto EU:n ulkopuolelle\n\nPyrimme käsittelemään tiedot EU:n alueella. Osa palveluntarjoajista toimii maailmanlaajuisesti ja voi käsitellä tietoja kolmansissa maissa. Siirrot suojataan vakiosopimuslausekkeilla.\n`],
    ['sv', `${HEAD.sv}## Överföring utanför EU/EES\n\nVi strävar efter att behandla uppgifter inom EU/EES. Vissa leverantörer är globala och kan behandla data i tredjeland. När så sker skyddas överföringen av standardavtalsklausuler.\n`],
    ['en', `${HEAD.en}## Transfers outside the EU/EEA\n\nWe aim to process data within the EU/EEA. Some providers are global and may process data in third countries. Such transfers are protected by standard contractual clauses.\n`],
  ];
  it.each(NOTICES)('is a transfer on its safeguard, not a recipient (%s)', (lang, text) => {
    const { register } = imported(text, lang);
    expect(register['recipients']).toBeUndefined();
    expect(register['transfers']).toMatchObject([{ mechanism: 'standard_contractual_clauses' }]);
  });
});

describe('a transfer to a country whose sentence names one provider outside the EEA', () => {
  const cases: [Lang, string][] = [
    ['en', "## Transfers\n\nGoogle Analytics data is processed on Google's servers, which may be located in the United States. This transfer relies on the EU-U.S. Data Privacy Framework.\n"],
    ['sv', '## Överföring\n\nUppgifterna i Mailchimp lagras i USA. Överföringen grundar sig på EU-U.S. Data Privacy Framework.\n'],
    ['fi', '## Siirrot\n\nMicrosoft säilyttää varmuuskopiot Yhdysvalloissa. Siirto perustuu EU:n ja Yhdysvaltojen väliseen tietosuojakehykseen.\n'],
  ];
  it.each(cases)('has that provider for its recipient (%s)', (lang, body) => {
    const transfers = imported(`${HEAD[lang]}${body}`, lang).register['transfers'] as Draft[];
    expect(transfers.map((t) => [t['country'], t['recipient']])).toEqual([['US', expect.stringMatching(/^(?:Google|Mailchimp|Microsoft)$/u)]]);
  });

  it('leaves an inflected name for the author to write', () => {
    const transfers = imported(`${HEAD.fi}## Siirrot\n\nTiedot säilytetään Googlen palvelimilla Yhdysvalloissa vakiosopimuslausekkeiden nojalla.\n`, 'fi').register['transfers'] as Draft[];
    expect(transfers.map((t) => t['recipient'])).toEqual([undefined]);
  });
});

describe('data said to stay in the EU beside only the name of a safeguard', () => {
  const STAYING: [Lang, string][] = [
    ['fi', '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki\n\n## Tietojen sijainti\n\nTiedot tallennetaan EU:ssa sijaitsevalle palvelimelle (Supabase, Frankfurt, Saksa — EU Standard Contractual Clauses).\n'],
    ['en', '# Privacy notice\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki\n\n## Data location\n\nThe data are stored in the EU on a server of Supabase in Frankfurt (EU Standard Contractual Clauses).\n'],
  ];
  it.each(STAYING)('are no transfer; the host is a recipient and the safeguard a question (%s)', (lang, text) => {
    const { register, yaml } = imported(text, lang);
    expect(register['transfers']).toBe('none');
    expect((register['recipients'] as Draft[]).map((r) => r['name'])).toEqual(['Supabase']);
    expect(yaml).toContain('for data it says stay in the EU/EEA');
  });

  it('a safeguard with words of a transfer is one', () => {
    const text = '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki Oy, Katu 1, 00100 Helsinki\n\n## Tietojen sijainti\n\nTiedot tallennetaan EU:ssa sijaitsevalle palvelimelle. Tukipalvelun tietoja siirretään vakiosopimuslausekkein.\n';
    expect(imported(text, 'fi').register['transfers']).not.toBe('none');
  });
});

describe('providers in a sentence that keeps the data in the EU', () => {
  it('are no recipient where the sentence denies sharing with them', () => {
    const text = '# Privacy notice\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki\n\n## Data location\n\nThe data are stored on our own servers in the EU, and we never share them with Google or Facebook.\n';
    const recipients = imported(text, 'en').register['recipients'];
    expect(Array.isArray(recipients) ? recipients.map((r: Draft) => r['name']) : []).toEqual([]);
  });

  it('a safeguard said in a sentence of its own, for a provider, is a transfer', () => {
    const text = '# Privacy notice\n\n## Controller\n\nExample Ltd, Street 1, 00100 Helsinki\n\n## Data location\n\nOur servers are located in the EU. Mailchimp is covered by the EU Standard Contractual Clauses.\n';
    expect(imported(text, 'en').register['transfers']).not.toBe('none');
  });
});

describe('a country named with its safeguard, under any heading', () => {
  const cases: [Lang, string][] = [
    ['en', '## Error reports\n\nError reports are processed by Sentry (data may be processed in the US under Standard Contractual Clauses).\n\n## Services\n\n| Service | Purpose | Data location |\n|---|---|---|\n| Sentry | Error reports | US (Standard Contractual Clauses) |\n| Mailchimp | Newsletters | United States (Standard Contractual Clauses) |\n'],
    ['fi', '## Virheraportit\n\nVirheraportit käsittelee Sentry (tietoja voidaan käsitellä Yhdysvalloissa vakiosopimuslausekkeiden nojalla).\n\n## Palvelut\n\n- Sentry: virheraportit, Yhdysvallat (vakiosopimuslausekkeet)\n- Mailchimp: uutiskirjeet, Yhdysvallat (vakiosopimuslausekkeet)\n'],
  ];
  it.each(cases)('is a transfer there, to the provider named, said once for each provider (%s)', (lang, body) => {
    const { register } = imported(`${HEAD[lang]}${body}`, lang);
    const transfers = register['transfers'] as Draft[];
    expect(transfers.map((t) => [t['country'], t['mechanism']])).toEqual([
      ['US', 'standard_contractual_clauses'],
      ['US', 'standard_contractual_clauses'],
    ]);
    expect(transfers[0]!['recipient']).toBe('Sentry');
    expect(JSON.stringify(transfers[1])).toContain('Mailchimp');
  });

  it('is no transfer where the country is only named, without moving data or a safeguard', () => {
    const { register } = imported(`${HEAD.en}## About\n\nOur company was founded by two friends who met in the United States.\n`, 'en');
    expect(register['transfers']).toBeUndefined();
  });
});

describe('a country named in one sentence, its safeguard in the next', () => {
  const cases: [Lang, string][] = [
    ['fi', '## Tietojen säilytys\n\nLomakkeen tiedot tallennetaan palveluntarjoajan palvelimille. Palvelimet voivat sijaita Euroopan unionin ulkopuolella (esimerkiksi Yhdysvalloissa). Mahdolliset EU:n ulkopuoliset siirrot perustuvat Euroopan komission hyväksymiin vakiosopimuslausekkeisiin.\n'],
    ['en', '## Storage\n\nForm data are stored on our provider\'s servers, which may be located in the United States. Any transfer outside the EU rests on the standard contractual clauses approved by the European Commission.\n'],
  ];
  it.each(cases)('is one transfer on that safeguard (%s)', (lang, body) => {
    const transfers = imported(`${HEAD[lang]}${body}`, lang).register['transfers'] as Draft[];
    expect(transfers.map((t) => [t['country'], t['mechanism']])).toEqual([['US', 'standard_contractual_clauses']]);
  });

  it('does not take the safeguard of a sentence that names a country of its own', () => {
    const body = '## Storage\n\nBackups are stored on servers in the United States. Newsletters go to Canada on the standard contractual clauses.\n';
    const transfers = imported(`${HEAD.en}${body}`, 'en').register['transfers'] as Draft[];
    expect(transfers.map((t) => [t['country'], t['mechanism']])).toEqual([['US', undefined], ['CA', 'standard_contractual_clauses']]);
  });
});

describe('a denial that no personal data are transferred, the verb first', () => {
  it.each([
    ['sv', '## Säkerhet\n\nBåde webbplatsen och e-posten driftas inom EU. Vi överför inga personuppgifter till länder utanför EU/EES.\n'],
    ['en', '## Security\n\nAccess to the data is limited. We transfer no personal data to countries outside the EU/EEA.\n'],
  ] as [Lang, string][])('is `transfers: none` (%s)', (lang, body) => {
    expect(imported(`${HEAD[lang]}${body}`, lang).register['transfers']).toBe('none');
  });
});

describe('a country only in a safeguard\'s name, or beside a use denied', () => {
  it.each([
    ['en', '## Analytics\n\nWe do not use Google Analytics, because we do not consider the EU-US Data Privacy Framework a sufficient safeguard. All our services are hosted in Finland.\n'],
    ['fi', '## Tietoturva\n\nLomaketiedot käsitellään EU:n alueella sijaitsevilla palvelimilla. Jos tietoja on tarpeen siirtää kolmansiin maihin, käytämme:\n\n- Euroopan komission hyväksymiä vakiosopimuslausekkeita\n- riittävyyspäätöksiä (kuten EU-US Data Privacy Framework -kehys)\n'],
  ] as [Lang, string][])('is no transfer; the data staying in the EU say `transfers: none` (%s)', (lang, body) => {
    expect(imported(`${HEAD[lang]}${body}`, lang).register['transfers']).toBe('none');
  });

  it('keeps two transfers to one country of two providers it does not know', () => {
    const body = '## Newsletter\n\nSubscriber data are transferred to our newsletter tool Postly in the United States under standard contractual clauses.\n\n## Bookings\n\nBooking data are transferred to our booking system Bookwise in the United States under standard contractual clauses.\n';
    expect((imported(`${HEAD.en}${body}`, 'en').register['transfers'] as Draft[]).length).toBe(2);
  });

  it('keeps a transfer said with its safeguard and no country beside one to a country', () => {
    const body = '## Processors\n\nFormsubmit handles our contact form. Its servers are outside the EU/EEA and the transfer is protected by standard contractual clauses.\n\nGoogle Analytics: Google may process data in the USA under the EU-US Data Privacy Framework.\n';
    const transfers = imported(`${HEAD.en}${body}`, 'en').register['transfers'] as Draft[];
    expect(transfers.map((t) => [t['country'], t['mechanism']])).toEqual([['US', 'data_privacy_framework'], [undefined, 'standard_contractual_clauses']]);
  });

  it('keeps a transfer said in a sentence that denies only card details to the controller', () => {
    const body = '## Betalningar\n\nVid betalning överförs inga kortuppgifter till oss, utan Stripe tar emot dem och behandlar dem i USA enligt EU-kommissionens standardavtalsklausuler.\n';
    const transfers = imported(`${HEAD.sv}${body}`, 'sv').register['transfers'] as Draft[];
    expect(transfers.map((t) => t['country'])).toEqual(['US']);
  });
});
