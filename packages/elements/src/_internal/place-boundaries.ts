import type { AvailableTrigger, Pathway } from '@polku/core';
import { isPoolStart } from './pool-of.js';

/** Boundary events of one host (a step, a sub-process around it, or `''`: the whole process). */
export interface BoundaryGroup {
  hostId: string;
  triggers: AvailableTrigger[];
}

/**
 * Decides on which card each available trigger that is not a stage of its own is shown:
 * boundary events, and anything else that waits beside the active stages (the start event of
 * an event sub-process works like a boundary event of the scope around it). A trigger goes on
 * the one active card it belongs to (attached to that element, or to a sub-process around
 * it), or, when several active cards share its host, once for all of them under the key `''`.
 * Waiting stages and the alternatives of an event-based gateway are shown by their own cards,
 * and the start events of pools waiting to start by the stage (`renderPoolStarts`).
 */
export function placeBoundaries(pathway: Pathway, active: readonly string[], triggers: readonly AvailableTrigger[]): Map<string, BoundaryGroup[]> {
  const placed = new Map<string, BoundaryGroup[]>();
  const nodes = pathway.nodes;
  const ownStage = new Set(active);
  for (const id of active) {
    if (nodes[id]?.type === 'eventBasedGateway') for (const flowId of nodes[id].outgoing) ownStage.add(pathway.flows[flowId]?.target ?? '');
  }
  for (const trigger of triggers) {
    const node = nodes[trigger.elementId];
    if (!node || ownStage.has(node.id) || isPoolStart(pathway, node.id)) continue;
    const parent = node.parent ? nodes[node.parent] : undefined;
    // Read structurally: event sub-processes are newer than this element's first pathways.
    const inEventSubProcess = parent !== undefined && 'eventSubProcess' in parent && parent.eventSubProcess === true;
    const hostId = node.attachedTo ?? (inEventSubProcess ? parent.parent : node.parent) ?? '';
    const owners = active.filter((id) => {
      if (hostId === '') return true;
      for (let current: string | undefined = id; current; current = nodes[current]?.parent) if (current === hostId) return true;
      return false;
    });
    const key = owners.length === 1 ? owners[0]! : '';
    const groups = placed.get(key) ?? [];
    const group = groups.find((candidate) => candidate.hostId === hostId);
    if (group) group.triggers.push(trigger);
    else groups.push({ hostId, triggers: [trigger] });
    placed.set(key, groups);
  }
  return placed;
}
