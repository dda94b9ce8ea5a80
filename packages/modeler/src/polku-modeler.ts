/// <reference path="./types/vendor.d.ts" />
import { moddleExtensions } from '@polku/moddle';
import Modeler from 'bpmn-js/lib/Modeler';
import { BpmnPropertiesPanelModule, BpmnPropertiesProviderModule } from 'bpmn-js-properties-panel';
import LanguageModule from './features/language/index.js';
import PolkuLintingModule from './features/linting/index.js';
import NamespacesModule from './features/namespaces/index.js';
import PolkuEditingModule from './features/polku-editing/index.js';
import PolkuPropertiesModule from './features/polku-properties/index.js';
import TryItModule from './features/try-it/index.js';

/**
 * Everything Polku adds to a bpmn-js Modeler, as one didi module: the interface language
 * (`polkuLanguage`), undoable edits of Polku's texts and extensions (`polkuEditing`), the
 * Polku groups of bpmn-js-properties-panel, live validation with `plugin:polku/recommended`
 * (bpmn-js-bpmnlint), the "Try it" canvas marks (`tryIt`) and the `polku:`/`i18n:` namespace
 * declarations of every saved file. The properties panel modules
 * and Polku's moddle extensions must be given to the Modeler as well;
 * {@link createPolkuModeler} does all of it.
 */
export const PolkuModelerModule = {
  __depends__: [LanguageModule, PolkuEditingModule, PolkuPropertiesModule, PolkuLintingModule, TryItModule, NamespacesModule],
};

/** Options of {@link createPolkuModeler}. */
export interface PolkuModelerOptions {
  /** Where the canvas goes. */
  container: HTMLElement;
  /** Where the properties panel goes; without it the panel is not shown. */
  propertiesParent?: HTMLElement;
  /** Interface language of the Polku groups: `fi` (default), `sv` or `en`. */
  lang?: string;
}

/**
 * A bpmn-js Modeler set up for Polku pathways: the `polku:` and `i18n:` moddle extensions,
 * bpmn-js-properties-panel with the BPMN provider and the Polku groups, and live validation
 * with Polku's lint rules on top of bpmnlint's recommended ones.
 *
 * @example
 * const modeler = createPolkuModeler({ container: canvas, propertiesParent: panel, lang: 'sv' });
 * await modeler.importXML(xml);
 */
export function createPolkuModeler(options: PolkuModelerOptions): Modeler {
  return new Modeler({
    container: options.container,
    moddleExtensions,
    additionalModules: [BpmnPropertiesPanelModule, BpmnPropertiesProviderModule, PolkuModelerModule],
    ...({
      propertiesPanel: { ...(options.propertiesParent ? { parent: options.propertiesParent } : {}), layout: { groups: { general: { open: true }, 'polku-guidance': { open: true } } } },
      polku: { lang: options.lang ?? 'fi' },
      linting: { active: true },
    } as Record<string, unknown>),
  });
}
