import { css } from 'lit';

/**
 * Styles of a step's form and of the answers of a decision: labels, inputs, yes/no choices,
 * the required-field error, and the action row. Part of `<polku-guide>`'s styles; every text
 * pair is at least 4.5:1 and control borders at least 3:1 on the default surfaces.
 */
export const formStyles = css`
  /* Fields and actions */
  .task-form,
  .fields {
    display: grid;
    gap: var(--space);
  }

  .field {
    display: grid;
    gap: 0.25rem;
    justify-items: start;
    margin: 0;
    padding: 0;
    border: 0;
  }

  .field label,
  .field legend {
    font-weight: 600;
    padding: 0;
  }

  .required {
    font-weight: 400;
    color: var(--muted);
  }

  input:not([type='radio'], [type='checkbox']) {
    font: inherit;
    min-height: 2.75rem;
    width: min(100%, 20rem);
    padding: 0.5rem 0.625rem;
    color: var(--text);
    background: var(--surface);
    border: 2px solid var(--control-border);
    border-radius: var(--radius);
  }

  input[type='radio'],
  input[type='checkbox'] {
    flex: none;
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    accent-color: var(--accent);
  }

  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.5rem;
  }

  .field .choice {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 2.75rem;
    font-weight: 400;
  }

  input[aria-invalid='true'] {
    border-color: var(--danger);
  }

  .field-error {
    margin: 0;
    color: var(--danger);
    font-weight: 600;
  }

  .actions,
  .answers {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
  }

  .answers {
    flex-direction: column;
    align-items: stretch;
    max-width: 32rem;
  }

  .answer {
    text-align: left;
    color: var(--accent);
    background: var(--surface);
    border: 2px solid var(--accent);
    font-weight: 600;
  }

  .answer:hover:not(:disabled) {
    color: var(--accent-strong);
    background: var(--accent-soft);
    border-color: var(--accent-strong);
  }

  /* An inclusive decision: one or more checkboxes, then "Continue" */
  .answers.inclusive {
    gap: 0.25rem;
    margin: 0;
    padding: 0;
    border: 0;
  }

  .answers.inclusive legend {
    padding: 0;
    margin-bottom: 0.25rem;
  }

  .answers.inclusive .field-error {
    margin-bottom: 0.25rem;
  }

  .answers .choice {
    display: flex;
    align-items: center;
    gap: 0.625rem;
    min-height: 2.75rem;
    padding: 0.375rem 0.75rem;
    border: 1px solid var(--border);
    border-radius: var(--radius);
    cursor: pointer;
  }

  .answers .choice:hover {
    border-color: var(--accent);
    background: var(--accent-soft);
  }

  .answers .choice:has(input:checked),
  .answers .choice:has(input:focus-visible) {
    border-color: var(--accent);
  }

  .answers .choice:has(input[aria-invalid='true']) {
    border-color: var(--danger);
  }
`;
