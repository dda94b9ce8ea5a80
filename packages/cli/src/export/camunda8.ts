/**
 * Polku model → Camunda 8.8 deployment: the same BPMN with the `zeebe:` extension elements the
 * engine needs and a Camunda Form per user task. The mapping and what does not carry over are
 * documented in docs/camunda8.md; keep the two in step.
 */
import type { Pathway, PathwayNode } from '@polku/core';
import { wordsFor } from '../docs/words.js';
import { decisionForm, taskForm, type CamundaForm } from './camunda-form.js';
import { insertDecisionTask } from './decision-task.js';
import { lintCamunda8, type CamundaFinding } from './lint-camunda.js';
import {
  allFlowElements,
  completeFlowReferences,
  createZeebeModdle,
  describeElement,
  ensureExtension,
  extensionsOf,
  is,
  many,
  MODELER_NS,
  type Element,
  type ZeebeModdle,
} from './moddle.js';
import { replaceElement } from './replace-element.js';

/** The process variable every message subscription correlates on; the caller sets it when starting an instance. */
export const CORRELATION_KEY = '=caseKey';

/** Something that keeps a model from being exported, named by its element. */
export interface ExportProblem {
  elementId?: string;
  elementType?: string;
  message: string;
  /** The Camunda rule that found it, when the self-check did. */
  rule?: string;
}

/** Result of {@link exportCamunda8}: the XML and forms, or the problems (and then no XML). */
export interface CamundaExport {
  xml?: string;
  forms: CamundaForm[];
  problems: ExportProblem[];
  /** Camunda's warnings on the exported XML (none are expected). */
  warnings: CamundaFinding[];
}

// Tasks the worker does: Camunda runs them as user tasks with a form.
const WORKER_TASKS = ['bpmn:Task', 'bpmn:ManualTask'];
// Elements Zeebe hands to a job worker: the system the task stands for.
const JOB_ELEMENTS = ['bpmn:ServiceTask', 'bpmn:SendTask', 'bpmn:ScriptTask', 'bpmn:BusinessRuleTask'];

/**
 * Exports a validated model for Camunda 8.8. `pathway` is the model compiled by Polku (its
 * texts, fields, decisions); the XML is rewritten through bpmn-moddle with the Zeebe
 * descriptor, keeping every `polku:` and `i18n:` extension element. The result is linted with
 * bpmnlint-plugin-camunda-compat's `camunda-cloud-8-8` config before it is returned: any error
 * there becomes a problem naming its element, so what this returns always deploys.
 *
 * @example
 * const { pathway } = await compileBpmn(xml, { file });
 * const { xml: exported, forms, problems } = await exportCamunda8(xml, pathway!);
 */
