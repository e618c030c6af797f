/**
 * The findings shown at their fields: each at the field of its `pointer`, or, when the file has no
 * such field yet (a missing key), at the nearest field above it. The inputs of a field with an error
 * are marked invalid.
 */
import type { Finding } from './api-types.js';
import { parentPointer } from './edit-data.js';
import { renderFinding } from './finding-view.js';
import type { Words } from './words.js';

export function placeFindings(form: HTMLElement, findings: readonly Finding[], file: string, words: Words): void {
  const places = new Map<string, HTMLElement>();
  for (const place of form.querySelectorAll<HTMLElement>('[data-findings-for]')) {
    place.replaceChildren();
    const pointer = place.dataset['findingsFor'] ?? '';
    if (!places.has(pointer)) places.set(pointer, place);
  }
  for (const input of form.querySelectorAll('[aria-invalid]')) input.removeAttribute('aria-invalid');
  for (const finding of findings) {
    if (finding.file !== file) continue;
    let pointer = finding.pointer;
    while (!places.has(pointer) && pointer !== '') pointer = parentPointer(pointer);
    const place = places.get(pointer);
    if (!place) continue;
    place.append(renderFinding(finding, words));
    if (finding.severity !== 'error') continue;
    const field = place.closest('[data-pointer]');
    for (const input of field?.querySelectorAll(':scope > :is(input, select, textarea), :scope > .languages textarea') ?? []) input.setAttribute('aria-invalid', 'true');
  }
}
