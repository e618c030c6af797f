/**
 * Sentences that say personal data are not disclosed, shared, sold or handed over, in Finnish,
 * Swedish and English, also when several verbs stand in a row ("ei myydä, vuokrata tai luovuteta",
 * "we do not sell, rent or share").
 */

/** A few words, commas and "or" between a negation and its verb. */
const GAP = String.raw`(?:[\p{L}-]+,?\s+){0,4}`;

const FI = [
  String.raw`(?<![\p{L}])(?:ei|eikä)\s+${GAP}(?:luovut\p{L}*|jaeta|anneta|myydä|vuokrata|välitetä|lähetetä)(?![\p{L}])`,
  String.raw`(?<![\p{L}])emme\s+${GAP}(?:luovuta|myy|jaa|anna|vuokraa|välitä)(?![\p{L}])`,
];

const SV = [
  String.raw`(?:lämnas|lämnar|delas|säljs|överlåts|hyrs)\s+(?:\p{L}+\s+){0,2}(?:inte|aldrig|ej)(?![\p{L}])(?:\s+ut)?`,
  String.raw`(?<![\p{L}])(?:vi|\p{Lu}\p{L}+)\s+(?:delar|säljer|lämnar|hyr)\s+(?:inte|aldrig)(?![\p{L}])`,
  String.raw`(?<![\p{L}])(?:delar|säljer|lämnar)\s+(?:vi|\p{Lu}\p{L}+)\s+(?:inte|aldrig)(?![\p{L}])`,
  String.raw`(?<![\p{L}])(?:kommer|ska|skall)\s+(?:\p{L}+\s+){0,2}(?:inte|aldrig)\s+(?:att\s+)?(?:lämnas|delas|överföras|säljas)(?![\p{L}])`,
  String.raw`(?<![\p{L}])(?:inga|ingen|inget)\s+(?:\p{L}+\s+){0,2}(?:lämnas|delas|säljs)(?![\p{L}])`,
  // "I övrigt delas inget med tredje part": the verb first.
  String.raw`(?<![\p{L}])(?:delas|lämnas|säljs)\s+(?:inga|inget|ingenting)(?![\p{L}])`,
];

const EN = [
  String.raw`\bnot\s+(?:be\s+)?${GAP}(?:disclosed|shared|sold|passed on|handed over|given|rented)\b`,
  String.raw`\b(?:do|does|will|shall|would|wo|ca)(?:\s+not|n['’]t)\s+${GAP}(?:disclose|share|sell|pass on|hand over|rent)\b`,
  String.raw`\bnever\s+(?:be\s+)?${GAP}(?:disclos\p{L}*|shar\p{L}*|sold|sell\p{L}*|pass\p{L}* on)`,
  String.raw`\bno\s+(?:personal\s+)?(?:data|information)\s+(?:is|are|will be)\s+(?:disclosed|shared|sold)\b`,
];

export const NOT_DISCLOSED = new RegExp([...FI, ...SV, ...EN].join('|'), 'iu');
