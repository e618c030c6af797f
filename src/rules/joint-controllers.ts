// GDPR Art. 26(2): the essence of the arrangement between joint controllers is made available to the data subject.
// A Meta pixel on the site makes the site and Meta joint controllers for collecting and sending its data (C-40/17).
import { pixelWithoutJointControl } from '../check/pixel.js';
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
      pixel: {
        en: '`{name}`: with a Meta pixel on the site, the site and Meta decide together on collecting the visitors’ data and sending them to Meta, and are joint controllers for that (CJEU C-40/17 Fashion ID): name Meta in `joint_controllers` with the essence of the arrangement (Art. 26(2))',
        fi: '`{name}`: kun sivustolla on Meta-pikseli, sivuston ylläpitäjä ja Meta päättävät yhdessä kävijätietojen keräämisestä ja siirtämisestä Metalle ja ovat siltä osin yhteisrekisterinpitäjiä (unionin tuomioistuin C-40/17 Fashion ID): mainitse Meta kohdassa `joint_controllers` ja kerro järjestelyn keskeinen sisältö (26 art. 2)',
        sv: '`{name}`: med en Meta-pixel på webbplatsen bestämmer webbplatsen och Meta tillsammans över insamlingen av besökarnas uppgifter och överföringen till Meta och är där gemensamt personuppgiftsansvariga (EU-domstolen C-40/17 Fashion ID): ange Meta i `joint_controllers` med det väsentliga innehållet i arrangemanget (artikel 26.2)',
        severity: 'warn',
      },
    },
  },
  ({ register, report }) => {
    const pixel = pixelWithoutJointControl(register);
    if (pixel) report(pixel.path, 'pixel', { name: pixel.name });
    if (register.joint_controllers || !Array.isArray(register.recipients)) return;
    register.recipients.forEach((r, i) => {
      if (r.role !== 'joint_controller') return;
      const name = r.name ?? Object.values(r.category ?? {})[0] ?? `${i + 1}`;
      report(['recipients', i, 'role'], 'noArrangement', { name });
    });
  },
);
