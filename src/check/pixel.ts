/**
 * An advertising pixel of Meta embedded on the site: the site and Meta decide together on collecting
 * the visitors' data and sending them to Meta, and are joint controllers for that (CJEU C-40/17 Fashion
 * ID, of Facebook's "Like" button; Meta's own terms for its business tools in the EU say so of the pixel).
 */
import type { PathSegment } from '../load/yaml-ast.js';
import type { Register } from '../types.js';
import { withoutNotUsed } from './providers.js';
import { allTexts } from './text.js';

const PIXEL = /(?<!\p{L})(?:facebook|meta)(?:n|s)?[- ]?(?:pixel\p{L}*|pikseli\p{L}*)/iu;

/** Joint control already said: a party or a section on it, or the words. */
const JOINT = /yhteisrekisterinpitä\p{L}*|yhteis(?:esti|inen)\s+(?:\p{L}+\s+)?rekisterinpitä\p{L}*|gemensamt personuppgiftsansvar\p{L}*|gemensamt (?:\p{L}+ )?ansvarig\p{L}*|joint(?:ly)?[- ]control\p{L}*/iu;

export interface PixelAt {
  path: PathSegment[];
  name: string;
}

/** Where the register names a Meta pixel it uses: its cookie tools first, then any text. */
function pixelNamed(register: Register): PixelAt | undefined {
  const tools = Array.isArray(register.cookies?.tools) ? register.cookies.tools : [];
  const tool = tools.findIndex((t) => typeof t?.name === 'string' && PIXEL.test(t.name));
  if (tool >= 0) return { path: ['cookies', 'tools', tool, 'name'], name: tools[tool]!.name! };
  for (const { path, text } of allTexts(register)) {
    for (const value of Object.values(text)) {
      const found = typeof value === 'string' ? PIXEL.exec(withoutNotUsed(value)) : null;
      if (found) return { path, name: found[0] };
    }
  }
  return undefined;
}

const META = /(?<!\p{L})(?:meta|facebook)(?!\p{L})/iu;
/** A recipient described by Meta first: "Meta ja Google – mainonnan mittaus". */
const LEADS_WITH_META = /^(?:meta|facebook)(?!\p{L})/iu;

/** The recipient that names Meta, by its name or a description that opens on it: where the pixel's joint control is missing. */
function metaRecipient(recipients: NonNullable<Register['recipients']>): PixelAt | undefined {
  if (!Array.isArray(recipients)) return undefined;
  const i = recipients.findIndex((r) => (typeof r?.name === 'string' && META.test(r.name)) || Object.values(r?.category ?? {}).some((c) => typeof c === 'string' && LEADS_WITH_META.test(c)));
  const recipient = recipients[i];
  if (!recipient) return undefined;
  if (recipient.name) return { path: ['recipients', i, 'name'], name: recipient.name };
  const category = Object.values(recipient.category ?? {}).find((c): c is string => typeof c === 'string' && LEADS_WITH_META.test(c))!;
  return { path: ['recipients', i, 'category'], name: LEADS_WITH_META.exec(category)![0] };
}

/**
 * A Meta pixel the register uses with no joint control said of it: reported at the recipient that
 * names Meta (often listed as a processor), else where the pixel is named.
 */
export function pixelWithoutJointControl(register: Register): PixelAt | undefined {
  if (register.joint_controllers) return undefined;
  const recipients = Array.isArray(register.recipients) ? register.recipients : [];
  if (recipients.some((r) => r?.role === 'joint_controller')) return undefined;
  if (allTexts(register).some(({ text }) => Object.values(text).some((v) => typeof v === 'string' && JOINT.test(v)))) return undefined;
  const pixel = pixelNamed(register);
  return pixel && (metaRecipient(recipients) ?? pixel);
}
