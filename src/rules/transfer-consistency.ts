// GDPR Art. 13(1)(f), 14(1)(f), 5(1)(a): the transfers the notice declares match where its recipients are.
import { defineRule } from '../check/rule.js';
import { isEea } from '../data/data.js';
import type { PathSegment } from '../load/yaml-ast.js';

export default defineRule(
  {
    id: 'transfer-consistency',
    articles: ['Art. 13(1)(f)', 'Art. 14(1)(f)', 'Art. 5(1)(a)'],
    severity: 'error',
    description: 'The register says whether data leave the EEA, and declares a transfer for every recipient, tool or group company outside it.',
    messages: {
      missing: {
        en: 'Missing `transfers`: say `transfers: none` when no data leave the EEA, or list each transfer (Art. 13(1)(f))',
        fi: 'Puuttuu `transfers`: kirjoita `transfers: none`, jos tietoja ei siirretä ETA-alueen ulkopuolelle, tai luettele siirrot (13 art. 1 f)',
      },
      saysNone: {
        en: '`{name}` is in `{country}`, outside the EEA, but `transfers` says `none`: declare the transfer with its mechanism (Art. 13(1)(f))',
        fi: '`{name}` sijaitsee ETA-alueen ulkopuolella (`{country}`), mutta `transfers` on `none`: ilmoita siirto ja sen peruste (13 art. 1 f)',
      },
      undeclared: {
        en: '`{name}` is in `{country}`, outside the EEA, but `transfers` lists no transfer to `{country}` (Art. 13(1)(f))',
        fi: '`{name}` sijaitsee ETA-alueen ulkopuolella (`{country}`), mutta `transfers` ei sisällä siirtoa maahan `{country}` (13 art. 1 f)',
      },
    },
  },
  ({ register, report }) => {
    const outside: { path: PathSegment[]; name: string; country: string }[] = [];
    const add = (path: PathSegment[], name: string, country: string | undefined): void => {
      if (country && !isEea(country)) outside.push({ path, name, country });
    };
    if (Array.isArray(register.recipients)) {
      register.recipients.forEach((r, i) => {
        const name = r.name ?? Object.values(r.category ?? {})[0] ?? `${i + 1}`;
        add(['recipients', i, 'country'], name, r.country);
      });
    }
    register.cookies?.tools?.forEach((t, i) => add(['cookies', 'tools', i, 'country'], t.name, t.country));
    register.group?.members?.forEach((m, i) => add(['group', 'members', i, 'country'], m.name, m.country));

    const transfers = register.transfers;
    if (transfers === undefined && outside.length === 0) {
      report([], 'missing');
      return;
    }
    const declared = new Set(Array.isArray(transfers) ? transfers.map((t) => t.country) : []);
    for (const { path, name, country } of outside) {
      if (declared.has(country)) continue;
      report(path, transfers === 'none' ? 'saysNone' : 'undeclared', { name, country });
    }
  },
);
