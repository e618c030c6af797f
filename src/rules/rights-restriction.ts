// GDPR Art. 13(2)(b), 14(2)(c), 23: a restriction names a right the register's legal bases actually give,
// and rests on a law (Art. 23(1): "Union or Member State law"), e.g. Tietosuojalaki (1050/2018) 31–34 §.
import { defineRule } from '../check/rule.js';
import { hasRight } from '../resolve/facts.js';
import type { Text } from '../types.js';

/**
 * A text that cites a statute: a section sign, a statute number (1050/2018), a named act (a word ending
 * in -laki, -lag, "Act"), or an article ("17 artiklan 3 kohdan b alakohta", "Art. 17(3)(b)", "artikel
 * 17.3 b"). "Lainsäädäntö", "the law" or "lakiin" alone name none.
 */
const STATUTE = /§|\b\d{1,4}\/\d{4}\b|\p{L}{3,}la(?:ki|in|kiin|issa|ista|kia)\b|\p{L}{3,}lag(?:en)?\b|\bAct\b|\bArt(?:icle|ikel|\.|ikla)?\s*\d+|\d+\s*art/iu;

function citesStatute(...texts: (Text | undefined)[]): boolean {
  return texts.some((t) => t && typeof t === 'object' && Object.values(t).some((s) => typeof s === 'string' && STATUTE.test(s)));
}

export default defineRule(
  {
    id: 'rights-restriction',
    articles: ['Art. 13(2)(b)', 'Art. 14(2)(c)', 'Art. 23'],
    severity: 'error',
    description: 'A restriction of a right concerns a right that applies under the register\'s legal bases, and names the law it rests on.',
    messages: {
      notApplicable: {
        en: 'Restriction of `{right}`, but `{right}` does not apply under the legal bases of this register, so the notice would mention a right it does not give: remove the entry (Art. 13(2)(b))',
        fi: 'Oikeutta `{right}` rajoitetaan, mutta oikeus ei sovellu tämän rekisterin oikeusperusteilla, joten seloste mainitsisi oikeuden, jota ei ole: poista kohta (13 art. 2 b)',
        sv: 'Begränsning av `{right}`, men `{right}` gäller inte med registrets rättsliga grunder, så beskrivningen skulle nämna en rättighet som den inte ger: ta bort punkten (artikel 13.2 b)',
      },
      noLaw: {
        en: 'Restriction of `{right}` names no statute: a right can be restricted only by law, so give the provision in `law`, e.g. `Tietosuojalaki (1050/2018) 34 §` (Art. 23)',
        fi: 'Oikeuden `{right}` rajoitukselle ei nimetä säädöstä: oikeutta voi rajoittaa vain laissa säädetyllä perusteella, joten anna säännös kenttään `law`, esim. `Tietosuojalaki (1050/2018) 34 §` (23 art.)',
        sv: 'Begränsningen av `{right}` anger ingen lag: en rättighet kan begränsas endast genom lag, så ange bestämmelsen i `law`, t.ex. `Dataskyddslagen (1050/2018) 34 §` (artikel 23)',
        // The citation is read from free text: a ground may name its statute in words this does not know.
        severity: 'warn',
      },
    },
  },
  ({ register, facts, report }) => {
    const restrictions = register.rights?.restrictions;
    if (!Array.isArray(restrictions)) return;
    restrictions.forEach((r, i) => {
      if (!r || typeof r.right !== 'string') return;
      if (!hasRight(facts, r.right)) report(['rights', 'restrictions', i, 'right'], 'notApplicable', { right: r.right });
      // Consent can never be restricted: `consent-withdrawal` says so.
      else if (r.right !== 'withdraw_consent' && !r.law && !citesStatute(r.ground, r.reason)) report(['rights', 'restrictions', i, 'right'], 'noLaw', { right: r.right });
    });
  },
);
