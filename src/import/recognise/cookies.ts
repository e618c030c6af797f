/** Cookies and the analytics tools a notice names. */
import { DraftState } from '../draft/state.js';
import { type Unit, listText } from '../draft/units.js';

export const TOOLS = ['Google Analytics', 'Google Tag Manager', 'Google Ads', 'Matomo', 'Hotjar', 'Meta Pixel', 'Facebook Pixel', 'LinkedIn Insight Tag', 'HubSpot', 'Microsoft Clarity', 'Leadfeeder', 'Plausible', 'Adobe Analytics', 'Cookiebot'];

export function cookieSection(x: DraftState, units: readonly Unit[]): void {
  for (const u of units) {
    const text = u.type === 'list' ? listText(u) : u.block.text;
    x.cookies.text.push(text);
    for (const tool of TOOLS) if (text.toLowerCase().includes(tool.toLowerCase()) && !x.cookies.tools.includes(tool)) x.cookies.tools.push(tool);
  }
}
