import { css } from 'lit';

/**
 * Styles of what a card says about its step around the heading: whose step it is (the pool,
 * above it) and its round and role (below it). Part of `<polku-guide>`'s styles; the badges
 * say their state in words and keep a border in forced colours.
 */
export const cardMetaStyles = css`
  .card-meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
    margin-top: calc(var(--space) * -0.5);
  }

  .role {
    margin: 0;
    color: var(--muted);
    font-size: 0.9375rem;
  }

  .round,
  .pool {
    width: fit-content;
    margin: 0;
    padding: 0 0.5rem;
    border: 1px solid currentColor;
    border-radius: var(--radius);
    font-size: 0.875rem;
    font-weight: 600;
  }

  .round {
    color: var(--accent-strong);
    background: var(--accent-soft);
  }

  .pool {
    margin-bottom: calc(var(--space) * -0.375);
    color: var(--text);
    background: var(--surface-muted);
  }
`;
