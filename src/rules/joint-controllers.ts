// GDPR Art. 26(2): the essence of the arrangement between joint controllers is made available to the data subject.
import { defineRule } from '../check/rule.js';

export default defineRule(
  {
    id: 'joint-controllers',
    articles: ['Art. 26(1)', 'Art. 26(2)'],
    severity: 'error',
    description: 'A recipient acting as a joint controller comes with the joint-controller arrangement.',
    messages: {
      noArrangement: {
        en: 'Recipient `{name}` is a `joint_controller`, but the register has no `joint_controllers` section with the essence of the arrangement (Art. 26(2))',
        fi: 'Vastaanottaja `{name}` on yhteisrekisterinpitäjä (`joint_controller`), mutta rekisteristä puuttuu `joint_controllers` ja järjestelyn keskeinen sisältö (26 art. 2)',
        sv: 'Mottagaren `{name}` är `joint_controller`, men registret har inget avsnitt `joint_controllers` med det väsentliga innehållet i arrangemanget (artikel 26.2)',
      },
    },
  },
  ({ register, report }) => {
    if (register.joint_controllers || !Array.isArray(register.recipients)) return;
    register.recipients.forEach((r, i) => {
      if (r.role !== 'joint_controller') return;
      const name = r.name ?? Object.values(r.category ?? {})[0] ?? `${i + 1}`;
      report(['recipients', i, 'role'], 'noArrangement', { name });
    });
  },
);
