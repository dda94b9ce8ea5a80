/**
 * Events of Polku's elements. Each is a class, namespaced `polku-`, bubbling and composed
 * (it leaves the shadow root), and typed in `GlobalEventHandlersEventMap`, so
 * `guide.addEventListener('polku-step', (event) => event.elementId)` type-checks.
 */
import type { Pathway } from '@polku/core';

/**
 * What the worker did: marked a task done, answered a decision, confirmed that a timer ran
 * out or a message or signal came (`trigger`), took a step back, or started over.
 */
export type PolkuStepKind = 'complete' | 'choose' | 'trigger' | 'back' | 'restart';

/**
 * Fired after the worker moves the walkthrough: on user action only, never when a model loads.
 * `elementId` is the task or decision acted on; for `trigger` the catch event, receive task,
 * boundary event or pool start event confirmed; for `back` the step taken back, for `restart`
 * the start event. For `choose`, `flowIds` are the chosen answers (one for an exclusive
 * decision, one or more for an inclusive one) and `flowId` the answer of an exclusive decision.
 */
export class PolkuStepEvent extends Event {
  readonly elementId: string;
  readonly kind: PolkuStepKind;
  /** The answer of an exclusive decision; undefined for an inclusive one (see `flowIds`). */
  readonly flowId: string | undefined;
  /** Every answer chosen, in model order; empty unless `kind` is `choose`. */
  readonly flowIds: readonly string[];

  constructor(elementId: string, kind: PolkuStepKind, flow?: string | readonly string[]) {
    super('polku-step', { bubbles: true, composed: true });
    this.elementId = elementId;
    this.kind = kind;
    this.flowId = typeof flow === 'string' ? flow : undefined;
    this.flowIds = flow === undefined ? [] : typeof flow === 'string' ? [flow] : [...flow];
  }
}

/** Fired when a pathway is loaded and its first stage is shown. */
export class PolkuLoadEvent extends Event {
  readonly pathway: Pathway;

  constructor(pathway: Pathway) {
    super('polku-load', { bubbles: true, composed: true });
    this.pathway = pathway;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'polku-step': PolkuStepEvent;
    'polku-load': PolkuLoadEvent;
  }
}
