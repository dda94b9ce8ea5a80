/**
 * The model "New" starts from: the same template as `polku new` (`@polku/moddle`), so it
 * lints clean and compiles as it is. No DOM.
 */
import { newPathwayXml as template } from '@polku/moddle';

/** The BPMN XML of a new Polku pathway. */
export function newPathwayXml(): string {
  return template({ exporter: 'Polku modeler' });
}
