// GDPR Art. 12(1): the notice is intelligible; template instructions, placeholders and raw HTML left in text are not.
import { defineRule } from '../check/rule.js';
import type { PathSegment } from '../load/yaml-ast.js';
import { words } from '../check/words.js';

const PLACEHOLDERS: RegExp[] = [
  words(['todo', 'tbd', 'tba', 'fixme', 'xxx*', 'lorem ipsum*']),
  // Instructions of the widely copied Finnish notice template, and their kind.
  words([
    'tämän informaation tulisi pitää sisällään', 'tähän kohtaan', 'kirjoita tähän', 'lisää tähän', 'täydennä tähän', 'täytä tähän',
    'insert here', 'add here', 'describe here', 'skriv här', 'fyll i här',
    'tarvittaessa täydennä', 'täydennä tarvittaessa', 'poista tarpeeton', 'poista tarpeettomat', 'valitse sopiva',
    'delete as appropriate', 'delete as applicable', 'delete if not applicable', 'stryk det som inte gäller', 'stryk det som ej gäller',
  ]),
  // A template's stand-in for the company, in the capitals of a title ("Your Company Name"); "your company name" in a
  // sentence is a field of a form.
  /(?<!\p{L})Your Company(?: Name)?(?!\p{L})|(?<!\p{L})YOUR COMPANY(?: NAME)?(?!\p{L})/u,
  // "Jos kyseessä on yhteisrekisterinpitäjyys, kerro …": a template's instruction to its user.
  /(?<!\p{L})jos kyseessä on(?!\p{L})[^.!?\n]{0,80}?(?<!\p{L})(?:kerro|mainitse|lisää|kuvaa|täydennä|ilmoita|kirjoita|poista|nimeä)(?!\p{L})/iu,
  // "If there are processors, list them", "If there is a joint controller: describe …": the instruction after the condition's comma or colon;
  // not the condition's own verb ("if there is other reason to retain or delete them").
  /\bif (?:this is|it is|there is|there are) [^.!?\n,:]{0,60}?[,:]\s*(?:please\s+)?(?:state|describe|insert|add|list|name|delete)\b(?= )/iu,
  // An instruction to the writer in brackets: `(lisää tähän)`, `(insert country)`, `(fyll i namn)`. A qualifier such as
  // `(if applicable)` or `(tarvittaessa)` qualifies the line it stands in; in square brackets it is filler (below).
  /\(\s*(?:lisää|täydennä|kirjoita|täytä|insert|add|write|fill in|enter|skriv|fyll i|lägg till)(?!\p{L})[^()\n]{0,40}\)/iu,
  // A name to fill in, in brackets, that names again the thing it stands after, as a template writes it: "stored in
  // the solution (Name of the solution)", "i systemet (Namn på systemet)"; not a field explained ("(Name of your employer)").
  /(?<!\p{L})the (\p{L}+) \(\s*Name of the \1\s*\)|(?<!\p{L})(\p{L}+) \(\s*Namn på \2\s*\)/iu,
  // Blanks to fill in: `____`, `XX.XX.20XX`, `<name>`.
  /_{3,}|\b(?:XX|xx)\.(?:XX|xx)\.(?:XXXX|xxxx|20XX|20xx)\b/u,
  /<(?:name|nimi|namn|company|yritys|företag|address|osoite|adress|e-?mail|sähköposti|date|päivämäärä|datum|phone|puhelin|telefon)\b[^<>\n]{0,40}>/iu,
  // `[Yrityksen nimi]`, but not a Markdown link `[text](url)` or `[text][ref]`, an e-mail address spelt out against spam
  // (`nimi [at] yritys.fi`, `[dot]`, `[ät]`) or a part of a name written on to it (a cookie `_ga_[ID]`).
  /(?<![\p{L}\p{N}_-])\[(?!(?:at|dot|ät|piste|punkt|miuku)\])\p{L}[^\]\n]{0,60}\](?![([:])/iu,
  // `<Yrityksen nimi>`, but not an autolink `<https://…>` or `<a@b.fi>`.
  /<\p{L}[^<>@:/\n=]{0,60}\s[^<>@:/\n=]{0,60}>/u,
  /\{\{[^}\n]{0,60}\}\}/u,
];

/**
 * The format a value is written in, said as such: a mask that mixes X's with other characters and a separator after
 * "format" ("(format: ZEMI-XXX-XXX)", "muotoa ÅÅMMDD-XXXX", "formatet 12-XXX"); no blank to fill in. Never a
 * placeholder word ("format: TODO") nor X's alone ("format XXX").
 */
const FORMAT_MASK = /(?<![\p{L}])(?:format|muoto\p{L}*|formatet)(?![\p{L}])\s*:?\s*(?:(?:[\p{L}\d]*[^\sX\P{L}\d][\p{L}\d]*|\d+)[-./])+X{2,}(?:[-./][\p{L}\dX]+)*/giu;

/**
 * A page's translation key shown for its text: "pages.privacy-policy.5.publisher-information.additional-information",
 * four or more parts, the first and the last words. Not a host name or a package name, which have a domain among their
 * parts ("www.asiointi.esimerkki.fi-palvelussa", "fi.esimerkki.app.mobile"), nor a date.
 */
const TRANSLATION_KEY = /(?<![\p{L}\p{N}@/._-])[a-z][a-z0-9_-]*\.(?:[a-z][a-z0-9_-]*\.|\d+\.){2,}[a-z][a-z0-9_-]{3,}(?![\p{L}\p{N}_/@-])(?!\.[\p{L}\p{N}])/u;
const DOMAIN_PART = new Set(['www', 'fi', 'se', 'ax', 'com', 'org', 'net', 'eu', 'io', 'nu', 'dk', 'no', 'de', 'uk', 'info', 'app', 'gov', 'edu']);

