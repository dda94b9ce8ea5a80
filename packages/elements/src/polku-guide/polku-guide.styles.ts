import { css } from 'lit';
import { eventStyles } from '../_internal/event-styles.js';
import { factsStyles } from '../_internal/facts-styles.js';
import { cardMetaStyles } from '../_internal/card-meta-styles.js';
import { formStyles } from '../_internal/form-styles.js';
import { themeStyles } from '../_internal/theme-styles.js';

/**
 * Styles of `<polku-guide>`. Global `--polku-*` tokens theme it from the page; the local,
 * unprefixed properties on `:host` are what the rules read. Every text colour pair here is
 * at least 4.5:1, and control borders at least 3:1, on the default surfaces.
 */
const guideStyles = css`
  .guide {
    display: grid;
    /* minmax(0, …): long words and addresses wrap instead of widening the guide past a 320 px screen. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--space);
    overflow-wrap: break-word;
  }

  /* Header: title, about, progress */
  .header {
    display: grid;
    gap: calc(var(--space) * 0.5);
    padding: var(--space) calc(var(--space) * 1.25);
    background: var(--surface-muted);
    border-radius: var(--radius);
  }

  .title {
    margin: 0;
    font-size: 1.375rem;
    line-height: 1.25;
  }

  .about summary {
    cursor: pointer;
    color: var(--accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    width: fit-content;
  }

  .about .guidance {
    margin-top: calc(var(--space) * 0.5);
  }

  .progress {
    display: grid;
    gap: 0.375rem;
  }

  .progress-text {
    margin: 0;
    color: var(--muted);
    font-size: 0.9375rem;
  }

  progress {
    appearance: none;
    width: 100%;
    height: 0.5rem;
    border: 0;
    border-radius: 999px;
    background: var(--border);
    overflow: hidden;
  }

  progress::-webkit-progress-bar {
    background: var(--border);
    border-radius: 999px;
  }

  progress::-webkit-progress-value {
    background: var(--accent);
    border-radius: 999px;
  }

  progress::-moz-progress-bar {
    background: var(--accent);
    border-radius: 999px;
  }

  /* Buttons */
  button {
    font: inherit;
    line-height: 1.25;
    min-height: 2.75rem;
    padding: 0.625rem 1.125rem;
    border-radius: var(--radius);
    cursor: pointer;
  }

  button.primary {
    color: #ffffff;
    background: var(--accent);
    border: 2px solid var(--accent);
    font-weight: 600;
  }

  button.primary:hover {
    background: var(--accent-strong);
    border-color: var(--accent-strong);
  }

  .back {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    padding-inline: 0.5rem;
    color: var(--accent);
    background: transparent;
    border: 2px solid transparent;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .back .arrow {
    display: inline-block;
    text-decoration: none;
  }

  .back:hover:not(:disabled) {
    color: var(--accent-strong);
    text-decoration-thickness: 2px;
  }

  .back:disabled {
    color: var(--muted);
    text-decoration: none;
    cursor: default;
  }

  .toolbar {
    margin-block: calc(var(--space) * -0.5);
  }

  :focus-visible {
    outline: 3px solid var(--focus);
    outline-offset: 2px;
  }

  [tabindex='-1']:focus {
    outline: none;
  }

  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--focus);
    outline-offset: 4px;
    border-radius: 2px;
  }

  /* Stage and cards */
  .stage {
    display: grid;
    gap: var(--space);
  }

  .cards {
    display: grid;
    gap: var(--space);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .group-heading {
    margin: 0;
    font-size: 1.125rem;
    line-height: 1.3;
  }

  .card {
    display: grid;
    gap: calc(var(--space) * 0.75);
    padding: calc(var(--space) * 1.25) calc(var(--space) * 1.5);
    background: var(--surface);
    border: 1px solid var(--border);
    border-left: 4px solid var(--accent);
    border-radius: var(--radius);
  }

  .card.decision {
    border-left-color: var(--accent-strong);
  }

  .card.end {
    border-left-color: var(--muted);
  }

  .card-heading {
    margin: 0;
    font-size: 1.25rem;
    line-height: 1.3;
  }

  h4.card-heading {
    font-size: 1.125rem;
  }

  .guidance > :first-child {
    margin-top: 0;
  }

  .guidance > :last-child {
    margin-bottom: 0;
  }

  .guidance :is(h4, h5, h6) {
    margin: 1em 0 0.25em;
    font-size: 1rem;
  }

  .guidance :is(ul, ol) {
    padding-left: 1.5rem;
  }

  .guidance li + li {
    margin-top: 0.25rem;
  }

  .guidance blockquote {
    margin: 0;
    padding-left: var(--space);
    border-left: 3px solid var(--border);
    color: var(--muted);
  }

  a {
    color: var(--accent);
    text-underline-offset: 0.15em;
  }

  a:hover {
    color: var(--accent-strong);
    text-decoration-thickness: 2px;
  }

  /* Loading and errors */
  .loading {
    margin: 0;
    color: var(--muted);
  }

  .error {
    display: grid;
    gap: calc(var(--space) * 0.5);
    padding: var(--space) calc(var(--space) * 1.25);
    background: var(--surface);
    border: 1px solid var(--border);
    border-left: 4px solid var(--danger);
    border-radius: var(--radius);
  }

  .error p {
    margin: 0;
  }

  .diagnostics {
    margin: 0;
    padding-left: 1.25rem;
  }

  .diagnostics li + li {
    margin-top: 0.375rem;
  }

  .where {
    color: var(--muted);
    white-space: nowrap;
  }

  .end-text {
    margin: 0;
  }
`;

/** Narrow containers and forced colours; last, so they win over the rules they adapt. */
const adaptiveStyles = css`
  /* Narrow containers: phones, sidebars */
  @container (max-width: 32rem) {
    .header {
      padding: calc(var(--space) * 0.75) var(--space);
    }

    .card {
      padding: var(--space);
    }

    .pool-starts {
      padding-inline: var(--space);
    }

    .fact {
      grid-template-columns: 1fr;
      gap: 0.125rem;
    }

    .actions button,
    .answers,
    .trigger.main button,
    .trigger.alternative button,
    .pool-starts button {
      width: 100%;
    }
  }

  @media (forced-colors: active) {
    .card,
    .header,
    .facts,
    .error,
    .trigger.alternative,
    .deadline .left,
    .problem {
      border: 1px solid CanvasText;
    }

    .trigger button:disabled {
      color: GrayText;
      border-color: GrayText;
    }

    progress::-webkit-progress-value {
      background: Highlight;
    }
  }
`;

/** Everything `<polku-guide>` adopts, in cascade order: the frame and cards, what a card says about its step, facts, forms, events, then the adaptations. */
export const styles = [themeStyles, guideStyles, cardMetaStyles, factsStyles, formStyles, eventStyles, adaptiveStyles];
