/**
 * `@polku/elements`: Lit web components for Polku pathways. Importing this module defines
 * `<polku-guide>`; a page that imports it twice (two bundles) keeps the first definition.
 *
 * @example
 * import '@polku/elements';
 * document.body.append(Object.assign(document.createElement('polku-guide'), { src: '/models/koulupolku.bpmn' }));
 */
export { PolkuGuide } from './polku-guide/polku-guide.js';
export { PolkuLoadEvent, PolkuStepEvent } from './events.js';
export type { PolkuStepKind } from './events.js';
