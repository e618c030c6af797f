/** The data-flow figure of a notice page: the picture, and its textual form for narrow screens. */
import type { Phrases } from '../compose/phrases/types.js';
import type { Register } from '../types.js';
import { flowSvg } from './flow.js';
import { flowColumns } from './flow-model.js';
import { flowText } from './flow-text.js';

/** The content of the figure in one language, or undefined when there is nothing to draw. */
export function flowFigure(register: Register, t: Phrases): string | undefined {
  const columns = flowColumns(register, t);
  if (!columns) return undefined;
  const picture = flowSvg(columns, t.site.flow);
  return `${picture.svg}\n${flowText(columns, picture.cut)}`;
}
