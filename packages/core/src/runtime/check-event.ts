import { WalkthroughError } from '../errors/walkthrough-error.js';
import type { Pathway, PathwayNode } from '../ir/types.js';
import { activeElements, waitingSides } from './next-step.js';
import type { StepEvent, WalkthroughSnapshot } from './types.js';

/** A trigger the worker can confirm now: its element and what kind of event it waits for. */
export interface AvailableTrigger {
  elementId: string;
  kind: 'timer' | 'message' | 'signal';
  /** For a timer: when it is due (ISO 8601), if it started with a known time. */
  due?: string;
}

/**
 * The triggers that can fire now: catch events and receive tasks that are active, the
 * alternatives of an active event-based gateway, and the boundary events of every active
 * activity and of the sub-processes around it. Conditional events fire by themselves.
 */
export function availableTriggers(pathway: Pathway, snapshot: WalkthroughSnapshot): AvailableTrigger[] {
  const found = new Map<string, AvailableTrigger>();
  const add = (node: PathwayNode | undefined) => {
    const kind = node?.trigger?.kind;
    if (!node || !kind || kind === 'conditional' || found.has(node.id)) return;
    const due = snapshot.context.timers[node.id]?.due;
    found.set(node.id, due ? { elementId: node.id, kind, due } : { elementId: node.id, kind });
  };
  const waiting = new Set(waitingSides(snapshot));
  // A non-interrupting boundary event's side path runs once at a time: it can fire again when it is back waiting.
  const boundariesOf = (hostId: string) =>
    Object.values(pathway.nodes).filter((node) => node.attachedTo === hostId && (node.interrupting !== false || waiting.has(node.id)));
  for (const id of activeElements(snapshot, pathway)) {
    const node = pathway.nodes[id]!;
    if (node.type === 'eventBasedGateway') for (const flowId of node.outgoing) add(pathway.nodes[pathway.flows[flowId]!.target]);
    else if (node.role === 'wait') add(node);
    for (let host: string | undefined = id; host; host = pathway.nodes[host]?.parent) boundariesOf(host).forEach(add);
  }
  // Event sub-processes waiting for their start event's trigger.
  for (const id of waiting) {
    const node = pathway.nodes[id];
    if (node?.eventSubProcess && node.start) add(pathway.nodes[node.start]);
    // A pool waiting for the message (or signal) that starts its process.
    const pool = pathway.pools?.find((candidate) => candidate.process === id);
    if (pool) add(pathway.nodes[pool.start]);
  }
  return [...found.values()];
}

/**
 * Checks that `event` fits the walkthrough now, or throws a {@link WalkthroughError}: the step
 * or decision is not active (`step-not-active`), the answer is not one of the decision's
 * (`unknown-answer`), a required field is empty (`field-required`), nothing waits for the
 * trigger (`trigger-not-available`), or a timer is confirmed before it is due (`timer-not-due`).
 */
export function checkEvent(pathway: Pathway, snapshot: WalkthroughSnapshot, event: StepEvent): void {
  const active = activeElements(snapshot, pathway);
  const activeList = active.join(', ') || 'none';
  if (event.type === 'polku.complete') {
    const node = pathway.nodes[event.elementId];
    if (!node || node.role !== 'step' || !active.includes(event.elementId)) {
      throw new WalkthroughError('step-not-active', `"${event.elementId}" is not an active step of this walkthrough; active now: ${activeList}.`, { elementId: event.elementId });
    }
    const missing = node.fields.filter((field) => field.required && (event.values?.[field.key] ?? null) === null);
    if (missing.length > 0) {
      throw new WalkthroughError('field-required', `"${event.elementId}" needs a value for ${missing.map((field) => field.key).join(', ')} before it is done.`, { elementId: event.elementId });
    }
    return;
  }
  if (event.type === 'polku.choose') {
    const node = pathway.nodes[event.gatewayId];
    if (!node || node.role !== 'decision' || node.type !== 'exclusiveGateway' || !active.includes(event.gatewayId)) {
      throw new WalkthroughError('step-not-active', `"${event.gatewayId}" is not an open decision of this walkthrough; active now: ${activeList}.`, { elementId: event.gatewayId });
    }
    if (!node.outgoing.includes(event.flowId)) {
      throw new WalkthroughError('unknown-answer', `"${event.flowId}" is not an answer of the decision "${event.gatewayId}"; its answers are ${node.outgoing.join(', ')}.`, { elementId: event.gatewayId });
    }
    return;
  }
  if (event.type === 'polku.include') {
    const node = pathway.nodes[event.gatewayId];
    if (!node || node.role !== 'decision' || node.type !== 'inclusiveGateway' || !active.includes(event.gatewayId)) {
      throw new WalkthroughError('step-not-active', `"${event.gatewayId}" is not an open inclusive decision of this walkthrough; active now: ${activeList}.`, { elementId: event.gatewayId });
    }
    const unknown = event.flows.filter((flowId) => !node.outgoing.includes(flowId));
    if (event.flows.length === 0 || unknown.length > 0 || new Set(event.flows).size !== event.flows.length) {
      throw new WalkthroughError('unknown-answer', `An inclusive decision takes one or more of its own answers, each once (${node.outgoing.join(', ')}); got ${event.flows.join(', ') || 'none'}.`, { elementId: event.gatewayId });
    }
    return;
  }
  const kind = event.type.slice('polku.'.length);
  const trigger = availableTriggers(pathway, snapshot).find((candidate) => candidate.elementId === event.elementId && candidate.kind === kind);
  if (!trigger) {
    throw new WalkthroughError('trigger-not-available', `Nothing waits for a ${kind} at "${event.elementId}" now; active now: ${activeList}.`, { elementId: event.elementId });
  }
  if (trigger.due && event.at && event.at < trigger.due) {
    throw new WalkthroughError('timer-not-due', `The timer "${event.elementId}" is due at ${trigger.due}, not yet at ${event.at}.`, { elementId: event.elementId });
  }
}
