import type { Pathway, PathwayNode, Texts, Walkthrough } from '@polku/core';
import type { PickedText } from '../_internal/pick-text.js';
import { stageTitle } from '../_internal/stage-title.js';
import type { UiLang, UiStrings } from '../_internal/strings.js';
import type { DiagramStrings } from './diagram-strings.js';
import type { ElementState } from './element-states.js';

/** What the render helpers need of `<polku-diagram>` for one render. */
export interface DiagramView {
  pathway: Pathway;
  /** The walkthrough the diagram follows, if any. */
  walk: Walkthrough | undefined;
  /** Element states of that walkthrough, empty when it follows none. */
  states: ReadonlyMap<string, ElementState>;
  s: UiStrings;
  d: DiagramStrings;
  lang: UiLang;
  /** "Today" for the days left of an active step's deadlines, read once per render. */
  now: Date;
  /** A model text in the interface language, or the fallback marked with its language. */
  text(texts: Texts | undefined): PickedText | undefined;
}

/** The name a stage goes by in the list and the panel: as the guide heads it, an unnamed end in the interface's words. */
export function stageName(node: PathwayNode, view: DiagramView): { prefix: string | undefined; name: PickedText } {
  if (node.role === 'end' && !view.text(node.name)) return { prefix: undefined, name: { text: view.s.endFallback, lang: undefined } };
  const { prefix, name } = stageTitle(node, view);
  return { prefix, name };
}
