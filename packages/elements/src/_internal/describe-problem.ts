import type { AvailableTrigger, PolkuError } from '@polku/core';
import { formatDate } from './format-date.js';
import type { GuideView } from './guide-view.js';
import { helsinkiDate } from './helsinki-date.js';

/**
 * Says, in the interface language, why an action was not taken, for the errors a worker can
 * meet in a correct page: recorded values that no flow of a gateway accepts (`no-flow-taken`)
 * and a timer confirmed before it is due (`timer-not-due`). Undefined for the others, which
 * are the page's or the model's problem and only logged.
 */
export function describeProblem(error: PolkuError, view: Pick<GuideView, 'walk' | 's' | 'lang' | 'text'>, triggers: readonly AvailableTrigger[]): string | undefined {
  const elementId = error.location.elementId;
  if (error.code === 'no-flow-taken') {
    const gateway = elementId ? view.walk.pathway.nodes[elementId] : undefined;
    return view.s.noFlowTaken(view.text(gateway?.name)?.text ?? elementId ?? '?');
  }
  if (error.code === 'timer-not-due') {
    const due = triggers.find((trigger) => trigger.elementId === elementId)?.due;
    const day = due ? helsinkiDate(due) : undefined;
    return view.s.timerNotDue(day ? formatDate(day, view.lang) : '?');
  }
  return undefined;
}
