// Declarations for the untyped parts of bpmn.io's modeler stack and of Polku's own plain-JavaScript
// lint plugin: only what the modeler uses. bpmn-js and diagram-js ship their own types.

declare module '*.css';

declare module 'bpmn-js-properties-panel' {
  type ModuleDeclaration = Record<string, unknown>;
  export const BpmnPropertiesPanelModule: ModuleDeclaration;
  export const BpmnPropertiesProviderModule: ModuleDeclaration;
  /** A diagram service inside a properties-panel component (a preact hook). */
  export function useService<T = unknown>(type: string, strict?: boolean): T;
}

declare module '@bpmn-io/properties-panel' {
  import type { VNode } from '@bpmn-io/properties-panel/preact';

  type Translate = (template: string, replacements?: Record<string, string | number>) => string;

  interface EntryProps<V> {
    element: unknown;
    id: string;
    label: string;
    description?: string;
    getValue: (element: unknown) => V;
    setValue: (value: V, error?: string) => void;
    debounce: <F extends (...args: never[]) => unknown>(fn: F) => F;
    disabled?: boolean;
    validate?: (value: V) => string | null | undefined;
  }

  export function TextFieldEntry(props: EntryProps<string> & { placeholder?: string }): VNode;
  export function TextAreaEntry(props: EntryProps<string> & { rows?: number; monospace?: boolean; autoResize?: boolean; placeholder?: string }): VNode;
  export function SelectEntry(props: EntryProps<string> & { getOptions: (element: unknown) => { value: string; label: string }[] }): VNode;
  export function CheckboxEntry(props: EntryProps<boolean>): VNode;
  export function ListGroup(props: Record<string, unknown>): VNode;
  export function Group(props: Record<string, unknown>): VNode;
  export function isTextFieldEntryEdited(node: Element): boolean;
  export function isTextAreaEntryEdited(node: Element): boolean;
  export function isSelectEntryEdited(node: Element): boolean;
  export function isCheckboxEntryEdited(node: Element): boolean;
  export type { Translate };
}

declare module 'bpmn-js-bpmnlint' {
  type ModuleDeclaration = Record<string, unknown>;
  const LintingModule: ModuleDeclaration;
  export default LintingModule;
}

/** The bpmnlint rule contract, as far as the resolver needs it. */
declare module 'bpmnlint/rules/*' {
  const ruleFactory: (config?: Record<string, unknown>) => { check: unknown; meta?: unknown };
  export default ruleFactory;
}

declare module 'bpmnlint/config/recommended.js' {
  const config: { rules: Record<string, string> };
  export default config;
}

declare module 'bpmnlint-plugin-polku' {
  export const rules: Record<string, string>;
  export const configs: Record<string, { extends?: string | string[]; rules: Record<string, string> }>;
}

declare module 'bpmnlint-plugin-polku/rules/*' {
  const ruleFactory: (config?: Record<string, unknown>) => { check: unknown; meta?: unknown };
  export default ruleFactory;
}