export async function exportCamunda8(xml: string, pathway: Pathway): Promise<CamundaExport> {
  const moddle = createZeebeModdle();
  const { rootElement: definitions, elementsById } = await moddle.fromXML(xml);
  const taken = new Set(Object.keys(elementsById));
  const newId = (wanted: string) => {
    let id = wanted;
    for (let round = 2; taken.has(id); round++) id = `${wanted}_${round}`;
    taken.add(id);
    return id;
  };
  const processes = many(definitions, 'rootElements').filter((element) => is(element, 'bpmn:Process'));
  completeFlowReferences(processes.flatMap(allFlowElements));
  const problems = processes.flatMap((process) => allFlowElements(process).flatMap(refusal));
  if (problems.length > 0) return { forms: [], problems, warnings: [] };

  definitions.$attrs['xmlns:modeler'] = MODELER_NS;
  definitions.$attrs['modeler:executionPlatform'] = 'Camunda Cloud';
  definitions.$attrs['modeler:executionPlatformVersion'] = '8.8.0';
  const forms: CamundaForm[] = [];
  const lanes = new Map(pathway.lanes.map((lane) => [lane.id, lane.name]));
  const context = (node: PathwayNode) => ({ lang: pathway.lang, words: wordsFor(pathway.lang), ...(node.lane && lanes.has(node.lane) ? { role: lanes.get(node.lane)! } : {}) });

  const prefixes = prefixesOf(processes, pathway);
  const conditions = conditionTexts(processes);
  for (const process of processes) {
    process.isExecutable = true;
    const prefix = prefixes.get(process) ?? '';
    for (let element of allFlowElements(process)) {
      const node = pathway.nodes[prefix + element.id!] ?? bareNode(element);
      if (WORKER_TASKS.some((type) => element.$type === type)) {
        element = replaceElement(moddle, definitions, element, 'bpmn:UserTask');
      }
      if (is(element, 'bpmn:UserTask')) {
        const formId = `${process.id}_${element.id}`;
        linkForm(moddle, element, formId);
        forms.push(taskForm(formId, node, context(node)));
      } else if (node.role === 'decision') {
        const answers = node.outgoing.map((flowId) => pathway.flows[flowId]!);
        const { task, variable } = insertDecisionTask(moddle, definitions, element, pathway.lang, newId);
        const formId = `${process.id}_${task.id}`;
        linkForm(moddle, task, formId);
        if (readsVariable(conditions, element.id!)) answerAlsoAs(moddle, task, variable, element.id!, node.fields.map((field) => field.key));
        forms.push(decisionForm(formId, node, answers, variable, context(node)));
      } else if (is(element, 'bpmn:SequenceFlow')) {
        feelCondition(element);
      } else if (is(element, 'bpmn:CallActivity')) {
        ensureExtension(moddle, element, 'zeebe:CalledElement', { processId: element.calledElement, propagateAllChildVariables: true });
      }
      if (JOB_ELEMENTS.some((type) => is(element, type)) || throwsMessage(element)) {
        ensureExtension(moddle, element, 'zeebe:TaskDefinition', { type: `polku-${element.id}` });
      }
      if (is(element.loopCharacteristics, 'bpmn:MultiInstanceLoopCharacteristics')) multiInstance(moddle, element.loopCharacteristics as Element);
    }
  }
  for (const message of referencedMessages(processes)) {
    message.name ??= message.id;
    ensureExtension(moddle, message, 'zeebe:Subscription', { correlationKey: CORRELATION_KEY });
  }
  for (const root of many(definitions, 'rootElements').filter((element) => is(element, 'bpmn:Signal') || is(element, 'bpmn:Escalation'))) root.name ??= root.id;

  const { xml: exported } = await moddle.toXML(definitions, { format: true });
  const findings = await lintCamunda8(exported);
  const errors = findings.filter((finding) => finding.severity === 'error');
  if (errors.length > 0) {
    return {
      forms: [],
      warnings: [],
      problems: errors.map((finding) => ({
        ...(finding.elementId ? { elementId: finding.elementId } : {}),
        ...(finding.elementType ? { elementType: finding.elementType } : {}),
        message: `Camunda 8.8 would reject it: ${finding.message}.`,
        rule: finding.rule,
      })),
    };
  }
  return { xml: exported.endsWith('\n') ? exported : `${exported}\n`, forms, problems: [], warnings: findings };
}

/**
 * Where each process's elements sit in the pathway: the main process and pools at the top, a
 * process that only a call activity in this file calls under that call's id
 * (`Call_Local/Task_1`), as Polku inlines it.
 */
function prefixesOf(processes: Element[], pathway: Pathway): Map<Element, string> {
  const prefixes = new Map<Element, string>();
  const pooled = new Set([pathway.id, ...(pathway.pools ?? []).map((pool) => pool.process)]);
  const pending = processes.filter((process) => pooled.has(process.id!));
  for (const process of pending) prefixes.set(process, '');
  while (pending.length > 0) {
    const process = pending.shift()!;
    for (const call of allFlowElements(process).filter((element) => is(element, 'bpmn:CallActivity'))) {
      const called = processes.find((candidate) => candidate.id === call.calledElement);
      if (!called || prefixes.has(called)) continue;
      prefixes.set(called, `${prefixes.get(process)}${call.id}/`);
      pending.push(called);
    }
  }
  return prefixes;
}

/** An element Polku does not walk (a process nothing calls): its name and guidance, nothing else. */
function bareNode(element: Element): PathwayNode {
  const guidance = many(element, 'documentation').map((text) => String(text.text ?? '')).join('\n\n');
  return {
    id: element.id!,
    type: 'task',
    role: 'pass',
    name: element.name ? { und: element.name } : {},
    guidance: guidance ? { und: guidance } : {},
    incoming: [],
    outgoing: [],
    legal: [],
    deadlines: [],
    fields: [],
  };
}

/** Why an element cannot be exported, checked before anything is changed. */
function refusal(element: Element): ExportProblem[] {
  const at = { elementId: element.id!, elementType: element.$type };
  if (is(element.loopCharacteristics, 'bpmn:StandardLoopCharacteristics')) {
    return [{ ...at, message: `${describeElement(element)} has a standard loop, and Camunda 8 runs no standard loops. Model the repetition as a decision that leads back before the activity, or as a multi-instance activity.` }];
  }
  if (many(element, 'eventDefinitions').some((definition) => is(definition, 'bpmn:ConditionalEventDefinition'))) {
    return [{ ...at, message: `${describeElement(element)} waits for a condition; Camunda runs conditional events from 8.9 on, not in 8.8. Replace it with a decision or a message the worker's system sends.` }];
  }
  return [];
}

