/**
 * A Markdown page's front matter (its title and date for the site) heads the page, not the notice: what
 * the notice leaves out altogether is reported at the first line of its own text, not at the title's.
 */
import { describe, expect, it } from 'vitest';
import { auditText } from './audit-text.js';

const BODY: Record<'fi' | 'sv' | 'en', { title: string; text: string }> = {
  fi: { title: 'Tietosuojaseloste', text: 'Esimerkki ry kerää [sivustollaan](https://esimerkki.example) jäsenten nimet ja sähköpostiosoitteet jäsenrekisteriin.\n\nTietoja säilytetään jäsenyyden ajan.\n' },
  sv: { title: 'Integritetspolicy', text: 'Föreningen Exempel samlar [på sin webbplats](https://exempel.example) in medlemmarnas namn och e-postadresser till medlemsregistret.\n\nUppgifterna sparas under medlemskapet.\n' },
  en: { title: 'Privacy Policy', text: 'Example Club collects [on its site](https://example.example) its members’ names and e-mail addresses for its member register.\n\nThe data are kept for the membership.\n' },
};

const rightsAt = async (text: string): Promise<number[]> =>
  [...new Set((await auditText(text)).filter((d) => d.ruleId === 'right-missing').map((d) => d.line))];

describe('a notice under front matter', () => {
  it.each(['fi', 'sv', 'en'] as const)('is told what it leaves out at its first line, not at the title of its settings (%s)', async (lang) => {
    const { title, text } = BODY[lang];
    expect(await rightsAt(`---\ntitle: ${title}\ndate: 2024-03-01\ndraft: false\n---\n\n${text}`)).toEqual([7]);
  });

  it.each(['fi', 'sv', 'en'] as const)('with a title of its own, is told at that title (%s)', async (lang) => {
    const { title, text } = BODY[lang];
    expect(await rightsAt(`---\ntitle: ${title}\ndate: 2024-03-01\n---\n\n# ${title}\n\n${text}`)).toEqual([6]);
  });

  it.each(['fi', 'sv', 'en'] as const)('with an intro before its first heading, is told at the intro (%s)', async (lang) => {
    const { text } = BODY[lang];
    const [intro, rest] = text.split('\n\n');
    expect(await rightsAt(`---\ntitle: ${BODY[lang].title}\n---\n\n${intro}\n\n## ${HEADING[lang]}\n\n${rest}`)).toEqual([5]);
  });
});

const HEADING: Record<'fi' | 'sv' | 'en', string> = { fi: 'Yleistä', sv: 'Allmänt', en: 'General' };
