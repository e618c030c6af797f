/**
 * The clauses of a sentence that each say a thing of their own: a main clause after a semicolon, and a clause after
 * ", eikä", ", nor" or ", och inte", is read apart from the one before it ("Rekisterinpitäjä ei pääsääntöisesti luovuta
 * tietoja kolmansille osapuolille, eikä luovuta tietoja EU:n tai ETA:n ulkopuolelle": the hedge is the first clause's).
 * Not after "eikä" or "nor" where what opens the sentence, before its first denial, governs every clause ("Ellei laki
 * toisin vaadi, tietoja ei luovuteta …, eikä siirretä …", "Pääsääntöisesti tietoja ei luovuteta …, eikä …").
 */
const OWN_CLAUSE = /,\s*(?=(?:eikä|eivätkä|emmekä|nor|och inte|och aldrig|and not)\s)/iu;
const NEGATION = /(?<![\p{L}])(?:ei|emme|eivät|not|never|inte|aldrig|ej)(?![\p{L}])/iu;

/** The sentence's own clauses; `opensOnHedge` says whether the words before the first clause's denial qualify all that follows. */
export function ownClauses(sentence: string, opensOnHedge: (opening: string) => boolean): string[] {
  // A semicolon parts main clauses, each with its own subject: what opens the one before governs none after it.
  return sentence.split(/;\s+/u).flatMap((main) => {
    const parts = main.split(OWN_CLAUSE);
    if (parts.length < 2) return parts;
    const first = parts[0]!;
    const denial = first.search(NEGATION);
    return denial >= 0 && !opensOnHedge(first.slice(0, denial)) ? parts : [main];
  });
}
