// GDPR Art. 77, 13(2)(d), 14(2)(e): the right to lodge a complaint with the supervisory authority (Tietosuojavaltuutetun toimisto).
import { defineRule } from '../check/rule.js';
import { supervisoryAuthority } from '../data/data.js';
import type { PathSegment } from '../load/yaml-ast.js';

const digits = (phone: string): string => phone.replace(/\D/g, '').replace(/^358/, '0');

export default defineRule(
  {
    id: 'supervisory-authority',
    articles: ['Art. 77', 'Art. 13(2)(d)', 'Art. 14(2)(e)'],
    severity: 'error',
    description: 'The right to complain to the supervisory authority is never restricted, and the authority\'s contact details are not given as the controller\'s own.',
    messages: {
      restricted: {
        en: 'Restriction of `complaint`: every data subject may lodge a complaint with a supervisory authority, so this right cannot be restricted (Art. 77)',
        fi: 'Oikeutta `complaint` rajoitetaan: jokaisella rekisteröidyllä on oikeus tehdä valitus valvontaviranomaiselle, joten oikeutta ei voi rajoittaa (77 art.)',
      },
      authorityContact: {
        en: '`{value}` is the contact detail of the {authority}, not of the controller: data subjects exercise their rights with the controller, and Seloste adds the authority\'s details to the complaint right itself (Art. 13(2)(d))',
        fi: '`{value}` on valvontaviranomaisen ({authority}) yhteystieto eikä rekisterinpitäjän: rekisteröity käyttää oikeuksiaan rekisterinpitäjää kohtaan, ja Seloste lisää viranomaisen yhteystiedot valitusoikeuden yhteyteen itse (13 art. 2 d)',
      },
    },
  },
  ({ register, config, report }) => {
    register.rights?.restrictions?.forEach((r, i) => {
      if (r.right === 'complaint') report(['rights', 'restrictions', i, 'right'], 'restricted');
    });

    const authority = supervisoryAuthority.name[config.messageLanguage] ?? supervisoryAuthority.name['fi'] ?? '';
    const contacts: { path: PathSegment[]; email?: string | undefined; phone?: string | undefined }[] = [
      { path: ['controller'], email: register.controller?.email, phone: register.controller?.phone },
      { path: ['dpo'], email: register.dpo?.email, phone: register.dpo?.phone },
      { path: ['contact_person'], email: register.contact_person?.email, phone: register.contact_person?.phone },
      { path: ['representative'], email: register.representative?.email, phone: register.representative?.phone },
    ];
    register.rights?.channels?.forEach((c, i) => contacts.push({ path: ['rights', 'channels', i], email: c.email, phone: c.phone }));
    for (const { path, email, phone } of contacts) {
      if (email && email.toLowerCase() === supervisoryAuthority.email.toLowerCase()) {
        report([...path, 'email'], 'authorityContact', { value: email, authority });
      }
      if (phone && digits(phone) === digits(supervisoryAuthority.phone)) report([...path, 'phone'], 'authorityContact', { value: phone, authority });
    }
  },
);
