// GDPR Art. 13(1)(e), 14(1)(e): the recipients or categories of recipients, or explicitly none.
import { defineRule } from '../check/rule.js';
import { textValues } from '../check/text.js';
import type { Recipient } from '../types.js';
import { onlyWords, wordSet } from '../check/words.js';

/** Words that say nothing about who the recipient is: "yhteistyökumppanit jne", "third parties". */
const isGeneric = wordSet([
  // fi
  'yhteistyökumppan*', 'kumppan*', 'ulkoistuskumppan*', 'ulkoituskumppan*', 'alihankkij*', 'palveluntarjoaj*', 'toimittaj*',
  'kolman*', 'osapuol*', 'taho', 'tahoj*', 'tahoi*', 'tahol*', 'muu', 'muut', 'mui*', 'muill*', 'ulkopuoli*', 'ja', 'sekä', 'tai',
  'jne', 'yms', 'ym', 'eri', 'valitu*', 'luotettav*',
  // en
  'partner*', 'third', 'parties', 'party', 'service', 'providers', 'provider', 'subcontractor*', 'supplier*', 'vendor*',
  'other', 'others', 'selected', 'trusted', 'external', 'companies', 'and', 'or', 'etc', 'our',
  // sv
  'samarbetspartner*', 'tredje', 'part', 'parter', 'parterna', 'leverantör*', 'underleverantör*', 'tjänsteleverantör*',
  'andra', 'övriga', 'och', 'eller', 'osv', 'externa', 'utvalda',
]);

/** A recipient given only as a category of generic words. */
export function isGenericRecipient(recipient: Recipient): boolean {
  if (recipient.name || !recipient.category) return false;
  return textValues(recipient.category).some((t) => onlyWords(t, isGeneric));
}

export default defineRule(
  {
    id: 'recipients',
    articles: ['Art. 13(1)(e)', 'Art. 14(1)(e)', 'Art. 4(9)'],
    severity: 'error',
    description: 'The register names its recipients or specific categories of them, or says `recipients: none`.',
    messages: {
      missing: {
        en: 'Missing `recipients`: list who receives the data, processors included, or say `recipients: none` when data are not disclosed (Art. 13(1)(e))',
        fi: 'Puuttuu `recipients`: luettele, kenelle tietoja luovutetaan (myös henkilötietojen käsittelijät), tai kirjoita `recipients: none`, jos tietoja ei luovuteta (13 art. 1 e)',
      },
      generic: {
        en: 'Recipient category `{text}` does not say who receives the data: name the recipient, or give its type of business, sector and location, e.g. `payroll service provider in Finland` (Art. 13(1)(e))',
        fi: 'Vastaanottajaryhmä `{text}` ei kerro, kuka tiedot saa: nimeä vastaanottaja tai kerro sen toimiala ja sijainti, esim. `palkanlaskennan palveluntarjoaja Suomessa` (13 art. 1 e)',
      },
    },
  },
  ({ register, report }) => {
    const recipients = register.recipients;
    if (recipients === undefined) {
      report([], 'missing');
      return;
    }
    if (!Array.isArray(recipients)) return;
    recipients.forEach((r, i) => {
      if (!isGenericRecipient(r)) return;
      const text = textValues(r.category).find((t) => onlyWords(t, isGeneric)) ?? '';
      report(['recipients', i, 'category'], 'generic', { text });
    });
  },
);
