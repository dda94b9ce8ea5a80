import { css } from 'lit';
import { factsStyles } from '../_internal/facts-styles.js';
import { themeStyles, themeTokens } from '../_internal/theme-styles.js';
import { timelineListStyles } from '../_internal/timeline-list-styles.js';

/** The summary as it looks on screen and on paper. */
const summaryStyles = css`
  .summary-content {
    display: grid;
    gap: calc(var(--space) * 0.75);
  }

  .summary-heading {
    margin: 0;
    font-size: 1.25rem;
  }

  .summary-content h4 {
    margin: calc(var(--space) * 0.5) 0 0;
    font-size: 1.0625rem;
  }

  .summary-meta {
    display: grid;
    gap: 0.25rem;
    margin: 0;
  }

  .summary-meta div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5rem;
  }

  .summary-meta dt {
    font-weight: 600;
  }

  .summary-meta dt::after {
    content: ':';
  }

  .summary-meta dd {
    margin: 0;
  }

  .note {
    margin: 0;
  }

  @media screen {
    .print-only {
      display: none !important;
    }
  }
`;

const walkthroughsStyles = css`
  .walkthroughs,
  .list-section,
  .import,
  .corrupt,
  .summary {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--space);
  }

  .heading {
    margin: 0;
    font-size: 1.375rem;
    line-height: 1.25;
  }

  h3 {
    margin: 0;
    font-size: 1.125rem;
    line-height: 1.3;
  }

  p {
    margin: 0;
  }

  .loading,
  .empty {
    color: var(--muted);
  }

  .note {
    padding: calc(var(--space) * 0.75) var(--space);
    background: var(--surface-muted);
    border-left: 4px solid var(--accent);
    border-radius: var(--radius);
  }

  /* Buttons */
  button {
    font: inherit;
    line-height: 1.25;
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
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

  button.secondary {
    color: var(--accent-strong);
    background: var(--surface);
    border: 2px solid var(--accent);
  }

  button.secondary:hover {
    background: var(--accent-soft);
  }

  button.danger {
    color: #ffffff;
    background: var(--danger);
    border: 2px solid var(--danger);
    font-weight: 600;
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

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  /* Fields */
  .new-form,
  .inline-form {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--space) * 0.75);
  }

  .new-form {
    padding: var(--space);
    border: 1px solid var(--border);
    border-radius: var(--radius);
  }

  .field {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.25rem;
    justify-items: start;
  }

  .field label {
    font-weight: 600;
  }

  .required {
    font-weight: 400;
    color: var(--muted);
  }

  input:not([type='file']) {
    font: inherit;
    min-height: 2.75rem;
    width: min(100%, 24rem);
    padding: 0.5rem 0.625rem;
    color: var(--text);
    background: var(--surface);
    border: 2px solid var(--control-border);
    border-radius: var(--radius);
  }

  input[type='file'] {
    font: inherit;
    width: 100%;
    max-width: 28rem;
  }

  input[aria-invalid='true'] {
    border-color: var(--danger);
  }

  .field-error {
    color: var(--danger);
    font-weight: 600;
  }

  /* The list */
  .list {
    display: grid;
    gap: calc(var(--space) * 0.75);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .item {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5rem;
    padding: var(--space);
    background: var(--surface);
    border: 1px solid var(--border);
    border-radius: var(--radius);
  }

  .item.open {
    border: 2px solid var(--accent);
  }

  .item-label {
    margin: 0;
    font-size: 1.0625rem;
    font-weight: 600;
    overflow-wrap: anywhere;
  }

  .item-meta,
  .save-state {
    color: var(--muted);
    font-size: 0.9375rem;
  }

  .save-state.unsaved {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    color: var(--danger);
    font-weight: 600;
  }

  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .badge {
    padding: 0 0.5rem;
    border: 1px solid currentColor;
    border-radius: var(--radius);
    color: var(--accent-strong);
    background: var(--accent-soft);
    font-size: 0.875rem;
    font-weight: 600;
  }

  .stale-note {
    display: grid;
    gap: 0.25rem;
    padding: 0.5rem 0.75rem;
    background: var(--surface-muted);
    border-left: 4px solid var(--muted);
    border-radius: var(--radius);
  }

  .confirm {
    display: grid;
    gap: 0.5rem;
    padding: 0.75rem;
    background: var(--danger-soft);
    border-radius: var(--radius);
  }

  .confirm-text {
    font-weight: 600;
  }

  .problem {
    display: grid;
    gap: 0.5rem;
    padding: calc(var(--space) * 0.75) var(--space);
    color: var(--text);
    background: var(--danger-soft);
    border-left: 4px solid var(--danger);
    border-radius: var(--radius);
  }

  .error {
    padding: var(--space);
    background: var(--danger-soft);
    border-radius: var(--radius);
  }

  .corrupt-list {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .corrupt-list li {
    display: grid;
    gap: 0.25rem;
  }

  .print-frame {
    position: fixed;
    width: 0;
    height: 0;
    border: 0;
    visibility: hidden;
  }

  @container (max-width: 30rem) {
    .actions button {
      flex: 1 1 100%;
    }
  }

  @media (forced-colors: active) {
    .badge,
    .note,
    .problem,
    .confirm,
    .stale-note {
      border: 1px solid CanvasText;
    }
  }

  @media print {
    .new-form,
    .list-section,
    .import,
    .corrupt,
    .actions,
    .note,
    .heading {
      display: none;
    }
  }
`;

export const styles = [themeStyles, walkthroughsStyles, factsStyles, timelineListStyles, summaryStyles];

/** The styles of the printed summary: black on white, in the print frame's own document. */
const printPage = css`
  :root {
    ${themeTokens}
    --accent: #000000;
    --accent-strong: #000000;
    --accent-soft: #ffffff;
    --text: #000000;
    --muted: #333333;
    --surface-muted: #ffffff;
    --border: #999999;
    color: var(--text);
    font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
    font-size: 11pt;
    line-height: 1.45;
  }

  body {
    margin: 0;
  }

  @page {
    margin: 18mm 16mm;
  }

  .deadline .left {
    border: 1px solid currentColor;
  }
`;

export const printStyles = [printPage, factsStyles, timelineListStyles, summaryStyles];
