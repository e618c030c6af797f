/**
 * The event a retention period counts from, as the notice words it, put in the form the rendered
 * notice needs: the basic form in Finnish, which follows "Aika lasketaan tapahtumasta:", and the noun
 * phrase after "från" / "from": "asiakkuuden päättymisestä" → "asiakkuuden päättyminen", "after the
 * end of the contract" → "the end of the contract".
 */

const RELATIONSHIP_FI =
  '(?:asiakkuu|asiakassuhtee|sopimukse|sopimussuhtee|jäsenyyde|työsuhtee|palvelussuhtee|hoitosuhtee|tilaukse|rekrytointiprosessi|rekrytoinni|hakuprosessi|opiskeluoikeude|toimeksianno)\\p{L}*';
const RELATIONSHIP_SV = '(?:kundförhållande|avtal|medlemskap|anställning|uppdrag|rekryteringsprocess|prenumeration|abonnemang)\\p{L}*';
const RELATIONSHIP_EN = '(?:the |your |our )?(?:contract|customer relationship|customership|membership|employment|agreement|subscription|recruitment(?: process)?|assignment)';

/** Nouns that follow "viimeinen" (last), by their elative and genitive forms. */
const LAST_FI: Record<string, string> = {
  yhteydenotosta: 'yhteydenotto',
  yhteydenoton: 'yhteydenotto',
  ostosta: 'osto',
  oston: 'osto',
  kirjautumisesta: 'kirjautuminen',
  kirjautumisen: 'kirjautuminen',
  tilauksesta: 'tilaus',
  tilauksen: 'tilaus',
  käynnistä: 'käynti',
  käynnin: 'käynti',
};

const FORMS: readonly (readonly [RegExp, (m: RegExpExecArray) => string])[] = [
  [new RegExp(`(${RELATIONSHIP_FI}) (?:päättymisestä|päättymisen jälkeen|päätyttyä|päättyessä)`, 'giu'), (m) => `${m[1]} päättyminen`],
  [new RegExp(`(${RELATIONSHIP_FI}) (?:loppumisesta|loppumisen jälkeen|loputtua)`, 'giu'), (m) => `${m[1]} loppuminen`],
  [new RegExp(`viimeisestä (${Object.keys(LAST_FI).filter((k) => k.endsWith('ä') || k.endsWith('a')).join('|')})|viimeisen (${Object.keys(LAST_FI).filter((k) => k.endsWith('n')).join('|')}) jälkeen`, 'giu'), (m) => `viimeinen ${LAST_FI[(m[1] ?? m[2])!.toLowerCase()]}`],
  [new RegExp(`(?:efter|från) ((?:avslutat|avslutad|avslutade|det avslutade|den avslutade) ${RELATIONSHIP_SV}|${RELATIONSHIP_SV}s? (?:slut|upphörande|avslutande))`, 'giu'), (m) => m[1]!],
  [new RegExp(`efter att (${RELATIONSHIP_SV} (?:har )?(?:upphört|avslutats|löpt ut))`, 'giu'), (m) => m[1]!],
  [new RegExp(`(?:after|from|following) ((?:the )?(?:end|termination|expiry|expiration|close) of ${RELATIONSHIP_EN})`, 'giu'), (m) => m[1]!],
  [/after ((?:your|the) last (?:purchase|login|contact|order|visit))/giu, (m) => m[1]!],
];

/** The trigger stated nearest `index` (where the period is), in its rendered form. */
export function triggerNear(text: string, index: number): string | undefined {
  const found: { at: number; trigger: string }[] = [];
  for (const [re, form] of FORMS) for (const m of text.matchAll(re)) found.push({ at: m.index, trigger: form(m as RegExpExecArray) });
  found.sort((a, b) => Math.abs(a.at - index) - Math.abs(b.at - index) || a.at - b.at);
  return found[0]?.trigger;
}
