import { WalkthroughError } from '../errors/walkthrough-error.js';
import { isPolkuError } from '../errors/polku-error.js';
import type { Pathway } from '../ir/types.js';
import { activeElements, initialSnapshot, nextStep, restoreSnapshot, type StepOptions } from './next-step.js';
import { eventElement, type StepEvent, type WalkthroughSnapshot } from './types.js';

/** The step of a saved walkthrough that the changed pathway could not take, and why. */
export interface RefusedStep {
  /** Its place in the saved step log, from 0. */
  index: number;
  event: StepEvent;
  /** The runtime's error code: `step-not-active`, `unknown-answer`, `field-required`, `no-flow-taken`, … */
  code: string;
  /** The runtime's message, in English. */
  message: string;
}

/**
 * What became of a saved walkthrough against the pathway as it is now (see {@link migrateSnapshot}).
 *
 * - `current`: saved with this very pathway; `snapshot` is the saved one, rebuilt from its steps.
 * - `migrated`: the pathway changed, but everything the walkthrough used is still there and its
 *   steps replay on the new pathway; `snapshot` is the walkthrough on the new pathway, `saved`
 *   the one it came from.
 * - `stale`: the pathway changed so that the walkthrough cannot go on as it was. `saved` stays
 *   readable as it is (trace, answers, values); `gone` names the elements and answers it used
 *   that the pathway no longer has, `refused` the first step the new pathway would not take.
 *   `kept` is a walkthrough on the new pathway from the first `keptSteps` saved steps, should
 *   the worker choose to go on from there as a new walkthrough.
 */
export type SnapshotMigration =
  | { status: 'current'; snapshot: WalkthroughSnapshot }
  | { status: 'migrated'; snapshot: WalkthroughSnapshot; saved: WalkthroughSnapshot }
  | { status: 'stale'; saved: WalkthroughSnapshot; gone: string[]; refused: RefusedStep | undefined; kept: WalkthroughSnapshot; keptSteps: number };

/**
 * Brings a saved walkthrough to the pathway as it is now, without guessing. The same content
 * hash gives `current`. A different hash gives `migrated` when every element still waiting for
 * the worker and every element and answer in the step log still exists, and the whole log
 * replays on the new pathway, step by step, with the times it was taken; otherwise `stale`,
 * which says what is gone. Nothing is written anywhere: the caller decides whether to save the
 * migrated snapshot, and a stale one is left as it was.
 *
 * Throws a {@link WalkthroughError} when `saved` is not a saved walkthrough (`snapshot-invalid`)
 * or belongs to another pathway (`snapshot-model-mismatch`): those are not changes of a model.
 *
 * @example
 * const result = migrateSnapshot(pathway, record.snapshot);
 * if (result.status === 'stale') showReadOnly(result.saved, result.gone);
 * else guide.snapshot = result.snapshot;
 */
export function migrateSnapshot(pathway: Pathway, saved: WalkthroughSnapshot, options: StepOptions = {}): SnapshotMigration {
  if (saved?.format !== 'polku-walkthrough' || saved.version !== 1 || !Array.isArray(saved.events) || typeof saved.context !== 'object' || saved.context === null) {
    throw new WalkthroughError('snapshot-invalid', 'This is not a saved Polku walkthrough (format polku-walkthrough, version 1).');
  }
  if (saved.pathwayId !== pathway.id) {
    throw new WalkthroughError('snapshot-model-mismatch', `The walkthrough belongs to pathway "${saved.pathwayId}", not "${pathway.id}".`);
  }
  if (saved.pathwayHash === pathway.hash) return { status: 'current', snapshot: restoreSnapshot(pathway, saved, options) };

  const stepOptions = saved.context.startedAt && !options.startedAt ? { ...options, startedAt: saved.context.startedAt } : options;
  const gone = goneElements(pathway, saved);
  // Replay step by step, so a refusal names its step and the steps before it are kept.
  let snapshot = initialSnapshot(pathway, stepOptions);
  let keptSteps = 0;
  let refused: RefusedStep | undefined;
  for (const [index, event] of saved.events.entries()) {
    if (referencedBy(event).some((id) => gone.includes(id))) break;
    try {
      snapshot = nextStep(pathway, snapshot, event, stepOptions);
      keptSteps = index + 1;
    } catch (error) {
      if (!isPolkuError(error) || error.code === 'evaluator-missing') throw error;
      refused = { index, event, code: error.code, message: error.message.split('\n')[0]! };
      break;
    }
  }
  if (gone.length === 0 && !refused) return { status: 'migrated', snapshot, saved };
  return { status: 'stale', saved, gone, refused, kept: snapshot, keptSteps };
}

/**
 * The ids a saved walkthrough relies on that `pathway` no longer has: the elements waiting for
 * the worker, then each step's element and chosen answers, in the order the steps were taken.
 * An answer that still exists but now leaves another decision counts as gone too.
 */
function goneElements(pathway: Pathway, saved: WalkthroughSnapshot): string[] {
  const gone = new Set<string>();
  for (const id of activeElements(saved)) if (!pathway.nodes[id]) gone.add(id);
  for (const event of saved.events) {
    const [elementId, ...flowIds] = referencedBy(event);
    const node = pathway.nodes[elementId!];
    if (!node) gone.add(elementId!);
    for (const flowId of flowIds) if (!pathway.flows[flowId] || (node && !node.outgoing.includes(flowId))) gone.add(flowId);
  }
  return [...gone];
}

/** The element a step acts on, then the answers it chose. */
function referencedBy(event: StepEvent): string[] {
  if (event.type === 'polku.choose') return [event.gatewayId, event.flowId];
  if (event.type === 'polku.include') return [event.gatewayId, ...event.flows];
  return [eventElement(event)];
}