function linkForm(moddle: ZeebeModdle, task: Element, formId: string): void {
  ensureExtension(moddle, task, 'zeebe:UserTask');
  const form = ensureExtension(moddle, task, 'zeebe:FormDefinition');
  form.formId = formId;
  form.formKey = undefined;
  form.externalReference = undefined;
}

// Polku writes FEEL with or without the leading "=" that marks an expression in Zeebe.
function feelCondition(flow: Element): void {
  const condition = flow.conditionExpression as Element | undefined;
  const body = typeof condition?.body === 'string' ? condition.body.trim() : '';
  if (condition && body && !body.startsWith('=')) condition.body = `=${body}`;
}

/**
 * Zeebe's multi-instance runs once per item of `inputCollection`: Polku's count (a number or a
 * field holding one) becomes the list 1..n, a list field is used as it is.
 */
function multiInstance(moddle: ZeebeModdle, loop: Element): void {
  const expression = (name: string) => {
    const body = (loop[name] as Element | undefined)?.body;
    return typeof body === 'string' && body.trim() ? body.trim().replace(/^=\s*/, '') : undefined;
  };
  const cardinality = expression('loopCardinality');
  if (cardinality !== undefined) {
    ensureExtension(moddle, loop, 'zeebe:LoopCharacteristics', { inputCollection: `=for i in 1..${cardinality} return i` });
    loop.loopCardinality = undefined;
  }
  const completion = loop.completionCondition as Element | undefined;
  const body = expression('completionCondition');
  // Polku reads the counts by their Camunda 7 names; Zeebe spells them out.
  if (completion && body) completion.body = `=${body.replace(/\bnrOf(Instances|ActiveInstances|CompletedInstances)\b/g, 'numberOf$1')}`;
  // A Camunda 7 collection or a Zeebe one already written stays as it is.
  const collection = loop.$attrs['camunda:collection'];
  if (collection !== undefined && extensionsOf(loop, 'zeebe:LoopCharacteristics').length === 0) {
    ensureExtension(moddle, loop, 'zeebe:LoopCharacteristics', { inputCollection: `=${collection.trim().replace(/^\$\{\s*|\s*\}$/g, '')}` });
  }
}

/** Every FEEL text of the model that could read a variable: flow conditions and completion conditions. */
function conditionTexts(processes: Element[]): string[] {
  return processes.flatMap(allFlowElements).flatMap((element) => {
    const loop = element.loopCharacteristics as Element | undefined;
    return [element.conditionExpression, loop?.completionCondition].map((expression) => (expression as Element | undefined)?.body).filter((body): body is string => typeof body === 'string');
  });
}

function readsVariable(texts: string[], name: string): boolean {
  if (!/^[A-Za-z_]\w*$/.test(name)) return false;
  const pattern = new RegExp(`(?<![\\w.])${name}(?!\\w)`);
  return texts.some((text) => pattern.test(text));
}

/**
 * Polku's conditions may read a decision's answer by the gateway's id; the exported form writes
 * it to `answer_<GatewayId>`, so an output mapping copies it under the gateway's id too. With
 * output mappings Zeebe propagates only what they name, so the answer and the form's fields are
 * mapped to themselves as well.
 */
function answerAlsoAs(moddle: ZeebeModdle, task: Element, variable: string, alias: string, fields: string[]): void {
  const mapping = ensureExtension(moddle, task, 'zeebe:IoMapping');
  const outputs = mapping.get('outputParameters') as Element[];
  for (const [source, target] of [[variable, variable], [variable, alias], ...fields.map((key) => [key, key])] as const) {
    const output = moddle.create('zeebe:Output', { source: `=${source}`, target });
    output.$parent = mapping;
    outputs.push(output);
  }
}

function throwsMessage(element: Element): boolean {
  return is(element, 'bpmn:ThrowEvent') && many(element, 'eventDefinitions').some((definition) => is(definition, 'bpmn:MessageEventDefinition'));
}

// Messages a catch event or receive task waits for (start events of a process need no key).
function referencedMessages(processes: Element[]): Element[] {
  const messages = new Set<Element>();
  for (const element of processes.flatMap(allFlowElements)) {
    if (is(element, 'bpmn:ReceiveTask') && element.messageRef) messages.add(element.messageRef as Element);
    if (!is(element, 'bpmn:CatchEvent') || (is(element, 'bpmn:StartEvent') && is(element.$parent, 'bpmn:Process'))) continue;
    for (const definition of many(element, 'eventDefinitions')) {
      if (is(definition, 'bpmn:MessageEventDefinition') && definition.messageRef) messages.add(definition.messageRef as Element);
    }
  }
  return [...messages];
}
