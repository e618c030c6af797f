// GDPR Art. 4(1), 5(1)(a), 12(1), 13(1)(e)–(f), 13(2)(f): the notice does not deny what it lists elsewhere.
import { anonymousClaims, identifyingTrackers } from '../check/anonymous-claims.js';
import { defineRule } from '../check/rule.js';
import { denials, deniesProfiling } from '../check/denials.js';
import { placedInEea, providerMentions, providersIn } from '../check/providers.js';
import { allTexts, sentences, textValues } from '../check/text.js';
import { findWords, languageVersions, listed, words } from '../check/words.js';
import { isEea } from '../data/data.js';
import type { Recipient, Register, Transfer } from '../types.js';

/** Purposes of targeting, personalisation or profiling: what a denial of profiling contradicts. */
const PROFILING_PURPOSE = words([
  'profiloi*', 'profilointi*', 'kohdenne*', 'kohdenna*', 'kohdenta*', 'kohdista*', 'personoi*', 'segmentoi*',
  'profiling', 'targeted', 'targeting', 'retargeting', 'personalised', 'personalized', 'personalisation', 'personalization',
  'interest-based', 'behavioural advertis*', 'behavioral advertis*', 'segmentation',
  'profilering*', 'riktad* reklam*', 'riktad* marknadsföring*', 'personanpass*', 'målgruppsanpass*', 'segmenter*',
]);

/** A transfer as named in a message: its recipient and country, whichever the register gives. */
function transferLabel(t: Transfer, i: number): string {
  if (t.recipient && t.country) return `${t.recipient} (${t.country})`;
  return t.recipient ?? t.country ?? `transfers[${i + 1}]`;
}

/** What the register lists outside the EEA: transfers, recipients, cookie tools, group members, providers. */
function outsideEea(register: Register): string[] {
  const out: string[] = [];
  if (Array.isArray(register.transfers)) out.push(...register.transfers.map(transferLabel));
  if (Array.isArray(register.recipients)) {
    for (const r of register.recipients) if (r.country && !isEea(r.country)) out.push(`${r.name ?? r.country} (${r.country})`);
  }
  for (const t of register.cookies?.tools ?? []) if (t.country && !isEea(t.country)) out.push(`${t.name} (${t.country})`);
  for (const m of register.group?.members ?? []) if (m.country && !isEea(m.country)) out.push(`${m.name} (${m.country})`);
  for (const { name, provider } of providerMentions(register)) if (!isEea(provider.country) && !placedInEea(register, provider)) out.push(`${name} (${provider.country})`);
  // A transfer with neither recipient nor country is named by its place only when nothing else is listed.
  const named = out.filter((label) => !label.startsWith('transfers['));
  return [...new Set(named.length ? named : out)];
}

/** A company or association form, which two spellings of one name may or may not carry. */
const FORM = /(?<![\p{L}])(?:oyj|oy|ab|abp|ltd|limited|plc|inc|gmbh|ry|rf|ky|tmi|ay|kb|hb|llc)(?![\p{L}])\.?/giu;

