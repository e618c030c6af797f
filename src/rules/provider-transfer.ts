// GDPR Art. 13(1)(f), 14(1)(f), 44: a notice that names a provider established outside the EEA says whether data go there, and on which mechanism.
import { defineRule } from '../check/rule.js';
import { denials } from '../check/denials.js';
import { namesProvider, placedInEea, providerMentions, providersIn, type ProviderMention } from '../check/providers.js';
import { textValues } from '../check/text.js';
import { listed } from '../check/words.js';
import { isEea, type Provider } from '../data/data.js';
import type { Register } from '../types.js';

/** The company's own name without its legal form ("Apple" of "Apple Inc.", "Google" of "Google LLC"), as a word. */
function companyWords(provider: Provider): RegExp | undefined {
  const name = provider.provider.replace(/\s*\(.*\)\s*$/u, '').replace(/,?\s+(?:Inc\.?|LLC|Ltd\.?|Limited|Corp(?:oration|\.)?|PBC|GmbH|AB|Oy|S\.?A\.?|B\.?V\.?|plc)$/iu, '').trim();
  if (name.length < 3) return undefined;
  // A Finnish case ending may follow: "Applen", "Microsoftin".
  return new RegExp(`(?<![\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?::?\\p{Ll}{1,4})?(?![\\p{L}])`, 'u');
}

/**
 * A declared transfer that covers the provider: naming it as the recipient or in its text, or to its
 * country for no other provider by name (a transfer to the US for GitHub does not declare Cloudflare's).
 */
function declared(register: Register, provider: Provider): boolean {
  const transfers = Array.isArray(register.transfers) ? register.transfers : [];
  const another = (recipient: string | undefined) => providersIn(recipient ?? '').some((p) => p.provider.provider !== provider.provider);
  // The company by its name or any of its services' names: "Apple" in a transfer's text declares iCloud's.
  const company = companyWords(provider);
  const sameCompany = (text: string | undefined) =>
    namesProvider(text, provider) || providersIn(text ?? '').some((p) => p.provider.provider === provider.provider) || (company !== undefined && company.test(text ?? ''));
  const said = (t: (typeof transfers)[number]) => [t.recipient, ...textValues(t.description)].some(sameCompany);
  return transfers.some((t) => said(t) || (t.country === provider.country && !another(t.recipient)));
}

export default defineRule(
  {
    id: 'provider-transfer',
    articles: ['Art. 13(1)(f)', 'Art. 14(1)(f)', 'Art. 44'],
    severity: 'warn',
    description: 'A register that names a well-known provider established outside the EEA (Google, Microsoft, Meta, Mailchimp, Zoom …) declares the transfer to its country, or places the provider in the EEA.',
    messages: {
      undeclared: {
        en: 'The register names {names}, of {providers}, established outside the EEA, but `transfers` lists no transfer to {countries}: say whether data go there and on which mechanism (usually {mechanisms}), or give the recipient an EEA `country` if the provider keeps the data in the EEA (Art. 13(1)(f))',
        fi: 'Rekisterissä mainitaan {names} ({providers}; sijoittautumispaikka ETA-alueen ulkopuolella), mutta `transfers` ei sisällä siirtoa maahan {countries}: kerro, siirretäänkö tietoja sinne ja millä perusteella (yleensä {mechanisms}), tai anna vastaanottajalle ETA-maa kentässä `country`, jos palveluntarjoaja säilyttää tiedot ETA-alueella (13 art. 1 f)',
        sv: 'Registret nämner {names} ({providers}; etablering utanför EES), men `transfers` anger ingen överföring till {countries}: ange om uppgifter överförs dit och på vilken grund (vanligen {mechanisms}), eller ge mottagaren ett EES-land i `country` om leverantören förvarar uppgifterna inom EES (artikel 13.1 f)',
      },
    },
  },
  ({ register, report }) => {
    // `transfers: none`, or a sentence denying transfers, beside such a provider is a contradiction,
    // reported as an error by `contradiction`.
    if (register.transfers === 'none' || denials(register).some((d) => d.kind === 'transfer')) return;
    // One finding per text, however many providers it names.
    const byPath = new Map<string, ProviderMention[]>();
    for (const mention of providerMentions(register)) {
      const { provider } = mention;
      if (isEea(provider.country) || declared(register, provider) || placedInEea(register, provider)) continue;
      const key = JSON.stringify(mention.path);
      byPath.set(key, [...(byPath.get(key) ?? []), mention]);
    }
    for (const mentions of byPath.values()) {
      const unique = (values: string[]): string => listed([...new Set(values)]);
      report(mentions[0]!.path, 'undeclared', {
        names: unique(mentions.map((m) => m.name)),
        providers: unique(mentions.map((m) => m.provider.provider)),
        countries: unique(mentions.map((m) => m.provider.country)),
        mechanisms: unique(mentions.map((m) => m.provider.mechanism)),
      });
    }
  },
);