function translationKey(value: string): string | undefined {
  const key = TRANSLATION_KEY.exec(value)?.[0];
  return key && !key.split(/[.-]/u).some((part) => DOMAIN_PART.has(part)) ? key : undefined;
}

/**
 * A model notice's stand-in for the controller, a kind of business with a company form ("Välitysliike LKV Oy:n
 * asiakasrekisteri", "Yritys Oy", "Företaget AB", "Company Ltd"), left where the controller's own name belongs, the
 * controller's name included (a template not filled in at all); not the last word of a name ("New Things Company Oy",
 * "Talous ja Yritys Oy", "Arkkitehti & Yhtiö Oy"), nor a kind of business before a name that opens on its company form
 * ("Välitysliike Ab Snellman LKV Oy").
 */
const STAND_IN =
  /(?<!\p{L})(?<!\p{Lu}[\p{L}.-]*\s(?:(?:ja|och|and|&)\s)?)(?:Yritys|Yhtiö|Välitysliike|Liike|Yhdistys|Firma|Företaget|Bolaget|Föreningen|Company|Business)(?:\s+LKV)?\s+(?:Oyj?|Ab|AB|Ltd|ry|rf)(?!\p{L})(?!\s+\p{Lu}[\p{L}&.-]*(?:\s+[\p{L}&.-]+){0,3}\s+(?:LKV\s+)?(?:Oyj?|Ab|AB|Ltd)(?!\p{L}))/u;

/** Reserved example domains (RFC 2606): the whole address around them is reported. */
const EXAMPLE_DOMAIN = /(?<![\w-])example\.(?:com|org|net)\b/i;

/** The whitespace-delimited token around a match, e.g. the whole address around `example.com`. */
function around(value: string, m: RegExpExecArray): string {
  const start = value.slice(0, m.index).search(/\S*$/);
  const end = m.index + m[0].length + (value.slice(m.index + m[0].length).match(/^\S*/)?.[0].length ?? 0);
  return value.slice(start, end);
}

const HTML = /<\/?(?:p|ul|ol|li|br|div|span|strong|b|i|em|u|a|h[1-6]|table|thead|tbody|tr|td|th|font|section|hr)\b[^>\n]{0,200}>/iu;

/** A text with no content: only punctuation, or a stand-in such as `n/a`. */
const EMPTY = /^(?:[\s\p{P}\p{S}]*|n\/?a|-+)$/iu;

function clip(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > 40 ? `${one.slice(0, 39)}…` : one;
}

export default defineRule(
  {
    id: 'placeholder-text',
    articles: ['Art. 12(1)'],
    severity: 'error',
    description: 'No template instructions ("Jos kyseessä on …, kerro", "delete as appropriate"), placeholders ("[yrityksen nimi]", "<name>", "(insert country)", "____"), lorem ipsum, empty texts or raw HTML are left in the register.',
    messages: {
      placeholder: {
        en: 'Placeholder `{found}` left in the text: write the real content (Art. 12(1))',
        fi: 'Tekstiin on jäänyt täyte `{found}`: kirjoita todellinen sisältö (12 art. 1)',
        sv: 'Platshållaren `{found}` har lämnats kvar i texten: skriv det verkliga innehållet (artikel 12.1)',
      },
      html: {
        en: 'Raw HTML `{found}` in the text: write plain text or Markdown, Seloste lays out paragraphs and lists itself (Art. 12(1))',
        fi: 'Tekstissä on HTML-koodia `{found}`: kirjoita tavallista tekstiä tai Markdownia, Seloste muotoilee kappaleet ja luettelot itse (12 art. 1)',
        sv: 'Rå HTML `{found}` i texten: skriv vanlig text eller Markdown, Seloste ordnar själv stycken och listor (artikel 12.1)',
      },
      empty: {
        en: 'Text `{found}` says nothing: write the content, or leave the entry out (Art. 12(1))',
        fi: 'Teksti `{found}` ei kerro mitään: kirjoita sisältö tai jätä kohta pois (12 art. 1)',
        sv: 'Texten `{found}` säger ingenting: skriv innehållet, eller stryk punkten (artikel 12.1)',
      },
    },
  },
  ({ register, report }) => {
    const check = (value: string, path: PathSegment[]): void => {
      if (EMPTY.test(value)) {
        report(path, 'empty', { found: clip(value) });
        return;
      }
      const standIn = STAND_IN.exec(value);
      if (standIn) {
        report(path, 'placeholder', { found: clip(standIn[0]) });
        return;
      }
      const said = value.replace(FORMAT_MASK, ' ');
      for (const re of PLACEHOLDERS) {
        re.lastIndex = 0;
        const m = re.exec(said);
        if (m) {
          report(path, 'placeholder', { found: clip(m[0]) });
          return;
        }
      }
      const key = translationKey(value);
      if (key) {
        report(path, 'placeholder', { found: clip(key) });
        return;
      }
      const example = EXAMPLE_DOMAIN.exec(value);
      if (example) {
        report(path, 'placeholder', { found: clip(around(value, example)) });
        return;
      }
      const html = HTML.exec(value);
      if (html) report(path, 'html', { found: clip(html[0]) });
    };
    const walk = (value: unknown, path: PathSegment[]): void => {
      if (typeof value === 'string') check(value, path);
      else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
    };
    for (const [key, value] of Object.entries(register)) if (key !== 'id' && key !== 'organisation') walk(value, [key]);
  },
);
