/**
 * The words a notice names the parties data go to by, in a list's lead-in ("seuraaville … tietojenkäsittelijöille",
 * "the following processors", "följande personuppgiftsbiträden"): read where a text is split into blocks and where
 * recipients are recognised, the same words in both.
 */
export const PARTY_NOUNS = String.raw`(?:\p{L}*käsittelij\p{L}*|\p{L}*vastaanottaj\p{L}*|\p{L}*palveluntarjoaj\p{L}*|\p{L}*palvelu\p{L}*|processors|recipients|(?:service )?providers|services|\p{L}*biträden|mottagare|leverantörer(?:na)?|tjänster(?:na)?)(?![\p{L}])`;

/** "the following" in the three languages, before the parties it leads into. */
export const THE_FOLLOWING = String.raw`(?:seuraav\p{L}*|(?:the )?following|följande)\s+(?:[\p{L}-]+\s+){0,3}?`;
