/**
 * The bpmn-moddle descriptors of Polku's vocabulary, and nothing else.
 *
 * Standards first: guidance is the element's `bpmn:documentation` (`textFormat="text/markdown"`)
 * in the model's language (`xml:lang` on the definitions); other languages use the OMG BPMN i18n
 * extension (`i18n:translation xml:lang="sv"`, `target="documentation"` for guidance). The
 * `polku:` namespace holds only what has no standard home: legal references, statutory
 * deadlines and the fields a step asks for.
 *
 * @example
 * import { BpmnModdle } from 'bpmn-moddle';
 * import { moddleExtensions } from '@polku/moddle';
 * const moddle = new BpmnModdle(moddleExtensions);
 */
import i18n from '../resources/i18n.json' with { type: 'json' };
import polku from '../resources/polku.json' with { type: 'json' };

/** Namespace URI of the `polku:` extension. */
export const POLKU_NS = polku.uri;
/** Namespace URI of the OMG BPMN i18n extension. */
export const I18N_NS = i18n.uri;

/** Both descriptors, keyed by prefix, ready for `new BpmnModdle(moddleExtensions)`. */
export const moddleExtensions = { polku, i18n };

export { i18n as i18nDescriptor, polku as polkuDescriptor };

/** How a statutory deadline's duration is counted. */
export type DeadlineCounting = 'working-days' | 'calendar';
/** The value types a `polku:field` can ask for. */
export type FieldType = 'text' | 'number' | 'boolean' | 'date';
export { newPathwayXml } from './template.js';
