import { css } from 'lit';

/**
 * Styles of a stage's facts: deadlines (rule, legal basis, dates and a "days left" or "late"
 * badge) and sections of law. Text pairs are at least 4.5:1 on the default surfaces; lateness
 * is said in words, the colour only repeats it.
 */
export const factsStyles = css`
  :host {
    --danger-soft: var(--polku-danger-soft, #fbe9e7);
  }

  /* Deadlines and legal references */
  .facts {
    display: grid;
    gap: calc(var(--space) * 0.5);
    margin: 0;
    padding: calc(var(--space) * 0.75) var(--space);
    background: var(--surface-muted);
    border-radius: var(--radius);
    font-size: 0.9375rem;
  }

  .fact {
    display: grid;
    grid-template-columns: 9rem 1fr;
    gap: 0.75rem;
  }

  dt {
    font-weight: 600;
  }

  dd {
    margin: 0;
  }

  dd ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  dd li + li {
    margin-top: 0.25rem;
  }

  dd ul.inline {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }

  dd ul.inline li + li {
    margin-top: 0;
  }

  .basis {
    color: var(--muted);
  }

  /* Deadline dates and days left */
  .deadline .left {
    display: inline-block;
    margin-left: 0.25rem;
    padding: 0 0.5rem;
    border-radius: 999px;
    color: var(--accent-strong);
    background: var(--accent-soft);
    font-weight: 600;
    white-space: nowrap;
  }

  .deadline .left.late {
    color: var(--danger);
    background: var(--danger-soft);
  }
`;
