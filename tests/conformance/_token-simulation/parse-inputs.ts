/** One input of a simulator test (README "How a test drives a model", table "Inputs"). */
export type SimulatorInput =
  /** Gateway `gateway` sends tokens down `flows` (one for an exclusive gateway), from now on. */
  | { kind: 'choose'; gateway: string; flows: string[] }
  /** A token that reaches task `element` waits there until `element` is fired. */
  | { kind: 'hold'; element: string }
  /** Deliver what `element` waits for; `scope` narrows it to the first live scope of an element, or to the first instance. */
  | { kind: 'fire'; element: string; scope?: string }
  /** Send message flow `messageFlow` from outside. */
  | { kind: 'send'; messageFlow: string }
  /** Compare what happened since the previous check with `traces/Simulator.<trace>.json`. */
  | { kind: 'check'; trace: string }
  /** The instance the first `fire` started has ended (no trace file). */
  | { kind: 'check-ended' };

const ID = String.raw`[\w.-]+`;
const PATTERNS: [RegExp, (match: RegExpExecArray) => SimulatorInput][] = [
  [new RegExp(`^choose (${ID}) → (${ID}(?:, ${ID})*)$`), (m) => ({ kind: 'choose', gateway: m[1]!, flows: m[2]!.split(', ') })],
  [new RegExp(`^hold (${ID})$`), (m) => ({ kind: 'hold', element: m[1]! })],
  [new RegExp(`^fire (${ID})(?: in (${ID}))?$`), (m) => (m[2] ? { kind: 'fire', element: m[1]!, scope: m[2] } : { kind: 'fire', element: m[1]! })],
  [new RegExp(`^send (${ID})$`), (m) => ({ kind: 'send', messageFlow: m[1]! })],
  [/^check ended$/, () => ({ kind: 'check-ended' })],
  [new RegExp(`^check (${ID})$`), (m) => ({ kind: 'check', trace: m[1]! })],
];

/**
 * Reads a row's inputs, written as in the README (`choose G_A → Flow_2; fire START; check simple`).
 * Throws on anything else, so a transcription slip cannot pass as an input the harness skips.
 */
export function parseInputs(notation: string): SimulatorInput[] {
  return notation.split('; ').map((part) => {
    for (const [pattern, read] of PATTERNS) {
      const match = pattern.exec(part);
      if (match) return read(match);
    }
    throw new Error(`Not an input of the simulator test notation: "${part}" (in "${notation}")`);
  });
}
