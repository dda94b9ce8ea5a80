/**
 * Reads of the bpmn-js business objects that the Polku groups share, in the vocabulary of
 * models/README.md: the model-language text is the element's own `name` and
 * `bpmn:documentation`; other languages are `i18n:translation xml:lang` (no `target` for the
 * name, `target="documentation"` for guidance); `polku:*` extensions sit in `extensionElements`.
 */

/** A bpmn-moddle element as the modeler reads and writes it. */
export interface ModdleObject {
  $type: string;
  $parent?: ModdleObject;
  $attrs: Record<string, string>;
  $instanceOf(type: string): boolean;
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  [property: string]: unknown;
}

/** The part of bpmn-js' `bpmnFactory` the modeler uses. */
export interface BpmnFactory {
  create(type: string, attrs?: Record<string, unknown>): ModdleObject;
}

/** A diagram element as the properties panel hands it over. */
export interface DiagramElement {
  id: string;
  type: string;
  businessObject: ModdleObject;
}

/** The language of the model's own texts: `xml:lang` on the definitions, `fi` when absent. */
export function modelLanguageOf(element: ModdleObject | undefined): string {
  let root = element;
  while (root?.$parent) root = root.$parent;
  const lang = root?.$attrs?.['xml:lang'];
  return typeof lang === 'string' && lang.trim() ? lang.trim() : 'fi';
}

/** The languages the Polku groups edit, the model's own first. */
export function editLanguages(modelLang: string): string[] {
  return [modelLang, ...['fi', 'sv', 'en'].filter((lang) => !sameLanguage(lang, modelLang))];
}

/** True when a language tag is `wanted` or one of its regional forms (`sv-FI` counts as `sv`). */
export function sameLanguage(tag: string, wanted: string): boolean {
  const a = tag.trim().toLowerCase();
  const b = wanted.trim().toLowerCase();
  return a === b || a.startsWith(`${b}-`) || b.startsWith(`${a}-`);
}

/** A list property, or an empty list. Never creates the list (`get` would). */
export function listOf(element: ModdleObject | undefined, property: string): ModdleObject[] {
  const value = element?.[property];
  return Array.isArray(value) ? (value as ModdleObject[]) : [];
}

/** The values of an element's `extensionElements`, optionally of one type. */
export function extensionValues(element: ModdleObject, type?: string): ModdleObject[] {
  const values = listOf(element.extensionElements as ModdleObject | undefined, 'values');
  return type ? values.filter((value) => value.$instanceOf(type)) : values;
}

/**
 * Where an element keeps its translations: `extensionElements.values` for BPMN elements,
 * the `translations` list for `polku:deadline` and `polku:field`.
 */
export function translationHome(element: ModdleObject): 'extensionElements' | 'translations' {
  return element.$type.startsWith('polku:') ? 'translations' : 'extensionElements';
}

/** The `i18n:translation` of `element` in `lang` for `target` (undefined: the name). */
export function translationOf(element: ModdleObject, lang: string, target?: string): ModdleObject | undefined {
  const candidates = translationHome(element) === 'translations' ? listOf(element, 'translations') : extensionValues(element, 'i18n:Translation');
  return candidates.find((value) => {
    const valueLang = value.$attrs?.['xml:lang'] ?? '';
    const valueTarget = typeof value.target === 'string' && value.target ? value.target : undefined;
    return valueLang !== '' && sameLanguage(valueLang, lang) && valueTarget === target;
  });
}

/** The first `bpmn:documentation`: the guidance in the model's language. */
export function documentationOf(element: ModdleObject): ModdleObject | undefined {
  return listOf(element, 'documentation')[0];
}

/** The text of `element` in `lang`: its own name or documentation in the model language, else a translation. */
export function textOf(element: ModdleObject, lang: string, modelLang: string, kind: 'name' | 'guidance'): string {
  if (sameLanguage(lang, modelLang)) {
    const own = kind === 'name' ? element.name : documentationOf(element)?.text;
    return typeof own === 'string' ? own : '';
  }
  const translation = translationOf(element, lang, kind === 'guidance' ? 'documentation' : undefined);
  return typeof translation?.text === 'string' ? translation.text : '';
}

/** A string property, or ''. */
export function stringOf(element: ModdleObject, property: string): string {
  const value = element.get(property);
  return typeof value === 'string' ? value : '';
}

/** True when `element` has a `name` property (flow elements, lanes, participants, processes). */
export function hasNameProperty(element: ModdleObject): boolean {
  return ['bpmn:FlowElement', 'bpmn:Lane', 'bpmn:Participant', 'bpmn:Process'].some((type) => element.$instanceOf(type));
}
