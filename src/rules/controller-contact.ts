// GDPR Art. 13(1)(a), 14(1)(a): the identity and contact details of the controller.
import { defineRule } from '../check/rule.js';

export default defineRule(
  {
    id: 'controller-contact',
    articles: ['Art. 13(1)(a)', 'Art. 14(1)(a)'],
    severity: 'error',
    description: 'The controller is named and can be reached in writing, by e-mail or at a postal address.',
    messages: {
      missing: {
        en: 'Missing `controller`: the notice must say who the controller is and how to contact it (Art. 13(1)(a))',
        fi: 'Puuttuu `controller`: selosteen on kerrottava rekisterinpitäjä ja sen yhteystiedot (13 art. 1 a)',
      },
      noWrittenChannel: {
        en: 'Controller `{name}` has no `email`, `address` or `postal_address`: give at least one way to reach it in writing (Art. 13(1)(a))',
        fi: 'Rekisterinpitäjälle `{name}` ei ole annettu kenttää `email`, `address` eikä `postal_address`: anna ainakin yksi kirjallinen yhteystieto (13 art. 1 a)',
      },
    },
  },
  ({ register, report }) => {
    const controller = register.controller;
    if (!controller) {
      report([], 'missing');
      return;
    }
    // A phone number or a web form alone leaves no channel for a written request that can be proved later.
    if (!controller.email && !controller.address && !controller.postal_address) {
      report(['controller'], 'noWrittenChannel', { name: controller.name });
    }
  },
);
