/**
 * `@polku/modeler`: the Polku modeler. A bpmn-js Modeler with Polku's moddle extensions, a
 * properties panel that edits guidance, names, legal references, deadlines and fields per
 * language, live validation with Polku's lint rules, and "Try it" (the model walked in
 * `<polku-guide>` beside the canvas). Load it only on the modeler page: it is large, and the
 * walkthrough pages never need it.
 *
 * @example
 * import '@polku/modeler/styles.css';
 * import { mountPolkuModeler } from '@polku/modeler';
 * mountPolkuModeler(document.querySelector('#app')!);
 */
export { mountPolkuModeler } from './app/mount-modeler.js';
export type { MountedModeler, MountOptions } from './app/mount-modeler.js';
export { createDraftStore } from './app/draft-store.js';
export type { Draft, DraftStore } from './app/draft-store.js';
export { createPolkuModeler, PolkuModelerModule } from './polku-modeler.js';
export type { PolkuModelerOptions } from './polku-modeler.js';
export { createPolkuLintConfig, createLintResolver } from './features/linting/lint-config.js';
export type { LintConfig, LintResolver, PackedLintConfig, RuleFactory } from './features/linting/lint-config.js';
export { newPathwayXml } from './template.js';
export { ACTIVE_MARKER, DONE_MARKER } from './features/try-it/TryIt.js';
export type { UiLang } from './_internal/strings.js';