/** A party's name as compared: lower case, no company form, no punctuation. */
function bareName(name: string): string {
  return name.toLowerCase().replace(FORM, ' ').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The recipients that are the controller itself, by name: a controller does not disclose to itself. */
function selfRecipients(register: Register): { i: number; name: string }[] {
  const controller = typeof register.controller?.name === 'string' ? bareName(register.controller.name) : '';
  if (!controller || !Array.isArray(register.recipients)) return [];
  return register.recipients.flatMap((r, i) => {
    const name = r.name ?? Object.values(r.category ?? {})[0];
    if (typeof name !== 'string' || bareName(name) !== controller) return [];
    // A category that speaks of the controller beside the name ("services for the system TaikaTilaus Oy provides") is about another party.
    const about = Object.values(r.category ?? {}).some((t) => typeof t === 'string' && bareName(t) !== controller && bareName(t).includes(controller));
    return about ? [] : [{ i, name }];
  });
}

/** Words that make a recipient one who processes data for the controller: "käsittelijä", "alihankkija", "lukuun", "palvelulla", "biträde", "on behalf". */
const FOR_CONTROLLER = words([
  'käsittelij*', 'alihankkij*', '*palveluntarjoaj*', 'lukuun', '*palvelulla', '*palvelussa', 'toteutettu', 'ylläpit*',
  'processor*', 'on behalf', 'service provider*', 'hosting', 'hosted', 'provider*',
  'biträd*', 'personuppgiftsbiträd*', 'leverantör*', 'tjänsteleverantör*', 'för vår räkning', 'på uppdrag',
]);

/** A recipient that acts for the controller, which a denial of disclosure to third parties leaves out (Art. 4(10)). */
function actsForController(r: Recipient): boolean {
  if (r.role) return r.role === 'processor';
  const texts = [r.name ?? '', ...Object.values(r.category ?? {})].filter((t): t is string => typeof t === 'string');
  return texts.some((t) => providersIn(t).length > 0 || findWords(t, FOR_CONTROLLER).length > 0);
}

/** An advertising tool: it reports what it sees to the platform, which uses it for its own ends ("Google Ads", "Meta Pixel", "LinkedIn Insight Tag"). */
const ADVERTISING = /(?<![\p{L}])(?:ads|insight tag|doubleclick)(?![\p{L}])|(?:meta|facebook|tiktok|pinterest|snapchat|twitter|linkedin)[ -]?(?:pixel|pikseli)/iu;

/** The advertising tools the register's cookies name, by their name or provider: each a party data go to, not one acting for the controller alone. */
function advertisingTools(register: Register): string[] {
  return (register.cookies?.tools ?? []).filter((t) => ADVERTISING.test(`${t.name} ${t.provider ?? ''}`)).map((t) => t.name);
}

/**
 * The words of the purposes (and cookie texts) that describe profiling or targeting. A sentence that
 * denies profiling ("Tietoja ei käytetä kohdentamiseen tai profilointiin", "no profiling") describes
 * none, though it stands among the purposes.
 */
function profilingPurposes(register: Register): string[] {
  const found = new Set<string>();
  for (const { path, text } of allTexts(register)) {
    if (path[0] !== 'purposes' && path[0] !== 'cookies') continue;
    for (const { value } of languageVersions(path, text)) {
      for (const sentence of sentences(value)) {
        if (deniesProfiling(sentence)) continue;
        for (const w of findWords(sentence, PROFILING_PURPOSE)) found.add(w.toLowerCase());
      }
    }
  }
  return [...found];
}

/** A recipient's name the notice's texts give, as a word: "Resend" in "… Resend-palvelun kautta". */
function namedInText(name: string | undefined, texts: string): boolean {
  return name !== undefined && new RegExp(`(?<![\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{Ll}])`, 'u').test(texts);
}

export default defineRule(
  {
    id: 'contradiction',
    articles: ['Art. 4(1)', 'Art. 5(1)(a)', 'Art. 12(1)', 'Art. 13(1)(e)', 'Art. 13(1)(f)', 'Art. 13(2)(f)'],
    severity: 'error',
    description: 'No text denies transfers outside the EEA, disclosures or profiling that the register lists elsewhere, or calls anonymous the visitor data of a tool that tells visitors apart, and `transfers: none` is not said beside a provider established outside the EEA.',
    messages: {
      transfer: {
        en: 'The text says data are not transferred outside the EEA ({found}), but the register lists {listed}: correct the sentence, or declare each transfer in `transfers` (Art. 13(1)(f))',
        fi: 'Tekstin mukaan tietoja ei siirretä ETA-alueen ulkopuolelle ({found}), mutta rekisterissä mainitaan {listed}: korjaa lause tai ilmoita jokainen siirto kohdassa `transfers` (13 art. 1 f)',
        sv: 'Enligt texten överförs inga uppgifter utanför EES ({found}), men registret anger {listed}: rätta meningen, eller ange varje överföring i `transfers` (artikel 13.1 f)',
      },
      disclosureTool: {
        en: 'The text says data are not disclosed ({found}), but the register names advertising tools ({listed}), which report what they see to their platforms: say that data go there, to whom and why (Art. 13(1)(e))',
        fi: 'Tekstin mukaan tietoja ei luovuteta ({found}), mutta rekisterissä mainitaan mainostyökaluja ({listed}), jotka välittävät näkemänsä alustoilleen: kerro, että tietoja luovutetaan, kenelle ja miksi (13 art. 1 e)',
        sv: 'Enligt texten lämnas inga uppgifter ut ({found}), men registret nämner annonsverktyg ({listed}), som skickar det de ser till sina plattformar: ange att uppgifter lämnas ut, till vem och varför (artikel 13.1 e)',
      },
      disclosure: {
        en: 'The text says data are not disclosed ({found}), but `recipients` lists {listed}: say who receives the data, processors included (Art. 13(1)(e))',
        fi: 'Tekstin mukaan tietoja ei luovuteta ({found}), mutta `recipients` sisältää vastaanottajat {listed}: kerro, kuka tiedot saa, myös henkilötietojen käsittelijät (13 art. 1 e)',
        sv: 'Enligt texten lämnas inga uppgifter ut ({found}), men `recipients` anger {listed}: ange vem som tar emot uppgifterna, personuppgiftsbiträden inräknade (artikel 13.1 e)',
      },
      profiling: {
        en: 'The text says there is no profiling ({found}), but a purpose describes {listed}, which is profiling: correct the sentence and describe the profiling (Art. 13(2)(f), Art. 4(4))',
        fi: 'Tekstin mukaan profilointia ei tehdä ({found}), mutta tarkoituksissa kuvataan {listed}, mikä on profilointia: korjaa lause ja kuvaa profilointi (13 art. 2 f, 4 art. 4)',
        sv: 'Enligt texten förekommer ingen profilering ({found}), men ett ändamål beskriver {listed}, vilket är profilering: rätta meningen och beskriv profileringen (artikel 13.2 f och 4.4)',
      },
      selfRecipient: {
        en: 'Recipient `{name}` is the controller itself: a controller does not disclose data to itself; name the processors and the other parties that receive the data, or say `recipients: none` (Art. 13(1)(e), Art. 4(9))',
        fi: 'Vastaanottaja `{name}` on rekisterinpitäjä itse: rekisterinpitäjä ei luovuta tietoja itselleen; nimeä henkilötietojen käsittelijät ja muut tietoja saavat tahot tai kerro `recipients: none` (13 art. 1 e, 4 art. 9)',
        sv: 'Mottagaren `{name}` är den personuppgiftsansvarige själv: den personuppgiftsansvarige lämnar inte ut uppgifter till sig själv; namnge personuppgiftsbiträdena och de andra som tar emot uppgifterna, eller ange `recipients: none` (artikel 13.1 e och 4.9)',
      },
      anonymous: {
        en: 'The text calls the visitor data `{found}`, but the register names {listed}: a cookie identifier tells visitors apart, and data that single out a person are personal data; say what is collected as it is (Art. 4(1), 12(1), Recitals 26 and 30)',
        fi: 'Tekstissä kävijätietoja kutsutaan sanalla `{found}`, mutta rekisterissä mainitaan {listed}: evästetunniste erottaa kävijät toisistaan, ja tiedot, joiden avulla henkilö voidaan erottaa muista, ovat henkilötietoja; kerro, mitä kerätään, sellaisena kuin se on (4 art. 1, 12 art. 1, johdanto-osan 26 ja 30 kappale)',
        sv: 'Texten kallar besökarnas uppgifter `{found}`, men registret nämner {listed}: en kakidentifierare särskiljer besökare, och uppgifter som särskiljer en person är personuppgifter; beskriv det som samlas in som det är (artikel 4.1, 12.1, skälen 26 och 30)',
      },
      noneButProvider: {
        en: '`transfers` says `none`, but the register names {listed}, established outside the EEA: declare the transfer with its mechanism, or give the recipient an EEA `country` if the provider keeps the data in the EEA (Art. 13(1)(f))',
        fi: '`transfers` on `none`, mutta rekisterissä mainitaan {listed}, joka on sijoittautunut ETA-alueen ulkopuolelle: ilmoita siirto ja sen peruste tai anna vastaanottajalle ETA-maa kentässä `country`, jos palveluntarjoaja säilyttää tiedot ETA-alueella (13 art. 1 f)',
        sv: '`transfers` är `none`, men registret nämner {listed}, som är etablerad utanför EES: ange överföringen och dess grund, eller ge mottagaren ett EES-land i `country` om leverantören förvarar uppgifterna inom EES (artikel 13.1 f)',
      },
    },
  },
  ({ register, report }) => {
    const outside = outsideEea(register);
    const recipients = Array.isArray(register.recipients) ? register.recipients.filter((r) => r.role !== 'authority') : [];
    const profiling = profilingPurposes(register);
    const advertising = advertisingTools(register);
    const texts = allTexts(register).flatMap(({ text }) => textValues(text)).join('\n');
    for (const { kind, path, found, thirdParties, others } of denials(register)) {
      if (kind === 'transfer' && outside.length) report(path, 'transfer', { found: listed(found), listed: listed(outside.slice(0, 3)) });
      // A denial to "other" parties leaves out those the notice names in its own words.
      const receiving = (thirdParties ? recipients.filter((r) => !actsForController(r)) : recipients).filter((r) => !others || !namedInText(r.name, texts));
      if (kind === 'disclosure' && receiving.length) {
        // A party the register names twice (its name in two sentences) is listed once.
        const names = [...new Set(receiving.map((r, i) => r.name ?? Object.values(r.category ?? {})[0] ?? `${i + 1}`))];
        report(path, 'disclosure', { found: listed(found), listed: listed(names.slice(0, 3)) });
      } else if (kind === 'disclosure' && advertising.length) report(path, 'disclosureTool', { found: listed(found), listed: listed(advertising.slice(0, 3)) });
      if (kind === 'profiling' && profiling.length) report(path, 'profiling', { found: listed(found), listed: listed(profiling.slice(0, 3)) });
    }
    for (const { i, name } of selfRecipients(register)) report(['recipients', i], 'selfRecipient', { name });
    const trackers = identifyingTrackers(register);
    if (trackers.length) for (const { path, found } of anonymousClaims(register)) report(path, 'anonymous', { found, listed: listed(trackers.slice(0, 3)) });
    if (register.transfers !== 'none') return;
    // A provider placed in the EEA by the register (a recipient with an EEA country) is the author's answer.
    const providers = providerMentions(register).filter((m) => !isEea(m.provider.country) && !placedInEea(register, m.provider));
    if (providers.length) report(['transfers'], 'noneButProvider', { listed: listed(providers.map((p) => `${p.name} (${p.provider.country})`)) });
  },
);
