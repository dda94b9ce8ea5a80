import { css } from 'lit';
import { linkFocusStyles, themeStyles } from '../_internal/theme-styles.js';

/**
 * Styles of `<polku-pathway>`: only the layout of the components inside and its own header
 * and diagram button; each component styles itself, and the page's `--polku-*` properties
 * reach them all through this shadow root.
 */
const pathwayStyles = css`
  .pathway {
    display: grid;
    /* One column, the guide first; minmax(0, …) lets long words wrap instead of widening a 320 px screen. */
    grid-template-columns: minmax(0, 1fr);
    grid-template-areas: 'header' 'guide' 'diagram' 'panel';
    gap: calc(var(--space) * 1.5);
    align-items: start;
  }

  .pathway.no-diagram {
    grid-template-areas: 'header' 'guide' 'panel';
  }

  .header {
    grid-area: header;
  }

  .title {
    margin: 0;
    font-size: 1.5rem;
    line-height: 1.25;
    overflow-wrap: break-word;
  }

  .guide {
    grid-area: guide;
  }

  /* The header above says the pathway's name; the guide keeps its own title for screen readers only. */
  .guide::part(title) {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  .diagram {
    grid-area: diagram;
    display: grid;
    gap: calc(var(--space) * 0.75);
  }

  .diagram-heading {
    margin: 0;
    font-size: 1.125rem;
    line-height: 1.25;
  }

  .diagram-toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 2.75rem;
    padding: 0.375rem 0.875rem 0.375rem 0.625rem;
    border: 1px solid var(--control-border);
    border-radius: var(--radius);
    color: var(--accent-strong);
    background: var(--surface);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }

  .diagram-toggle:hover {
    background: var(--accent-soft);
  }

  .diagram-toggle:focus-visible {
    outline: 3px solid var(--focus);
    outline-offset: 2px;
  }

  /* A chevron drawn with borders: right when folded, down when open. */
  .chevron {
    width: 0.55rem;
    height: 0.55rem;
    border-right: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    transform: rotate(-45deg);
    transition: transform 120ms ease-out;
  }

  [aria-expanded='true'] > .chevron {
    transform: rotate(45deg);
  }

  .diagram-body[hidden] {
    display: none;
  }

  .panel {
    grid-area: panel;
    display: grid;
    gap: calc(var(--space) * 1.5);
  }

  .panel > * + * {
    padding-top: calc(var(--space) * 1.5);
    border-top: 1px solid var(--border);
  }

  .loading {
    margin: 0;
    color: var(--muted);
  }

  /* The same error box as the guide's. */
  .error {
    display: grid;
    gap: calc(var(--space) * 0.5);
    padding: var(--space) calc(var(--space) * 1.25);
    background: var(--surface);
    border: 1px solid var(--border);
    border-left: 4px solid var(--danger);
    border-radius: var(--radius);
  }

  .error .title {
    font-size: 1.25rem;
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
  }

  /*
   * Side by side where there is room: the guide with the saved walkthroughs and the timeline
   * under it on the left, the diagram (picture and stage list, the longer column) on the right.
   */
  @container (min-width: 60rem) {
    .pathway.with-diagram {
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
      grid-template-areas: 'header header' 'guide diagram' 'panel diagram';
      grid-template-rows: auto auto 1fr;
      column-gap: calc(var(--space) * 2);
    }

    .pathway.no-diagram {
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
      grid-template-areas: 'header header' 'guide panel';
      column-gap: calc(var(--space) * 2);
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .chevron {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    .diagram-toggle:focus-visible {
      outline-color: Highlight;
    }

    .error {
      border: 1px solid CanvasText;
    }
  }
`;

export const styles = [themeStyles, linkFocusStyles, pathwayStyles];
