/// <reference path="../../types/vendor.d.ts" />
/**
 * Properties-panel entries for one attribute of a `polku:legalReference`, `polku:deadline` or
 * `polku:field`, and for the name of a deadline or field in one language. Invalid input is
 * shown as an error and not written, so the model keeps its last valid value.
 */
import { CheckboxEntry, SelectEntry, TextFieldEntry } from '@bpmn-io/properties-panel';
import type { VNode } from '@bpmn-io/properties-panel/preact';
import { useMemo } from '@bpmn-io/properties-panel/preact/hooks';
import { useService } from 'bpmn-js-properties-panel';
import { stringOf, textOf, type DiagramElement, type ModdleObject } from '../../_internal/moddle.js';
import type { ModelerStrings } from '../../_internal/strings.js';
import type PolkuLanguage from '../language/PolkuLanguage.js';
import type PolkuEditing from '../polku-editing/PolkuEditing.js';

type Debounce = <F extends (...args: never[]) => unknown>(fn: F) => F;

interface BaseProps {
  element: DiagramElement;
  id: string;
  extension: ModdleObject;
  property: string;
  /** Picks the label from the interface strings, so a language switch relabels the entry. */
  label: (s: ModelerStrings) => string;
  description?: (s: ModelerStrings) => string;
}

/** A text attribute; `check` returns the error message for an invalid value. */
export interface TextAttributeProps extends BaseProps {
  check?: (value: string, s: ModelerStrings) => string | undefined;
}

export function TextAttributeEntry(props: TextAttributeProps): VNode {
  const { element, id, extension, property, label, description, check } = props;
  const editing = useService<PolkuEditing>('polkuEditing');
  const s = useService<PolkuLanguage>('polkuLanguage').strings;
  const debounce = useService<Debounce>('debounceInput');
  // Stable while the check and the language are, so a shown error is not re-validated away.
  const validate = useMemo(() => (check ? (value: string) => check(value ?? '', s) ?? null : undefined), [check, s]);
  return TextFieldEntry({
    element,
    id,
    label: label(s),
    ...(description ? { description: description(s) } : {}),
    getValue: () => stringOf(extension, property),
    setValue: (value, error) => {
      if (error) return;
      editing.updateExtension(element, extension, { [property]: value?.trim() ? value.trim() : undefined });
    },
    debounce,
    ...(validate ? { validate } : {}),
  });
}

/** An attribute with a fixed set of values. */
export interface SelectAttributeProps extends BaseProps {
  options: (s: ModelerStrings) => { value: string; label: string }[];
  fallback: string;
}

export function SelectAttributeEntry(props: SelectAttributeProps): VNode {
  const { element, id, extension, property, label, options, fallback } = props;
  const editing = useService<PolkuEditing>('polkuEditing');
  const s = useService<PolkuLanguage>('polkuLanguage').strings;
  const debounce = useService<Debounce>('debounceInput');
  return SelectEntry({
    element,
    id,
    label: label(s),
    getValue: () => stringOf(extension, property) || fallback,
    setValue: (value) => editing.updateExtension(element, extension, { [property]: value }),
    getOptions: () => options(s),
    debounce,
  });
}

/** A boolean attribute (`firstDayCounts`, `required`). */
export function CheckboxAttributeEntry(props: BaseProps): VNode {
  const { element, id, extension, property, label } = props;
  const editing = useService<PolkuEditing>('polkuEditing');
  const s = useService<PolkuLanguage>('polkuLanguage').strings;
  const debounce = useService<Debounce>('debounceInput');
  return CheckboxEntry({
    element,
    id,
    label: label(s),
    getValue: () => extension.get(property) === true,
    setValue: (value) => editing.updateExtension(element, extension, { [property]: value === true }),
    debounce,
  });
}

/** The name of a deadline or field in one language: its `name`, or an `i18n:translation` child. */
export interface ExtensionNameProps {
  element: DiagramElement;
  id: string;
  extension: ModdleObject;
  lang: string;
  modelLang: string;
  label: (s: ModelerStrings, language: string) => string;
}

export function ExtensionNameEntry(props: ExtensionNameProps): VNode {
  const { element, id, extension, lang, modelLang, label } = props;
  const editing = useService<PolkuEditing>('polkuEditing');
  const s = useService<PolkuLanguage>('polkuLanguage').strings;
  const debounce = useService<Debounce>('debounceInput');
  return TextFieldEntry({
    element,
    id,
    label: label(s, s.languageName[lang] ?? lang),
    getValue: () => textOf(extension, lang, modelLang, 'name'),
    setValue: (value) => editing.setExtensionName(element, extension, lang, modelLang, value ?? ''),
    debounce,
  });
}
