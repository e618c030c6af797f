/**
 * The legitimate interest a text says is pursued, where it names the basis: in brackets after it, after a colon,
 * a dash or its article, or said as what the interest is or is in; never an article or a point of the GDPR.
 */

/**
 * The interest in brackets after the basis: "berättigade intresse (analys och utveckling av
 * användningen av tjänsten)", "oikeutettu etu (jäsenten tiedottaminen)"; not an article in brackets;
 * or after a colon or a dash.
 */
const INTEREST_IN_BRACKETS = /(?:oikeutet\p{L}*\s+e(?:tu|dun|tuun|dut|tuja)|berättiga\p{L}*\s+intresse\p{L}*|legitimate\s+interests?)\s*\(([^()]{8,160})\)/iu;

/**
 * The interest after a colon or dash: "berättigat intresse: att kunna ta emot och besvara förfrågningar", "oikeutettu etu –
 * asiakassuhteen hoitaminen"; or after the article in brackets and a comma: "legitimate interest (Article 6(1)(f)), being able to reply".
 */
const INTEREST_AFTER = /(?:oikeutet\p{L}*\s+e(?:tu|dun|tuun|dut|tuja)|berättiga\p{L}*\s+intresse\p{L}*|legitimate\s+interests?)(?:\s*\((?:[^()]|\([^()]*\))*\)\s*[,:]|\s*(?::|\s[–—-]))\s*([^.!?]{8,200})/iu;

/** The interest said as what the legitimate interest is: "Ignicon ABs berättigade intresse är att kunna besvara förfrågningar", "Our legitimate interest is to answer enquiries". */
const INTEREST_IS = /(?:oikeutet\p{L}*\s+etu|berättiga\p{L}*\s+intresse\p{L}*|legitimate\s+interests?)\s+(?:on|är|is)\s+(?:att\s+|to\s+)?([^.!?]{8,200})/iu;

/**
 * The interest said as what it is an interest in: "vårt berättigade intresse att produktutveckla våra tjänster", "our
 * legitimate interest in answering enquiries", "our legitimate interest of properly providing and improving our Service".
 */
const INTEREST_TO = /(?:berättiga\p{L}*\s+intresse\p{L}*\s+(?:av\s+)?att\s+|legitimate\s+interests?\s+(?:(?:in|of)\s+(?=(?:\p{L}+ly\s+)?\p{L}+ing\b)|to\s+(?!the\b|a\b|an\b|such\b)(?=\p{Ll})))([^.!?]{8,200})/iu;

/**
 * The interest said as one's own, in a sentence beside a balancing of interests: "IKSU bedömer att våra behov och
 * intressen att förebygga och utreda brottslighet väger tyngre …", "Det är vårt och allmänhetens intresse av att ha
 * kamerabevakning …", "our interest in preventing crime"; up to what it is weighed against.
 */
const INTEREST_OURS =
  /(?<!\p{L})(?:vår|vårt|våra|our)\s+(?:(?:och|and)\s+(?:allmänhetens|samhällets|the public['’]s)\s+|(?:behov|needs)\s+(?:och|and)\s+)?(?:intressen?\s+(?:av\s+)?att\s+|interests?\s+in\s+(?=\p{L}+ing\b))((?:(?!\s(?:väger|överväger|outweighs?|override)\b)[^.!?]){8,200})/iu;

/** An article or point of the GDPR, which is where the basis is, not what it serves. */
const ARTICLE = /(?<!\p{L})(?:art\p{L}*|gdpr|6\s*[.(]\s*1|kohta|kohdan|punkt|point)(?!\p{L})/iu;

/** A clause after the basis on the person, not on the interest: "which you can object to", "jota voit vastustaa", "som du kan invända mot". */
const NOT_AN_INTEREST = /^(?:which|that|who|you|as|see|jota|jonka|joka|johon|mikä|voit|sinulla|kuten|katso|ks|som|vilket|du|såsom|se)(?!\p{L})/iu;

/** The first of the ways of saying the interest that finds one; an article in brackets is none ("berättigat intresse (artikel 6.1 f), att kunna …"). */
export function interestIn(text: string): string | undefined {
  for (const re of [INTEREST_IN_BRACKETS, INTEREST_AFTER, INTEREST_IS, INTEREST_TO, INTEREST_OURS]) {
    const found = re.exec(text)?.[1]?.trim();
    // What an interest is in starts in lower case: "of Viking Line and its partners" names whose interests they are.
    if (re === INTEREST_TO && found && /^\p{Lu}/u.test(found) && !/^(?:att|to)\s/iu.test(found)) continue;
    if (found && !ARTICLE.test(found) && !NOT_AN_INTEREST.test(found)) return found;
  }
  return undefined;
}
