// GDPR Art. 37(7), 38(4), 13(1)(b): the data protection officer is reachable as such, not through the general customer-service channel.
import { defineRule } from '../check/rule.js';

/** Mailbox names of general channels: info@, asiakaspalvelu@, support@, kundtjanst@, kirjaamo@ … */
const GENERAL_MAILBOX = new Set([
  'info', 'asiakaspalvelu', 'asiakastuki', 'tuki', 'palvelu', 'palaute', 'myynti', 'toimisto', 'posti', 'yhteys', 'yhteystiedot', 'kirjaamo',
  'support', 'help', 'helpdesk', 'service', 'customerservice', 'customer.service', 'customercare', 'care', 'contact', 'hello', 'office',
  'sales', 'mail', 'admin', 'feedback', 'kundtjanst', 'kundservice', 'kontakt', 'hej', 'moi', 'hei',
]);

/** Mailbox names about data protection, also of a region or a team ("dpo.eu@", "privacy.team@"): shared with the controller, they still reach the officer's work. */
const PRIVACY_MAILBOX = /^(?:tietosuoja\p{L}*|privacy|dataprotection|dpo|gdpr|dataskydd\p{L}*|integritet|personuppgifter)(?:eu|fi|se|uk|en|sv|nordic|team|office)?$/u;

/** A web form about data protection: its path says so ("/tietosuoja", "/privacy-request", "/gdpr"), not its host. */
const PRIVACY_FORM = /^[a-z]+:\/\/[^/]+\/.*(?<![a-z])(?:tietosuoja|privacy|dataprotection|data-protection|gdpr|dpo|dataskydd|integritet)/iu;

const sameUrl = (a: string, b: string): boolean => a.toLowerCase().replace(/\/+$/u, '') === b.toLowerCase().replace(/\/+$/u, '');

const localPart = (email: string): string => email.split('@')[0]!.toLowerCase().replace(/[-_]/g, '');
const digits = (phone: string): string => phone.replace(/\D/g, '').replace(/^358/, '0');

export default defineRule(
  {
    id: 'dpo-shared-contact',
    articles: ['Art. 13(1)(b)', 'Art. 37(7)', 'Art. 38(4)'],
    severity: 'warn',
    description: 'The data protection officer\'s contact is not the general customer-service or switchboard address of the controller.',
    messages: {
      general: {
        en: 'The data protection officer\'s contact `{contact}` is a general channel: give an address that reaches the officer directly, e.g. `tietosuoja@…`, so that requests are not handled as customer service (Art. 37(7), Art. 38(4))',
        fi: 'Tietosuojavastaavan yhteystieto `{contact}` on yleinen kanava: anna osoite, joka tavoittaa tietosuojavastaavan suoraan, esim. `tietosuoja@…`, jotta pyyntöjä ei käsitellä asiakaspalveluna (37 art. 7, 38 art. 4)',
        sv: 'Dataskyddsombudets kontaktuppgift `{contact}` är en allmän kanal: ange en adress som når dataskyddsombudet direkt, t.ex. `dataskydd@…`, så att begäranden inte behandlas som kundtjänstärenden (artikel 37.7 och 38.4)',
      },
    },
  },
  ({ register, report }) => {
    const dpo = register.dpo;
    if (!dpo) return;
    const controller = register.controller;
    const sameEmail =
      dpo.email !== undefined && controller?.email !== undefined && dpo.email.toLowerCase() === controller.email.toLowerCase() && !PRIVACY_MAILBOX.test(localPart(dpo.email).replace(/\./gu, ''));
    if (dpo.email && (GENERAL_MAILBOX.has(localPart(dpo.email)) || sameEmail)) {
      report(['dpo', 'email'], 'general', { contact: dpo.email });
      return;
    }
    // A DPO with only the controller's switchboard number cannot be reached as such.
    if (!dpo.email && dpo.phone && controller?.phone && digits(dpo.phone) === digits(controller.phone)) {
      report(['dpo', 'phone'], 'general', { contact: dpo.phone });
      return;
    }
    // Nor with only the controller's general web form, unless the form is one for data protection.
    const form = dpo.web_form;
    if (!dpo.email && !dpo.phone && form && controller?.web_form && sameUrl(form, controller.web_form) && !PRIVACY_FORM.test(form)) {
      report(['dpo', 'web_form'], 'general', { contact: form });
    }
  },
);
