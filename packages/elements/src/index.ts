/**
 * `@polku/elements`: Lit web components for Polku pathways. Importing this module defines
 * every component (`<polku-pathway>` — guide, diagram, saved walkthroughs and timeline in one —,
 * `<polku-guide>`, `<polku-diagram>` — which downloads bpmn-js only when it
 * draws — `<polku-stage>`, `<polku-catalog>`, `<polku-timeline>`,
 * `<polku-walkthroughs>`); import a component's own subpath (`@polku/elements/polku-stage`) to
 * define only that one. A page that imports a definition twice (two bundles) keeps the first.
 *
 * @example
 * import '@polku/elements';
 * document.body.append(Object.assign(document.createElement('polku-guide'), { src: '/models/koulupolku.bpmn' }));
 */
export { PolkuGuide } from './polku-guide/polku-guide.js';
export { PolkuLoadEvent, PolkuStepEvent } from './events.js';
export type { PolkuStepKind } from './events.js';
export { PolkuPathway } from './polku-pathway/polku-pathway.js';
export { PolkuDiagram } from './polku-diagram/polku-diagram.js';
export { PolkuSelectEvent } from './polku-diagram/polku-select-event.js';
export { PolkuStage } from './polku-stage/polku-stage.js';
export { PolkuCatalog } from './polku-catalog/polku-catalog.js';
export { PolkuOpenEvent } from './polku-catalog/polku-open-event.js';
export { PolkuTimeline } from './polku-timeline/polku-timeline.js';
export { PolkuWalkthroughs } from './polku-walkthroughs/polku-walkthroughs.js';
export { PolkuWalkthroughOpenEvent } from './polku-walkthroughs/walkthrough-events.js';
export type { WalkthroughOpenKind } from './polku-walkthroughs/walkthrough-events.js';
export { IndexedDbStore, MemoryStore, StorageError, isStorageError, storageMessage } from './storage/index.js';
export type { CorruptRecord, StoredWalkthroughs, StorageErrorCode, WalkthroughRecord, WalkthroughStore } from './storage/index.js';
