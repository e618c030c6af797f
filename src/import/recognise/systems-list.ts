/**
 * A list of the systems or services the data are kept or handled in, each item a name and what it does
 * ("Näihin tietokantoihin kuuluvat alla olevat järjestelmät:" / "Ropo – laskutus ja maksujen käsittely.",
 * "We use the following services:" / "Resend & EmailJS – sending e-mail."): each name is a party the data
 * go to.
 */

/** Words for systems, services, tools and their providers. */
const SYSTEMS = String.raw`(?:\p{L}*järjestelm\p{L}*|\p{L}*palvelu\p{L}*|\p{L}*palveluntarjoaj\p{L}*|\p{L}*ohjelm\p{L}*|työkalu\p{L}*|systems?|services|tools|providers|\p{L}*tjänster(?:na)?|system(?:en)?|verktyg(?:en)?|leverantörer(?:na)?)`;
/** The sentence before such a list: it says that what follows are systems, services or tools ("the following services", "the systems listed below"), and ends on a colon. */
const SYSTEMS_LEAD = new RegExp(
  String.raw`(?:(?<![\p{L}])(?:seuraav\p{L}*|alla olev\p{L}*|alla mainit\p{L}*|following|below|listed below|följande|nedan|nedanstående)\s+(?:\p{L}+\s+){0,2}?${SYSTEMS}|(?<![\p{L}])${SYSTEMS}\s+(?:(?:listed|named|mentioned)\s+)?(?:below|nedan))\s*:\s*$`,
  'iu',
);

/** An item that opens on a name and a dash before what it does: "Cursor & GitHub – verkkosivujen toteutus". */
const NAME = String.raw`[\p{Lu}\d][\p{L}\d.'’-]*(?:\s+[\p{Lu}\d][\p{L}\d.'’-]*){0,2}`;
const NAMED_ITEM = new RegExp(String.raw`^(${NAME}(?:\s*&\s*${NAME})*)\s+[–—-]\s+\S`, 'u');

export function leadsSystems(sentence: string): boolean {
  return SYSTEMS_LEAD.test(sentence.trim());
}

/** The names an item of such a list opens on: "Resend & EmailJS – …" names two. */
export function namesBeforeDash(item: string): string[] {
  const m = NAMED_ITEM.exec(item.trim());
  return m ? m[1]!.split(/\s*&\s*/u).map((n) => n.trim()).filter(Boolean) : [];
}
