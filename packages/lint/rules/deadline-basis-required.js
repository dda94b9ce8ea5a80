import { is, ownerWithId } from '../lib/_internal/moddle.js';

/** @import { ModdleElement, Reporter, RuleDefinition } from '../lib/_internal/rule-types.js' */

// ISO 8601 durations as @polku/core accepts them: P7D, P3M, P2W, PT48H, P1Y2M10DT2H.
const DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/;
const COUNTINGS = ['working-days', 'calendar'];

/**
 * Every `polku:deadline` says which section of law sets it (`basis`), how long it is (an
 * ISO 8601 `duration`) and how it is counted (`counting`: `working-days` or `calendar`).
 * A deadline shown to a worker without its legal basis cannot be checked or trusted.
 *
 * @returns {RuleDefinition}
 */
function deadlineBasisRequired() {
  return { check };
}

/**
 * @param {ModdleElement} node
 * @param {Reporter} reporter
 */
function check(node, reporter) {
  if (!is(node, 'polku:Deadline')) return;
  const owner = ownerWithId(node);
  const label = typeof node.name === 'string' && node.name.trim() ? `Deadline "${node.name.trim()}"` : 'Deadline';
  const basis = typeof node.basis === 'string' ? node.basis.trim() : '';
  if (!basis) {
    reporter.report(owner?.id, `${label} has no legal basis; set basis to the section that sets it (basis="LSL 26 § 5 mom.").`);
  }
  const duration = typeof node.duration === 'string' ? node.duration.trim() : '';
  if (!duration) {
    reporter.report(owner?.id, `${label} has no duration; set an ISO 8601 duration such as duration="P7D".`);
  } else if (!DURATION.test(duration)) {
    reporter.report(owner?.id, `${label} has duration "${duration}", which is not an ISO 8601 duration; write it like P7D, P3M or PT48H.`);
  }
  // bpmn-moddle returns the descriptor's default ("calendar") when the attribute is absent.
  const counting = node.counting;
  if (typeof counting !== 'string' || !COUNTINGS.includes(counting)) {
    reporter.report(owner?.id, `${label} has counting "${String(counting)}"; use "working-days" or "calendar".`);
  }
}

export { deadlineBasisRequired as default, deadlineBasisRequired as 'module.exports' };
