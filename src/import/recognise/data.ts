/** Data subjects and categories of personal data. */
import { DraftState } from '../draft/state.js';
import { isLeadIn } from '../draft/text.js';
import type { Unit } from '../draft/units.js';
import type { Section } from '../outline.js';
import { SOURCE_LEAD_IN, sourceFromList, sourceSentences } from './sources.js';

export const HETU = /henkilötunnu|(?<![\p{L}])hetu(?![\p{L}])|personal identity code|social security number/iu;

export function subjects(x: DraftState, section: Section, units: readonly Unit[]): void {
  const left: Unit[] = [];
  for (const u of units) {
    if (u.type === 'list') {
      x.dataSubjects.push(...u.items);
      x.leadIn('data_subjects', u.leadIn);
    } else if (u.type === 'para' && !isLeadIn(u.block.text)) x.dataSubjects.push(u.block.text);
    else left.push(u);
  }
  x.leftover(section, 'data_subjects', 'not mapped', left);
}

export function dataSection(x: DraftState, section: Section, units: readonly Unit[]): void {
  const left: Unit[] = [];
  for (const u of units) {
    if (u.type === 'list') {
      if (section.kinds.includes('sources') && u.leadIn && SOURCE_LEAD_IN.test(u.leadIn.text)) {
        sourceFromList(x, u);
        continue;
      }
      for (const item of u.items) {
        x.categories.push(item);
        if (HETU.test(item)) x.hetu = true;
      }
      x.leadIn('data_categories', u.leadIn);
      continue;
    }
    if (u.type === 'para' && section.kinds.includes('sources')) {
      const found = sourceSentences(u.block.text);
      if (found.sources.length && !found.rest.length) {
        for (const s of found.sources) x.sources.push({ type: s.type, description: x.t(s.text) });
        continue;
      }
    }
    left.push(u);
  }
  x.leftover(section, 'data_categories', 'not turned into data categories: add what is missing to `data_categories`', left);
}
