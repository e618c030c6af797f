// GDPR Art. 4(11), 6(1)(a), 7 and Laki sähköisen viestinnän palveluista (917/2014) 205 §: consent is a clear, specific, unbundled act, not use of a site or browser settings.
import { defineRule } from '../check/rule.js';
import { allTexts } from '../check/text.js';
import { findWords, languageVersions, listed, words } from '../check/words.js';
import type { PathSegment } from '../load/yaml-ast.js';
import type { Register } from '../types.js';

/** "By using this site you agree": use of a service taken as consent (Art. 4(11): a clear affirmative act). */
const BY_USE = [
  /(?<!\p{L})(?:käyttämällä|jatkamalla|selaamalla|vierailemalla)(?!\p{L})[^.!?\n]{0,80}?(?<!\p{L})(?:hyväksy|suostu|annat suostumuk)/iu,
  /\bby (?:using|continuing to use|continuing to browse|browsing|visiting|accessing)\b[^.!?\n]{0,80}?\b(?:you (?:also )?(?:agree|consent|accept)|you are (?:therefore )?(?:agreeing|consenting|accepting))/iu,
  /(?<!\p{L})genom att (?:använda|fortsätta|besöka|surfa)(?!\p{L})[^.!?\n]{0,80}?(?<!\p{L})(?:godkänner|samtycker|accepterar)/iu,
];

/** Consent bundled with terms: "hyväksymällä käyttöehdot suostut", "by accepting our terms you consent". */
const BUNDLED = [
  /(?<!\p{L})hyväksymällä (?:\p{L}+ )?(?:käyttö|sopimus|tilaus|toimitus)?ehdot(?!\p{L})[^.!?\n]{0,80}?(?<!\p{L})(?:suostu|hyväksyt myös)/iu,
  /\bby accepting (?:the|our|these) (?:terms|conditions|terms and conditions)\b[^.!?\n]{0,80}?\byou (?:also )?(?:consent|agree)/iu,
  /(?<!\p{L})genom att godkänna (?:villkoren|användarvillkoren|köpvillkoren)(?!\p{L})[^.!?\n]{0,80}?(?<!\p{L})samtycker/iu,
];

/** Pre-ticked boxes are not consent (CJEU C-673/17 Planet49). */
const PRE_TICKED = words([
  'valmiiksi rastit*', 'valmiiksi valit*', 'valmiiksi merkit*', 'esivalit*', 'oletuksena valit*',
  'pre-ticked', 'pre-checked', 'pre-selected', 'preselected', 'ticked by default', 'checked by default',
  'förkryssad*', 'förvald*', 'förifylld*',
]);

/** Browser settings offered as the way to refuse cookies. */
const BROWSER_SETTINGS = words([
  'selaime* asetuk*', 'selaimen asetuksi*', 'selainasetuk*', 'selaimesi asetuk*',
  'browser settings', 'browser setting', 'settings of your browser', 'your browser',
  'webbläsare* inställning*', 'inställningarna i din webbläsare', 'din webbläsare',
]);

/** A real consent tool: a banner or a settings dialog of the site itself. */
const CONSENT_TOOL = words([
  'evästeikkun*', 'evästebann*', 'evästeilmoitu*', 'evästeasetuks*', 'evästeasetuks*', 'suostumustyökalu*', 'hyväksy* evästee*',
  'cookie banner', 'cookie window', 'cookie settings', 'cookie preferences', 'consent tool', 'consent banner', 'accept cookies',
  'kakbanner*', 'kakfönst*', 'kakinställning*', 'samtyckesverktyg*', 'godkänn* kakor*',
]);

/** Cookies that need consent: analytics, marketing, targeting (not those strictly necessary). */
const NON_ESSENTIAL = words([
  'analytiik*', 'analysoi*', 'markkinoin*', 'mainon*', 'mainos*', 'kohdenn*', 'kohdent*', 'kohdista*', 'seuran*', 'tilasto*',
  'analytics', 'analytic', 'marketing', 'advertis*', 'targeting', 'targeted', 'tracking', 'statistics',
  'analys*', 'marknadsföring*', 'reklam*', 'riktad*', 'spårning*', 'statistik*',
]);

/** Purposes of targeting or profiling, which track the person (205 §: consent for the cookies they use). */
const TRACKING_PURPOSE = words([
  'kohdenne*', 'kohdenna*', 'kohdenta*', 'kohdista*', 'profiloi*', 'profilointi*', 'uudelleenkohdent*',
  'targeted', 'targeting', 'retargeting', 'profiling', 'behavioural advertis*', 'behavioral advertis*', 'interest-based',
  'riktad* reklam*', 'riktad* marknadsföring*', 'profilering*', 'retargeting',
]);

/** What tracks a person online: cookies, pixels, browsing data. Targeting by purchase history alone does not. */
const TRACKING_TECH = words([
  'eväste*', 'pikseli*', 'seurantakoodi*', 'verkkoanalytiik*', 'webanalytiik*', 'selaushistoria*', 'selaamis*', 'verkkosivu*', 'sivusto*', 'verkkopalvelu*',
  'cookie*', 'pixel*', 'tracking', 'browsing', 'web analytics', 'website*', 'online',
  'kakor*', 'kaka', 'pixl*', 'spårning*', 'webbanalys*', 'webbplats*', 'surfbeteende*',
]);

const NEGATION = /(?<!\p{L})(?:ei|emme|eikä|not|never|no|inte|aldrig|ingen|inga)(?!\p{L})/iu;

