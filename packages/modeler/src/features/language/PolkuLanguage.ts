import { strings, uiLangOf, type ModelerStrings, type UiLang } from '../../_internal/strings.js';

/** The part of diagram-js' event bus the service uses. */
interface EventBus {
  fire(type: string, data?: Record<string, unknown>): unknown;
}

/** `config.polku` of the modeler. */
export interface PolkuConfig {
  /** Interface language of the Polku groups: `fi` (default), `sv` or `en`. */
  lang?: string;
}

/**
 * The interface language of everything Polku adds to the modeler. Changing it fires
 * `polku.language.changed` and re-renders the properties panel.
 */
export default class PolkuLanguage {
  static $inject = ['config.polku', 'eventBus'];

  private current: UiLang;
  private readonly eventBus: EventBus;

  constructor(config: PolkuConfig | undefined, eventBus: EventBus) {
    this.current = uiLangOf(config?.lang);
    this.eventBus = eventBus;
  }

  /** The interface language now. */
  get lang(): UiLang {
    return this.current;
  }

  /** The interface's words in the current language. */
  get strings(): ModelerStrings {
    return strings[this.current];
  }

  /** Switches the interface language (any tag; unsupported ones fall back to Finnish). */
  setLanguage(lang: string): void {
    const next = uiLangOf(lang);
    if (next === this.current) return;
    this.current = next;
    this.eventBus.fire('polku.language.changed', { lang: next });
    this.eventBus.fire('propertiesPanel.providersChanged');
  }

  /** A `translate` for bpmn.io components: the properties panel's list words in this language. */
  translate = (template: string, replacements: Record<string, string | number> = {}): string => {
    const text = this.strings.panel[template] ?? template;
    return text.replace(/\{([^}]+)\}/g, (match, key: string) => (key in replacements ? String(replacements[key]) : match));
  };
}
