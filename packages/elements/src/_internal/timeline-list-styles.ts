import { css } from 'lit';

/**
 * Styles of the steps-taken list and the deadlines running (`render-timeline.ts`), shared by
 * `<polku-timeline>` and the summary of `<polku-walkthroughs>`. Each step is a dot on a line;
 * the line and dots are decoration, the order is the list's own. Prints in black on white.
 */
export const timelineListStyles = css`
  .started,
  .empty {
    margin: 0;
    color: var(--muted);
  }

  .steps {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .step {
    position: relative;
    display: grid;
    gap: 0.125rem;
    padding: 0 0 calc(var(--space) * 0.75) 1.5rem;
    border-left: 2px solid var(--border);
    margin-left: 0.4375rem;
  }

  .step:last-child {
    border-left-color: transparent;
    padding-bottom: 0;
  }

  .step::before {
    content: '';
    position: absolute;
    left: -0.5rem;
    top: 0.3125rem;
    width: 0.875rem;
    height: 0.875rem;
    border: 2px solid var(--surface);
    border-radius: 50%;
    background: var(--accent);
  }

  .when {
    color: var(--muted);
    font-size: 0.875rem;
  }

  .what {
    font-weight: 600;
  }

  .gone {
    color: var(--muted);
    font-style: italic;
  }

  .answer {
    overflow-wrap: anywhere;
  }

  .deadline-groups {
    display: grid;
    gap: calc(var(--space) * 0.75);
    margin: 0;
    padding: calc(var(--space) * 0.75) var(--space);
    list-style: none;
    background: var(--surface-muted);
    border-radius: var(--radius);
  }

  .group-name {
    font-weight: 600;
  }

  .from {
    color: var(--muted);
  }

  .deadline-list {
    margin: 0.25rem 0 0;
    padding: 0;
    list-style: none;
  }

  .deadline-list li + li {
    margin-top: 0.25rem;
  }

  .basis {
    color: var(--muted);
  }

  @media (forced-colors: active) {
    .step::before {
      background: CanvasText;
    }
  }

  @media print {
    .step::before {
      background: #000;
    }

    .deadline-groups {
      padding: 0;
      background: none;
    }
  }
`;
