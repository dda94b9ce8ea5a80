import type { Walkthrough } from '@polku/core';
import type { GuideView } from './guide-view.js';
import { endName } from './render-end.js';
import { scopeNames } from './render-scope-path.js';
import { stageTitle } from './stage-title.js';

/**
 * The live-region announcement after a step: the stage number and the headings of what is
 * open now, each with the sub-processes around it, or the end reached.
 */
export function describeStage(walk: Walkthrough, view: Pick<GuideView, 's' | 'text' | 'walk'>): string {
  const { s } = view;
  if (walk.done) return s.announceEnd(endName(walk, view).text);
  const names = walk.active
    .map((id) => walk.pathway.nodes[id])
    .filter((node) => node !== undefined)
    .map((node) => {
      const scopes = scopeNames(node, view).map((name) => name.text);
      return `${stageTitle(node, view).text}${scopes.length > 0 ? ` (${s.announceScope(scopes.join(' › '))})` : ''}`;
    })
    .join(', ');
  return s.announceStage(walk.progress.taken + 1, names);
}