function cookieTexts(register: Register): { path: PathSegment[]; value: string }[] {
  const c = register.cookies;
  if (!c) return [];
  const out = [...(c.consent ? languageVersions(['cookies', 'consent'], c.consent) : []), ...(c.description ? languageVersions(['cookies', 'description'], c.description) : [])];
  return out.map(({ path, value }) => ({ path, value }));
}

/** Browser settings as the only consent for cookies the site uses for analytics or marketing. */
function browserConsent(register: Register): { path: PathSegment[]; found: string[] } | undefined {
  const texts = cookieTexts(register);
  const all = texts.map((t) => t.value).join('\n') + (register.cookies?.tools ?? []).map((t) => ` ${t.name} ${Object.values(t.purpose ?? {}).join(' ')}`).join('\n');
  const nonEssential = findWords(all, NON_ESSENTIAL).length > 0 || (register.cookies?.tools?.length ?? 0) > 0;
  if (!nonEssential || findWords(all, CONSENT_TOOL).length) return undefined;
  for (const { path, value } of texts) {
    const found = findWords(value, BROWSER_SETTINGS);
    if (found.length) return { path, found };
  }
  return undefined;
}

export default defineRule(
  {
    id: 'invalid-consent',
    articles: ['Art. 4(11)', 'Art. 6(1)(a)', 'Art. 7', 'Laki sähköisen viestinnän palveluista (917/2014) 205 §'],
    severity: 'error',
    description: 'Consent is a clear affirmative act: not the use of a site, browser settings, a pre-ticked box or acceptance of terms, and targeting that tracks people rests on it.',
    messages: {
      byUse: {
        en: 'Consent by use ({found}): using a service is not a clear affirmative act; ask for consent separately, or rest the processing on another basis (Art. 4(11), Art. 7)',
        fi: 'Suostumus käytön perusteella ({found}): palvelun käyttäminen ei ole selkeä suostumuksen ilmaisu; pyydä suostumus erikseen tai perusta käsittely muuhun perusteeseen (4 art. 11, 7 art.)',
      },
      bundled: {
        en: 'Consent bundled with terms ({found}): consent must be asked separately from the terms and be free to refuse (Art. 7(2), Art. 7(4))',
        fi: 'Suostumus on sidottu ehtoihin ({found}): suostumus on pyydettävä erillään ehdoista, ja siitä on voitava kieltäytyä (7 art. 2 ja 4)',
      },
      preTicked: {
        en: 'Pre-ticked consent ({found}): a ticked box or default setting is not consent; the person must tick it themselves (Art. 4(11), CJEU C-673/17)',
        fi: 'Valmiiksi annettu suostumus ({found}): valmiiksi rastitettu ruutu tai oletusasetus ei ole suostumus, vaan rekisteröidyn on valittava se itse (4 art. 11, EUT C-673/17)',
      },
      browser: {
        en: 'Cookies for analytics or marketing are governed only by browser settings ({found}): such cookies need consent asked on the site before they are set, e.g. a cookie banner with an equal refuse option (205 §, Art. 4(11))',
        fi: 'Analytiikka- tai markkinointievästeitä hallitaan vain selaimen asetuksilla ({found}): niihin tarvitaan sivustolla ennen evästeiden asettamista pyydetty suostumus, esim. evästeikkuna, jossa kieltäytyminen on yhtä helppoa (205 §, 4 art. 11)',
      },
      tracking: {
        en: 'Purpose {n} is targeting or profiling ({found}) but rests on `{basis}`: the tracking it uses (cookies, pixels, web analytics) needs consent, so rest it on `consent` (205 §, Art. 6(1)(a))',
        fi: 'Tarkoitus {n} on kohdentamista tai profilointia ({found}), mutta se perustuu arvoon `{basis}`: sen käyttämä seuranta (evästeet, pikselit, verkkoanalytiikka) edellyttää suostumusta, joten perusta se arvoon `consent` (205 §, 6 art. 1 a)',
      },
    },
  },
  ({ register, report }) => {
    for (const { path, text } of allTexts(register)) {
      for (const { path: at, value } of languageVersions(path, text)) {
        const byUse = BY_USE.map((re) => re.exec(value)?.[0]).find(Boolean);
        const bundled = BUNDLED.map((re) => re.exec(value)?.[0]).find(Boolean);
        const preTicked = findWords(value, PRE_TICKED);
        if (byUse) report(at, 'byUse', { found: listed([byUse]) });
        else if (bundled) report(at, 'bundled', { found: listed([bundled]) });
        else if (preTicked.length && !NEGATION.test(value)) report(at, 'preTicked', { found: listed(preTicked) });
      }
    }
    const browser = browserConsent(register);
    if (browser) report(browser.path, 'browser', { found: listed(browser.found) });
    register.purposes?.forEach((p, i) => {
      if (!p.legal_basis || p.legal_basis === 'consent') return;
      const texts = Object.values(p.description ?? {}).filter((v): v is string => typeof v === 'string');
      const found = [...new Set(texts.flatMap((v) => findWords(v, TRACKING_PURPOSE)))];
      if (!found.length || !texts.some((v) => findWords(v, TRACKING_TECH).length)) return;
      report(['purposes', i, 'legal_basis'], 'tracking', { n: p.id ? `\`${p.id}\`` : `${i + 1}`, found: listed(found), basis: p.legal_basis });
    });
  },
);
