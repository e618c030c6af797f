// GDPR Art. 30(2)(a): a processor's record gives the name and contact details of each controller it acts for.
import { defineRule } from '../check/rule.js';
import type { Address } from '../types.js';

interface Reachable {
  email?: string;
  phone?: string;
  address?: Address;
  postal_address?: Address;
  web_form?: string;
}

function reachable(party: Reachable): boolean {
  return Boolean(party.email || party.phone || party.address || party.postal_address || party.web_form);
}

export default defineRule(
  {
    id: 'record-processor-controller',
    articles: ['Art. 30(2)(a)'],
    severity: 'error',
    description: 'Processing on behalf of another controller names that controller with its contact details, and its representative and data protection officer, where given, with theirs.',
    messages: {
      noContact: {
        en: 'The controller `{name}` on whose behalf the data are processed has no contact details: add its `email`, `phone` or `address` (Art. 30(2)(a))',
        fi: 'Rekisterinpitäjälle `{name}`, jonka lukuun tietoja käsitellään, ei ole annettu yhteystietoja: lisää `email`, `phone` tai `address` (30 art. 2 a)',
        sv: 'Den personuppgiftsansvarige `{name}` för vars räkning uppgifterna behandlas saknar kontaktuppgifter: lägg till `email`, `phone` eller `address` (artikel 30.2 a)',
      },
      noContactOf: {
        en: 'The `{role}` of the controller `{name}` has no contact details: add an `email`, `phone` or `address` (Art. 30(2)(a))',
        fi: 'Rekisterinpitäjän `{name}` kohdalle `{role}` ei ole annettu yhteystietoja: lisää `email`, `phone` tai `address` (30 art. 2 a)',
        sv: '`{role}` för den personuppgiftsansvarige `{name}` saknar kontaktuppgifter: lägg till `email`, `phone` eller `address` (artikel 30.2 a)',
      },
    },
  },
  ({ register, report }) => {
    register.internal?.processor_for?.forEach((activity, i) => {
      const at = ['internal', 'processor_for', i];
      const name = activity.controller.name;
      if (!reachable(activity.controller)) report([...at, 'controller'], 'noContact', { name }, 'key');
      if (activity.representative && !reachable(activity.representative)) report([...at, 'representative'], 'noContactOf', { name, role: 'representative' }, 'key');
      if (activity.dpo && !reachable(activity.dpo)) report([...at, 'dpo'], 'noContactOf', { name, role: 'dpo' }, 'key');
    });
  },
);
