import type { ModelIndex } from './index-model.js';

/** The flow nodes one trace file enters and leaves, scope labels and connections dropped. */
export interface TraceReading {
  /**
   * Flow nodes in the order tokens reached them: every `enter`, and every `signal` of an
   * element that starts from an event rather than a token (a start, boundary or event-gateway
   * catch event, a link catch event, an event sub-process). A `signal` that resumes a token
   * which arrived by `enter` (a waiting catch event, a held task) is not a second entry.
   */
  entered: string[];
  /** Flow nodes in the order they finished (`exit`), including activities a boundary event interrupted. */
  left: string[];
  /** The part of `left` that an interrupting boundary event cut short, not a normal completion. */
  interrupted: string[];
}

/**
 * Reads the trace files of one test in order. State carries over from one check to the next:
 * a task held in `simple-0` resumes in `simple-1` with a `signal` that is not an entry.
 *
 * Scope labels only tell whether a `signal`, `exit` or `destroyScope` belongs to a token that
 * arrived by `enter`: an element's own label first appears in one of those lines, never in its
 * `enter` (README, "Trace format"), so the reader counts per element the tokens that entered and
 * are not yet matched to a label.
 */
export function readTraces(traces: readonly (readonly string[])[], model: ModelIndex): TraceReading[] {
  const unmatched = new Map<string, number>();
  const labelled = new Set<string>();
  const interrupting = new Set<string>();
  const match = (element: string, label: string): boolean => {
    const key = `${element}\0${label}`;
    if (labelled.has(key)) return true;
    labelled.add(key);
    const waiting = unmatched.get(element) ?? 0;
    if (waiting === 0) return false;
    unmatched.set(element, waiting - 1);
    return true;
  };
  return traces.map((trace) => {
    const reading: TraceReading = { entered: [], left: [], interrupted: [] };
    for (const line of trace) {
      const [action, element, label] = line.split(':') as [string, string, string];
      const node = model.flowNodes.get(element);
      if (!node) continue; // a sequence flow, message flow, process or participant
      switch (action) {
        case 'enter':
          reading.entered.push(element);
          unmatched.set(element, (unmatched.get(element) ?? 0) + 1);
          break;
        case 'signal':
          if (!match(element, label)) reading.entered.push(element);
          // README: an interrupting boundary event's signal is followed by its host's exit.
          if (node.attachedTo && node.interrupting) interrupting.add(node.attachedTo);
          break;
        case 'exit':
          match(element, label);
          reading.left.push(element);
          if (interrupting.delete(element)) reading.interrupted.push(element);
          break;
        case 'destroyScope':
          match(element, label);
          break;
        case 'createScope':
          break;
        default:
          throw new Error(`Unknown trace action "${action}" in "${line}"`);
      }
    }
    return reading;
  });
}
