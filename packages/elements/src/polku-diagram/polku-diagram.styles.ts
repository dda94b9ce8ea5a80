import { css } from 'lit';
import { themeStyles } from '../_internal/theme-styles.js';
import { cardMetaStyles } from '../_internal/card-meta-styles.js';
import { factsStyles } from '../_internal/facts-styles.js';

/**
 * Styles of `<polku-diagram>`. Global `--polku-*` tokens theme it from the page; the local,
 * unprefixed properties on `:host` are what the rules read. Text pairs are at least 4.5:1 and
 * the state marks at least 3:1 on white, and each state has its own stroke as well as its
 * colour: done is a solid line on a tinted fill, active a thick line, possible next a dashed
 * one. bpmn-js draws with inline styles, so the marks need `!important`.
 */
const diagramStyles = css`
  :host {
    --done: var(--polku-done, #2b6a30);
    --done-soft: var(--polku-done-soft, #e6f2e7);
    --active: var(--polku-active, var(--accent));
    --active-soft: var(--polku-active-soft, var(--accent-soft));
    --next: var(--polku-next, #8a5300);
    --canvas-height: var(--polku-diagram-height, 30rem);
  }

  .diagram {
    display: grid;
    gap: var(--space);
  }

  .loading,
  .note {
    margin: 0;
    color: var(--muted);
  }

  /* The picture, its view buttons and its legend */
  .picture {
    display: grid;
    gap: calc(var(--space) * 0.5);
  }

  .picture.hidden {
    display: none;
  }

  .view-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--space) * 0.5);
  }

  .view-buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
  }

  button {
    min-height: 2.25rem;
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--control-border);
    border-radius: var(--radius);
    color: var(--accent-strong);
    background: var(--surface);
    font: inherit;
    font-size: 0.9375rem;
    cursor: pointer;
  }

  button:hover {
    background: var(--accent-soft);
  }

  button:focus-visible,
  [role='option']:focus-visible,
  .canvas svg:focus-visible,
  a:focus-visible {
    outline: 3px solid var(--focus);
    outline-offset: 2px;
  }

  .canvas svg:focus-visible {
    outline-offset: -3px;
  }

  .canvas {
    position: relative;
    height: var(--canvas-height);
    overflow: hidden;
    border: 1px solid var(--border);
    border-radius: var(--radius);
    background: var(--surface);
  }

  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.9375rem;
  }

  .legend li {
    display: flex;
    align-items: center;
    gap: 0.375rem;
  }

  /* One swatch per state, drawn as the diagram draws it. */
  .swatch {
    display: inline-block;
    flex: none;
    width: 1.5rem;
    height: 1rem;
    border-radius: 3px;
    background: var(--surface);
  }

  .swatch.done {
    border: 2px solid var(--done);
    background: var(--done-soft);
  }

  .swatch.active {
    border: 4px solid var(--active);
    background: var(--active-soft);
  }

  .swatch.next {
    border: 2px dashed var(--next);
  }

  /* The marks on the picture */
  .djs-shape.polku-done .djs-visual > :nth-child(1) {
    stroke: var(--done) !important;
    stroke-width: 2.5px !important;
    fill: var(--done-soft) !important;
  }

  .djs-shape.polku-active .djs-visual > :nth-child(1) {
    stroke: var(--active) !important;
    stroke-width: 5px !important;
    fill: var(--active-soft) !important;
  }

  .djs-shape.polku-next .djs-visual > :nth-child(1) {
    stroke: var(--next) !important;
    stroke-width: 3px !important;
    stroke-dasharray: 8 5 !important;
  }

  .djs-connection.polku-done .djs-visual > path {
    stroke: var(--done) !important;
    stroke-width: 2.5px !important;
  }

  .djs-connection.polku-next .djs-visual > path {
    stroke: var(--next) !important;
    stroke-width: 2.5px !important;
    stroke-dasharray: 8 5 !important;
  }

  .djs-element.polku-selectable {
    cursor: pointer;
  }

  .djs-element.selected .djs-outline {
    stroke: var(--focus) !important;
    stroke-width: 3px !important;
  }

  /* bpmn-js draws its breadcrumb separator from a data: URL, which a strict CSP blocks. */
  .bjs-breadcrumbs li:not(:first-child)::before {
    content: '›';
  }

  /* The stage list and the selected stage */
  .columns {
    display: grid;
    grid-template-columns: minmax(14rem, 1fr) minmax(0, 2fr);
    gap: var(--space);
    align-items: start;
  }

  .heading {
    margin: 0 0 calc(var(--space) * 0.25);
    font-size: 1.0625rem;
    line-height: 1.3;
  }

  .hint {
    margin: 0 0 calc(var(--space) * 0.5);
    color: var(--muted);
    font-size: 0.875rem;
  }

  .stages {
    margin: 0;
    padding: 0;
    list-style: none;
    border: 1px solid var(--border);
    border-radius: var(--radius);
  }

  .stage {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.5rem;
    padding: 0.375rem 0.625rem 0.375rem 0.5rem;
    border-left: 4px solid transparent;
    cursor: pointer;
  }

  .stage + .stage {
    border-top: 1px solid var(--border);
  }

  .stage:hover {
    background: var(--surface-muted);
  }

  .stage[aria-selected='true'] {
    background: var(--accent-soft);
    border-left-color: var(--accent-strong);
    font-weight: 600;
  }

  .stage-state {
    padding: 0 0.375rem;
    border-radius: 999px;
    font-size: 0.8125rem;
    font-weight: 600;
    white-space: nowrap;
  }

  .stage-state.done {
    color: var(--done);
    border: 1px solid var(--done);
  }

  .stage-state.active {
    color: var(--surface);
    background: var(--active);
    border: 1px solid var(--active);
  }

  .stage-state.next {
    color: var(--next);
    border: 1px dashed var(--next);
  }

  .details {
    overflow-wrap: break-word;
    display: grid;
    gap: calc(var(--space) * 0.75);
    padding: var(--space) calc(var(--space) * 1.25);
    border: 1px solid var(--border);
    border-radius: var(--radius);
    background: var(--surface);
  }

  .details-heading {
    margin: 0;
    font-size: 1.25rem;
    line-height: 1.3;
  }

  .details .state {
    margin: 0;
    font-weight: 600;
  }

  .guidance > :first-child {
    margin-top: 0;
  }

  .guidance > :last-child {
    margin-bottom: 0;
  }

  .guidance a,
  .facts a {
    color: var(--accent);
    text-underline-offset: 0.15em;
  }

  .guidance :is(h4, h5, h6) {
    margin: var(--space) 0 calc(var(--space) * 0.25);
    font-size: 1rem;
  }

  .guidance :is(ul, ol) {
    padding-left: 1.25rem;
  }

  .guidance table {
    border-collapse: collapse;
  }

  .guidance :is(th, td) {
    padding: 0.25rem 0.5rem;
    border: 1px solid var(--border);
    text-align: left;
  }

  .error {
    padding: var(--space);
    border: 2px solid var(--danger);
    border-radius: var(--radius);
  }

  .error .title {
    margin: 0 0 0.5rem;
    color: var(--danger);
    font-size: 1.125rem;
  }

`;

/** Narrow containers and forced colours; last, so they win over the rules they adapt. */
const adaptiveStyles = css`
  /* Narrow containers: phones, sidebars. The list is the usable view there. */
  @container (max-width: 40rem) {
    .canvas {
      height: var(--polku-diagram-height-narrow, 16rem);
    }

    .columns {
      grid-template-columns: minmax(0, 1fr);
    }

    .details {
      padding: calc(var(--space) * 0.75) var(--space);
    }

    .fact {
      grid-template-columns: 1fr;
      gap: 0.125rem;
    }
  }

  @media (forced-colors: active) {
    .stage[aria-selected='true'] {
      border-left-color: Highlight;
    }

    .stages,
    .details,
    .facts,
    .error {
      border: 1px solid CanvasText;
    }
  }
`;

/** Everything `<polku-diagram>` adopts, in cascade order; bpmn-js' own styles come before these once the picture is drawn. */
export const styles = [themeStyles, diagramStyles, factsStyles, cardMetaStyles, adaptiveStyles];
