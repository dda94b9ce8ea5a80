/// <reference path="../../types/vendor.d.ts" />
/**
 * Properties-panel entries for names and guidance per language, with a sanitised markdown
 * preview of the guidance. Components are plain functions over preact's `jsx`, as in
 * bpmn-js-properties-panel itself; they read services with `useService`.
 */
import { TextAreaEntry, TextFieldEntry } from '@bpmn-io/properties-panel';
import { jsx, jsxs } from '@bpmn-io/properties-panel/preact/jsx-runtime';
import type { VNode } from '@bpmn-io/properties-panel/preact';
import { useService } from 'bpmn-js-properties-panel';
import { sanitizeMarkdown } from '@polku/elements/markdown';
import { sameLanguage, textOf, type DiagramElement, type ModdleObject } from '../../_internal/moddle.js';
import type PolkuLanguage from '../language/PolkuLanguage.js';
import type PolkuEditing from '../polku-editing/PolkuEditing.js';

/** What the properties panel passes to a text entry, plus what the Polku provider adds. */
export interface TextEntryProps {
  element: DiagramElement;
  id: string;
  /** The business object that holds the text (a pool's process for its guidance). */
  target: ModdleObject;
  lang: string;
  modelLang: string;
}

type Debounce = <F extends (...args: never[]) => unknown>(fn: F) => F;

/** The guidance of `target` in one language, as markdown. */
export function GuidanceEntry(props: TextEntryProps): VNode {
  const { element, id, target, lang, modelLang } = props;
  const editing = useService<PolkuEditing>('polkuEditing');
  const s = useService<PolkuLanguage>('polkuLanguage').strings;
  const debounce = useService<Debounce>('debounceInput');
  return TextAreaEntry({
    element,
    id,
    label: s.guidanceIn(s.languageName[lang] ?? lang),
    description: s.guidanceDescription(sameLanguage(lang, modelLang)),
    getValue: () => textOf(target, lang, modelLang, 'guidance'),
    setValue: (value) => editing.setText(element, target, 'guidance', lang, modelLang, value ?? ''),
    debounce,
    rows: 6,
    autoResize: true,
  });
}

/**
 * The guidance as the walkthrough will show it: rendered by the one markdown helper of
 * `@polku/elements` (marked, then DOMPurify with its prose allow-list), so what passes here is
 * exactly what reaches a worker. Open for the model's language, folded for the others.
 */
export function GuidancePreview(props: TextEntryProps): VNode {
  const { id, target, lang, modelLang } = props;
  const s = useService<PolkuLanguage>('polkuLanguage').strings;
  const text = textOf(target, lang, modelLang, 'guidance');
  const body = text.trim()
    ? jsx('div', { class: 'polku-preview-body', lang, dangerouslySetInnerHTML: { __html: sanitizeMarkdown(text, s.opensInNewTab) } })
    : jsx('p', { class: 'polku-preview-empty', children: s.emptyPreview });
  return jsx('div', {
    class: 'bio-properties-panel-entry polku-preview',
    'data-entry-id': id,
    children: jsxs('details', {
      open: sameLanguage(lang, modelLang),
      children: [jsx('summary', { children: s.preview(s.languageName[lang] ?? lang) }), body],
    }),
  });
}

/** The name of `target` in one language. */
export function NameEntry(props: TextEntryProps): VNode {
  const { element, id, target, lang, modelLang } = props;
  const editing = useService<PolkuEditing>('polkuEditing');
  const s = useService<PolkuLanguage>('polkuLanguage').strings;
  const debounce = useService<Debounce>('debounceInput');
  return TextFieldEntry({
    element,
    id,
    label: s.nameIn(s.languageName[lang] ?? lang),
    getValue: () => textOf(target, lang, modelLang, 'name'),
    setValue: (value) => editing.setText(element, target, 'name', lang, modelLang, value ?? ''),
    debounce,
  });
}
