/**
 * What a notice says of the Commission's adequacy decisions beside each transfer (Art. 13(1)(f),
 * 14(1)(f): "the existence or absence of an adequacy decision"): the decision's number for a
 * transfer that rests on one, and its absence for a transfer on another ground.
 */
import { adequacyFor } from '../data/data.js';
import type { Transfer } from '../types.js';
import { fill } from './format.js';
import type { Phrases } from './phrases/types.js';

/** A decision's number as the Official Journal gives it (`2000/518/EC`, `(EU) 2019/419`); the data has other notes too. */
const DECISION_NUMBER = /^(?:\(EU\) \d{4}\/\d+|\d{4}\/\d+\/E[CU])$/;

/** A decision's number in the notice's language: acts of the European Community are `EY` in Finnish, `EG` in Swedish. */
export function localActNumber(number: string, t: Phrases): string {
  return number.replace(/\/EC$/, `/${t.labels.communityActs}`);
}

/** The sentence on adequacy for one transfer, or undefined when there is nothing certain to say. */
export function adequacyNote(transfer: Transfer, t: Phrases): string | undefined {
  const { country, mechanism } = transfer;
  if (!country || !mechanism) return undefined;
  const decision = adequacyFor(country);
  if (mechanism === 'adequacy') {
    return decision && DECISION_NUMBER.test(decision.decision) ? fill(t.labels.adequacyDecision, { decision: localActNumber(decision.decision, t) }) : undefined;
  }
  // The Data Privacy Framework names its decision itself.
  if (mechanism === 'data_privacy_framework') return undefined;
  // A decision for the whole country may cover a recipient the notice does not rely on it for: say nothing.
  // Where there is none, or one only for organisations that meet a condition (the US: certification), the
  // controller's choice of another ground says the recipient is outside it.
  return !decision || decision.requires ? t.labels.noAdequacy : undefined;
}
