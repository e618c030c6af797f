/** Cookies and the analytics and other third-party tools a notice names. */
import { DraftState } from '../draft/state.js';
import type { Unit } from '../draft/units.js';
import { withoutNotUsed } from '../../check/providers.js';
import { listMarkdown } from './nested.js';

/** Tools by the name Seloste writes, with the ways notices spell them; longer names first. */
export const TOOLS: readonly (readonly [string, RegExp])[] = [
  ['Google Analytics 4', /\bGoogle Analytics 4\b|\bGA4/iu],
  ['Google Analytics', /\bGoogle Analytics/iu],
  ['Google Tag Manager', /\bGoogle Tag Manager/iu],
  ['Google Ads', /\bGoogle Ads/iu],
  ['Matomo', /\bMatomo/iu],
  ['Hotjar', /\bHotjar/iu],
  ['Meta Pixel', /\bMeta[ -]?(?:Pixel|pikseli)/iu],
  ['Facebook Pixel', /\bFacebook[ -]?(?:Pixel|pikseli)/iu],
  ['LinkedIn Insight Tag', /\bLinkedIn Insight/iu],
  ['HubSpot', /\bHubSpot/iu],
  ['Microsoft Clarity', /\bMicrosoft Clarity/iu],
  ['Leadfeeder', /\bLeadfeeder/iu],
  ['Leadoo', /\bLeadoo/iu],
  ['Plausible', /\bPlausible/u],
  ['GoatCounter', /\bGoatCounter/iu],
  ['Umami', /\bUmami/u],
  ['Piwik PRO', /\bPiwik[ -]?PRO/iu],
  ['Counter.dev', /\bCounter\.dev/iu],
  ['Simple Analytics', /\bSimple Analytics/u],
  ['Fathom Analytics', /\bFathom(?: Analytics)?(?=[\s,.;:)-]|$)/u],
  ['Adobe Analytics', /\bAdobe Analytics/iu],
  ['Siteimprove', /\bSiteimprove/iu],
  ['Snoobi', /\bSnoobi/iu],
  ['Cookiebot', /\bCookiebot/iu],
  ['CookieYes', /\bCookieYes/iu],
  ['Mailchimp', /\bMailchimp/iu],
  ['Vimeo', /\bVimeo/iu],
  ['YouTube', /\bYouTube/iu],
];

/**
 * The tools a text names, in the order it names them; "Google Analytics 4" is not also "Google Analytics";
 * not one it says is not used ("Vi använder inga spårningscookies, inget Google Analytics").
 */
export function toolsIn(text: string): string[] {
  let rest = withoutNotUsed(text);
  const found: { name: string; at: number }[] = [];
  for (const [name, re] of TOOLS) {
    const m = re.exec(rest);
    if (!m) continue;
    found.push({ name, at: m.index });
    rest = rest.replace(new RegExp(re.source, 'giu'), (s) => ' '.repeat(s.length));
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.name);
}

export function cookieSection(x: DraftState, units: readonly Unit[]): void {
  for (const u of units) {
    const text = u.type === 'list' ? listMarkdown(u) : u.block.text;
    x.cookies.text.push(text);
    for (const tool of toolsIn(text)) if (!x.cookies.tools.includes(tool)) x.cookies.tools.push(tool);
  }
}
