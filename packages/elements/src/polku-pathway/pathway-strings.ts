/**
 * The words `<polku-pathway>` itself says, in Finnish, Swedish and English. The components
 * inside it speak for themselves; the errors of a model that cannot be loaded come from
 * `_internal/strings.ts`, in the same words as `<polku-guide>`.
 */
import type { UiLang } from '../_internal/strings.js';

/** Every string of the pathway view that its components do not have. */
export interface PathwayStrings {
  /** The name of the whole view, before the pathway's own name is known. */
  label: string;
  loading: string;
  /** The diagram's show/hide button (a disclosure: the name stays, `aria-expanded` says the state). */
  diagram: string;
  /** The region of saved walkthroughs and the timeline. */
  panel: string;
}

const fi: PathwayStrings = {
  label: 'Polku',
  loading: 'Ladataan polkua…',
  diagram: 'Kaavio',
  panel: 'Läpikäynnit ja aikajana',
};

const sv: PathwayStrings = {
  label: 'Stig',
  loading: 'Stigen läses in…',
  diagram: 'Diagram',
  panel: 'Genomgångar och tidslinje',
};

const en: PathwayStrings = {
  label: 'Pathway',
  loading: 'Loading the pathway…',
  diagram: 'Diagram',
  panel: 'Walkthroughs and timeline',
};

export const pathwayStrings: Readonly<Record<UiLang, PathwayStrings>> = { fi, sv, en };
