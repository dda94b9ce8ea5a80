import { textIn, type Field, type PathwayFlow, type PathwayNode, type Texts } from '@polku/core';
import { deadlineRule, type Words } from '../docs/words.js';

/**
 * The `schemaVersion` Camunda Modeler writes for forms it targets at Camunda 8.8 (form-js
 * 1.15); Camunda 8.8 reads it and every older one.
 */
export const FORM_SCHEMA_VERSION = 18;

/** One component of a Camunda Form (form-js schema). */
export interface FormComponent {
  type: 'text' | 'textfield' | 'number' | 'checkbox' | 'datetime' | 'radio' | 'checklist';
  id: string;
  layout: { row: string; columns: null };
  key?: string;
  label?: string;
  text?: string;
  subtype?: 'date';
  dateLabel?: string;
  values?: { label: string; value: string }[];
  validate?: { required: boolean };
}

/** A Camunda Form: a `.form` file deployed beside the process and linked by `formId`. */
export interface CamundaForm {
  id: string;
  type: 'default';
  components: FormComponent[];
  executionPlatform: 'Camunda Cloud';
  executionPlatformVersion: '8.8.0';
  exporter: { name: string; version: string };
  schemaVersion: number;
}

/** What a form shows besides the step's own texts. */
export interface FormContext {
  lang: string;
  words: Words;
  /** The lane's name: who does the step. */
  role?: Texts;
}

/**
 * The form of a step: its guidance markdown in the model's language, who does it, its legal
 * references as links and its deadlines as text, then an input per `polku:field` bound to the
 * field's key (the process variable later conditions read).
 */
export function taskForm(id: string, node: PathwayNode, context: FormContext): CamundaForm {
  return form(id, [...textComponents(node, context), ...node.fields.map((field) => fieldComponent(field, context))]);
}

/**
 * The form of a worker decision's inserted user task: the decision's guidance and a radio
 * group (a checklist for an inclusive decision) whose key is `variable` and whose values are
 * the ids of the outgoing flows, labelled with the answers.
 */
export function decisionForm(id: string, node: PathwayNode, answers: PathwayFlow[], variable: string, context: FormContext): CamundaForm {
  const { lang, words } = context;
  const choice: FormComponent = {
    type: node.type === 'inclusiveGateway' ? 'checklist' : 'radio',
    id: 'Field_Answer',
    key: variable,
    label: textIn(node.name, lang) ?? words.answer,
    values: answers.map((flow) => ({ label: textIn(flow.name, lang) ?? flow.id, value: flow.id })),
    validate: { required: true },
    layout: { row: '', columns: null },
  };
  return form(id, [...textComponents(node, context), ...node.fields.map((field) => fieldComponent(field, context)), choice]);
}

function form(id: string, components: FormComponent[]): CamundaForm {
  return {
    id,
    type: 'default',
    components: components.map((component, index) => ({ ...component, layout: { row: `Row_${index + 1}`, columns: null } })),
    executionPlatform: 'Camunda Cloud',
    executionPlatformVersion: '8.8.0',
    exporter: { name: 'Polku', version: '0.1.0' },
    schemaVersion: FORM_SCHEMA_VERSION,
  };
}

function textComponents(node: PathwayNode, { lang, words, role }: FormContext): FormComponent[] {
  const parts: [string, string | undefined][] = [
    ['Text_Role', role && textIn(role, lang) ? `**${words.role}:** ${escapeMarkdown(textIn(role, lang)!)}` : undefined],
    ['Text_Guidance', textIn(node.guidance, lang)],
    ['Text_Legal', node.legal.length > 0 ? `**${words.legal}**\n\n${node.legal.map((reference) => `- ${legalLink(reference)}`).join('\n')}` : undefined],
    [
      'Text_Deadlines',
      node.deadlines.length > 0
        ? `**${words.deadlines(node.deadlines.length)}**\n\n${node.deadlines
            .map((deadline) => {
              const name = textIn(deadline.name, lang);
              const basis = deadline.basis ? ` (${escapeMarkdown(deadline.basis)})` : '';
              return `- ${name ? `${escapeMarkdown(name)}: ` : ''}${deadlineRule(deadline, words)}${basis}`;
            })
            .join('\n')}`
        : undefined,
    ],
  ];
  return parts.filter((part): part is [string, string] => Boolean(part[1]?.trim())).map(([id, text]) => ({ type: 'text', id, text, layout: { row: '', columns: null } }));
}

function legalLink(reference: { statute: string; section: string; url?: string }): string {
  const label = escapeMarkdown(`${reference.statute} ${reference.section}`);
  return reference.url && /^https?:\/\//i.test(reference.url) ? `[${label}](${reference.url.replace(/[()\s]/g, encodeURIComponent)})` : label;
}

function fieldComponent(field: Field, { lang }: FormContext): FormComponent {
  const label = textIn(field.name, lang) ?? field.key;
  const common = { id: `Field_${field.key}`, key: field.key, layout: { row: '', columns: null }, ...(field.required ? { validate: { required: true } } : {}) };
  switch (field.type) {
    case 'number':
      return { ...common, type: 'number', label };
    case 'boolean':
      return { ...common, type: 'checkbox', label };
    case 'date':
      return { ...common, type: 'datetime', subtype: 'date', dateLabel: label };
    default:
      return { ...common, type: 'textfield', label };
  }
}

/** Text that Polku adds around the model's markdown must not turn into markup itself. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]()#<>!|]/g, (character) => `\\${character}`);
}
