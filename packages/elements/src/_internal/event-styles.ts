import { css } from 'lit';

/**
 * Styles of what `<polku-guide>` shows around time and events: the scope line above a stage,
 * waiting stages and their alternatives, boundary events as secondary actions, and the
 * problem note next to a step. Text pairs are at least 4.5:1 on the
 * default surfaces; state is always said in words, never by colour alone.
 */
export const eventStyles = css`
  :host {
    --wait: var(--polku-wait, #8a5300);
  }

  /* Where a stage sits: "Valmistelu ›" */
  .scope-path {
    margin: 0 0 calc(var(--space) * -0.5);
    color: var(--muted);
    font-size: 0.875rem;
    font-weight: 600;
  }

  .scope-path .separator {
    padding-inline: 0.125rem;
  }

  /* Waiting stages */
  .card.wait {
    border-left-color: var(--wait);
  }

  .hint {
    margin: 0;
    color: var(--muted);
  }

  .alternatives {
    display: grid;
    gap: 0.75rem;
    max-width: 40rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .trigger {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1rem;
  }

  .trigger.main {
    flex-direction: column;
    align-items: flex-start;
  }

  .trigger.alternative {
    padding: 0.75rem var(--space);
    border: 1px solid var(--border);
    border-radius: var(--radius);
  }

  .trigger-text {
    flex: 1 1 14rem;
    margin: 0;
  }

  .trigger.alternative .trigger-text {
    font-weight: 600;
  }

  /* Boundary events: below the main action, quieter than it */
  .boundaries {
    display: grid;
    gap: 0.5rem;
    padding-top: 0.75rem;
    border-top: 1px solid var(--border);
    font-size: 0.9375rem;
  }

  /* Pools waiting to start: beside the stage, not a step of it */
  .pool-starts {
    padding: 0.75rem calc(var(--space) * 1.5);
    border: 1px solid var(--border);
    border-radius: var(--radius);
    background: var(--surface-muted);
  }

  .boundaries-label {
    margin: 0;
    color: var(--muted);
    font-size: 0.875rem;
    font-weight: 600;
  }

  button.secondary {
    min-height: 2.5rem;
    padding: 0.375rem 0.875rem;
    font-size: 0.9375rem;
    color: var(--accent);
    background: var(--surface);
    border: 1px solid var(--control-border);
  }

  button.secondary:hover:not(:disabled) {
    color: var(--accent-strong);
    background: var(--accent-soft);
    border-color: var(--accent-strong);
  }

  /* A timer before its due time: said by the due date next to it, greyed here */
  .trigger button:disabled,
  .trigger button:disabled:hover {
    color: var(--muted);
    background: var(--surface-muted);
    border-color: var(--border);
    cursor: not-allowed;
  }

  /* Why the last action was not taken */
  .problem {
    margin: 0;
    padding: 0.75rem var(--space);
    border-left: 4px solid var(--danger);
    background: var(--danger-soft);
    border-radius: var(--radius);
  }
`;
