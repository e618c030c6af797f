/**
 * Sentences about the data subject's rights that sit under another heading ("Sinulla on oikeus
 * tarkastaa tietosi" under security): Seloste writes that text itself, so they go to a TODO at
 * `rights` instead of into the part they happen to stand in.
 */
import { DraftState } from '../draft/state.js';
import { sentences } from '../draft/text.js';
import type { Unit } from '../draft/units.js';
import type { Section } from '../outline.js';

const FI =
  /(?:rekisteröidyllä|sinulla|teillä|asiakkaalla|jäsenellä|hakijalla) on (?:\p{L}+ )?oikeus|oikeus (?:tarkastaa|saada (?:pääsy|tieto|jäljennös|kopio)|pyytää|vaatia|vastustaa|siirtää|tehdä valitu|peruuttaa|olla joutumatta|kieltää)|tarkastusoikeu|oikaisuoikeu|kielto-?oikeu|rajoittamisoikeu|vastustamisoikeu|valituks\p{L}* valvontaviranomai|tietosuojavaltuutetu|(?:(?<!\p{L})(?:voit|voitte)|(?:jäsen|rekisteröi|asiakas|käyttäjä|henkilö|potilas)\p{L}* (?:voi|voivat|saa|saavat)) pyytää (?:\p{L}+ ){0,3}?(?:nähtäväksi|tarkastettavaksi)/iu;
const SV =
  /(?:du|ni|den registrerade|de registrerade|kunden|medlemmen) har (?:\p{L}+ )?rätt|rätt(?:en)? att (?:begära|invända|återkalla|lämna in klagomål|inge klagomål|göra en anmälan|få (?:tillgång till )?(?:dina|sina)|inte bli föremål)|rätt till (?:tillgång|rättelse|radering|begränsning|dataportabilitet|invändning|att bli bortglömd)|klagomål (?:till|hos) (?:tillsynsmyndighet|dataombudsman)|dataombudsmannens byrå/iu;
const EN =
  /(?:you|the data subjects?|data subjects) (?:have|has|may exercise) (?:\p{L}+ )?rights?\b|\bright (?:of|to) (?:access|rectification|erasure|object|lodge|withdraw|data portability|restrict|request|be forgotten|not to be subject)|\bright to access (?:your|their|his or her)|lodge a complaint/iu;

export function isRightsText(text: string): boolean {
  return FI.test(text) || SV.test(text) || EN.test(text);
}

const MESSAGE =
  'rights of the data subject: Seloste writes this text itself from the legal bases of the purposes; move a request channel, identity check or response time that the notice must state to `rights`';

/** The units without their rights sentences; those sentences, verbatim, in one TODO at `rights`. */
export function withoutRights(x: DraftState, section: Section, units: readonly Unit[]): Unit[] {
  const moved: string[] = [];
  const out: Unit[] = [];
  for (const u of units) {
    if (u.type !== 'para' || !isRightsText(u.block.text)) {
      out.push(u);
      continue;
    }
    const all = sentences(u.block.text);
    const rights = all.filter(isRightsText);
    const rest = all.filter((s) => !isRightsText(s));
    if (moved.length) moved.push('');
    moved.push(...(rest.length ? rights : u.block.lines));
    if (rest.length) out.push({ type: 'para', block: { ...u.block, text: rest.join(' '), lines: rest } });
  }
  if (moved.length) x.todo(['rights'], `${MESSAGE} (found under "${section.heading.text}")`, moved);
  return out;
}
