/**
 * Parts a notice states in words of its own (written for these tests, in Finnish, Swedish and English): a
 * provider placed in the EU in brackets after its name; taking part said to be voluntary; members removed when they
 * resign, or purged after two years; a party named as the one the data are given to; a denial of disclosure to "other" parties beside
 * those named; the right on automated decisions named only in a heading of the rights.
 */
import { describe, expect, it } from 'vitest';
import { auditText } from './audit-text.js';

const rules = async (text: string, rule: string) => (await auditText(text)).filter((d) => d.ruleId === rule);

const head = {
  fi: '# Tietosuojaseloste\n\n## Rekisterinpitäjä\n\nEsimerkki ry, Katu 1, 00100 Helsinki, info@esimerkki.fi\n\n',
  sv: '# Integritetspolicy\n\n## Personuppgiftsansvarig\n\nExempel rf, Gatan 1, 00100 Helsingfors, info@exempel.fi\n\n',
  en: '# Privacy notice\n\n## Controller\n\nExample Club, Street 1, 00100 Helsinki, info@example.fi\n\n',
};

describe('a provider placed in the EU in brackets after its name', () => {
  const body = {
    fi: '## Käsittelijät\n\n- Microsoft Azure OpenAI (Ruotsi/EU): suositusten tuottaminen.\n\n## Siirrot\n\nTietoja ei siirretä EU:n tai ETA:n ulkopuolelle.\n',
    sv: '## Biträden\n\n- Microsoft Azure OpenAI (Sverige/EU): rekommendationer.\n\n## Överföringar\n\nUppgifterna överförs inte utanför EU eller EES.\n',
    en: '## Processors\n\n- Microsoft Azure OpenAI (Sweden/EU): used to generate recommendations.\n\n## Transfers\n\nPersonal data is not transferred outside the EU or the EEA.\n',
  };
  it.each(Object.keys(body) as (keyof typeof body)[])('is no contradiction of a denial of transfers (%s)', async (lang) => {
    expect(await rules(head[lang] + body[lang], 'contradiction')).toEqual([]);
  });
  it('is one where the brackets place it outside', async () => {
    expect(await rules(head.en + body.en.replace('(Sweden/EU)', '(USA)'), 'contradiction')).not.toEqual([]);
  });
});

describe('taking part said to be voluntary', () => {
  it.each([
    ['en', 'Participation in the study is voluntary. We collect your name and e-mail address.'],
    ['fi', 'Tutkimukseen osallistuminen on vapaaehtoista. Keräämme nimesi ja sähköpostiosoitteesi.'],
    ['sv', 'Deltagandet i studien är frivilligt. Vi samlar in ditt namn och din e-postadress.'],
  ] as const)('says whether the data must be given (%s)', async (lang, sentence) => {
    expect(await rules(`${head[lang]}${sentence}\n`, 'provision-requirement')).toEqual([]);
  });
});

describe('data removed when a membership ends, or purged after a time', () => {
  it.each([
    ['fi', 'Jäsenten tiedot talletetaan jäsenrekisteriin. Yhdistyksestä eronneet henkilöt poistetaan rekisteristä.'],
    ['sv', 'Medlemmarnas uppgifter sparas i registret. Efter två år rensas man automatiskt ut ur medlemsregistret.'],
    ['en', 'Members’ data are kept in the register. Members who resign are deleted from the register.'],
  ] as const)('says how long they are kept (%s)', async (lang, sentence) => {
    expect((await rules(`${head[lang]}${sentence}\n`, 'retention')).filter((d) => /^(?:Missing|Puuttuu|`retention` saknas)/u.test(d.message))).toEqual([]);
  });
});

describe('a party named as the one given the data', () => {
  it('names a recipient', async () => {
    const text = `${head.sv}IAPR delges därför årligen information om alla medlemmars namn.\n`;
    expect((await rules(text, 'recipients')).filter((d) => d.message.includes('`recipients`'))).toEqual([]);
  });
  it('is not a pronoun', async () => {
    const text = `${head.sv}Du delges information om behandlingen.\n`;
    expect((await rules(text, 'recipients')).map((d) => d.message)).toEqual([expect.stringContaining('`recipients`')]);
  });
});

describe('a denial of disclosure to "other" parties', () => {
  const body = {
    fi: '## Vastaanottajat\n\nLomakkeen tiedot lähetetään Resend-palvelun kautta (Resend, Inc.). Tietoja ei luovuteta muille kolmansille osapuolille, ellei laki sitä edellytä.\n',
    sv: '## Mottagare\n\nFormulärets uppgifter skickas via Resend (Resend, Inc.). Uppgifterna lämnas inte ut till andra tredje parter om inte lagen kräver det.\n',
    en: '## Recipients\n\nForm data are sent through Resend (Resend, Inc.). Data are not disclosed to other third parties unless the law requires it.\n',
  };
  it.each(Object.keys(body) as (keyof typeof body)[])('does not contradict the parties named (%s)', async (lang) => {
    expect((await rules(head[lang] + body[lang], 'contradiction')).filter((d) => /disclosed|luovuteta|lämnas/u.test(d.message))).toEqual([]);
  });
});

describe('the right on automated decisions named in a heading of the rights', () => {
  it('says nothing of automated decisions made', async () => {
    const text = `${head.fi}## Oikeutesi\n\n### Oikeus olla joutumatta automaattisen päätöksenteon kohteeksi\n\nSinulla on tämä oikeus.\n`;
    expect(await rules(text, 'automated-decisions')).toEqual([]);
  });
});
