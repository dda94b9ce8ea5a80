import type { AvailableTrigger, PathwayNode, Texts, Walkthrough } from '@polku/core';
import type { PickedText } from './pick-text.js';
import type { UiLang, UiStrings } from './strings.js';

/** A step whose required fields the worker left empty, or an inclusive decision continued with nothing ticked (`keys` empty). */
export interface Invalid {
  elementId: string;
  keys: string[];
}

/** Why the last action on an element was not taken, in the interface language. */
export interface StepProblem {
  elementId: string;
  message: string;
}

/**
 * What the render helpers need of `<polku-guide>` for one render: the walkthrough, the words,
 * "now" from its clock (read once, so one render never mixes two moments), and the actions.
 */
export interface GuideView {
  walk: Walkthrough;
  s: UiStrings;
  lang: UiLang;
  now: Date;
  /** The walkthrough's triggers, read once per render. */
  triggers: AvailableTrigger[];
  invalid: Invalid | undefined;
  problem: StepProblem | undefined;
  /** A model text in the interface language, or the fallback marked with its language. */
  text(texts: Texts | undefined): PickedText | undefined;
  onSubmit(event: SubmitEvent, node: PathwayNode): void;
  onChoose(node: PathwayNode, flowId: string): void;
  /** Submits the ticked answers of an inclusive decision. */
  onInclude(event: SubmitEvent, node: PathwayNode): void;
  onTrigger(elementId: string): void;
}
