/** The register of everything recognised, with its TODOs. */
import { purposesWithBases } from './purpose-bases.js';
import { CONTROLLER_STAND_IN, DraftState, NAME_STAND_IN } from './state.js';

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The date of the last update: the latest stated, else the date drawn up; a year or month alone is left to the author; never made up. */
function dates(x: DraftState, r: Record<string, unknown>, mapped: string[]): void {
  const updated = [...x.updated].sort().pop();
  if (updated) {
    r['updated'] = updated;
    mapped.push('date');
  } else if (x.created) {
    r['updated'] = x.created;
    x.notes.push({ at: ['updated'], inline: true, comment: 'the original gives only the date it was drawn up', lines: [] });
    mapped.push('date');
  } else if (x.partial) {
    // A year or a month is not a date: no day is made up; `seloste check` reports the missing date.
    const only = x.partial.length === 4 ? `the year ${x.partial}` : `the month ${x.partial}`;
    x.todo(['updated'], `the original gives only ${only}, not the day: add \`updated: YYYY-MM-DD\`, the date the notice was last updated`, []);
  } else {
    // No stand-in: `seloste check` reports the missing date (rule notice-date) as well as this TODO.
    x.todo(['updated'], 'the original states no date: add `updated: YYYY-MM-DD`, the date the notice was last updated', []);
  }
}

export function build(x: DraftState): { register: Record<string, unknown>; mapped: string[] } {
  const r: Record<string, unknown> = {};
  const mapped: string[] = [];
  if (x.name) {
    r['name'] = x.t(x.name.text);
    mapped.push('name');
  } else {
    r['name'] = x.t(NAME_STAND_IN[x.lang]);
    x.todo(['name'], 'the original gives no name for the register: write one in `name`', [], { inline: true });
  }
  if (x.description.length) r['description'] = x.t(x.description.join('\n\n'));
  if (x.created) r['created'] = x.created;
  dates(x, r, mapped);

  const controllerName = x.controller.name ?? x.frontCompany ?? x.titleCompany;
  // Details without a name are the controller's still: a stand-in marks the name to write.
  const detailed = Object.values(x.controller).some((v) => v !== undefined);
  if (!controllerName && detailed) x.todo(['controller'], 'the original gives the controller\'s contact details but not its name: write it in `controller.name`', []);
  if (controllerName || detailed) {
    const c: Record<string, unknown> = { name: controllerName ?? CONTROLLER_STAND_IN[x.lang] };
    const parts = controllerName ? ['name'] : [];
    const fields: [keyof typeof x.controller, string][] = [
      ['business_id', 'business ID'],
      ['registration', 'registration number'],
      ['address', 'address'],
      ['postal_address', 'postal address'],
      ['phone', 'phone'],
      ['email', 'email'],
      ['website', 'website'],
      ['web_form', 'web form'],
    ];
    for (const [field, label] of fields) {
      const value = x.controller[field];
      if (value === undefined) continue;
      c[field] = field === 'registration' ? { number: value, country: 'SE' } : value;
      parts.push(label);
    }
    r['controller'] = c;
    mapped.push(`controller (${parts.join(', ')})`);
  }
  for (const role of ['dpo', 'contact_person'] as const) {
    const p = x.people[role];
    const c: Record<string, unknown> = {};
    if (p.name) c['name'] = p.name;
    if (p.title) c['title'] = p.title;
    if (p.email) c['email'] = p.email;
    if (p.phone) c['phone'] = p.phone;
    if (p.address) c['address'] = p.address;
    if (p.web_form) c['web_form'] = p.web_form;
    if (Object.keys(c).length) {
      r[role] = c;
      mapped.push(`${role === 'dpo' ? 'DPO' : 'contact person'} (${Object.keys(c).join(', ')})`);
    }
  }
  if (x.dataSubjects.length) {
    r['data_subjects'] = x.dataSubjects.map((s) => x.t(s));
    mapped.push(plural(x.dataSubjects.length, 'group of data subjects', 'groups of data subjects'));
  }

  if (x.purposes.length || x.statements.length) {
    const { purposes, registerBases } = purposesWithBases(x);
    if (registerBases.length) {
      r['legal_bases'] = registerBases;
      mapped.push(`legal bases for the register as a whole (${registerBases.join(', ')})`);
    }
    if (purposes.length) {
      r['purposes'] = purposes;
      const withBasis = purposes.filter((p) => p['legal_basis']).length;
      mapped.push(`${plural(purposes.length, 'purpose', 'purposes')} (${withBasis} with a legal basis)`);
    }
  }
  if (x.hetu) r['personal_identity_code'] = {};
  if (x.categories.length) {
    r['data_categories'] = x.categories.map((c) => ({ description: x.t(c) }));
    mapped.push(plural(x.categories.length, 'data category', 'data categories'));
  }
  if (x.provision.length) r['provision'] = x.t(x.provision.join('\n\n'));
  if (x.sources.length) {
    r['sources'] = x.sources;
    mapped.push(plural(x.sources.length, 'source', 'sources'));
  }
  if (x.recipients.length) {
    r['recipients'] = x.recipients;
    mapped.push(plural(x.recipients.length, 'recipient', 'recipients'));
  } else if (x.recipientsNone && !x.recipientsOpen) {
    r['recipients'] = 'none';
    mapped.push('recipients: none');
  }
  if (x.transfers.length) {
    r['transfers'] = x.transfers;
    mapped.push(plural(x.transfers.length, 'transfer', 'transfers'));
  } else if (x.transfersNone && !x.transfersOpen) {
    r['transfers'] = 'none';
    mapped.push('transfers: none');
  }
  if (x.retention.length) {
    r['retention'] = x.retention;
    mapped.push(plural(x.retention.length, 'retention rule', 'retention rules'));
  }
  if (x.automatedNone) {
    r['automated_decisions'] = 'none';
    mapped.push('automated decisions: none');
  }
  const security: Record<string, unknown> = {};
  if (x.security.manual.length) security['manual'] = x.t(x.security.manual.join('\n\n'));
  if (x.security.electronic.length) security['electronic'] = x.t(x.security.electronic.join('\n\n'));
  if (Object.keys(security).length) {
    r['security'] = security;
    mapped.push('security');
  }
  if (x.cookies.text.length) {
    r['cookies'] = {
      description: x.t(x.cookies.text.join('\n\n')),
      ...(x.cookies.tools.length ? { tools: x.cookies.tools.map((name) => ({ name })) } : {}),
    };
    mapped.push('cookies');
  }
  return { register: r, mapped };
}
