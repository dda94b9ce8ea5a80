import { css } from 'lit';
import { linkFocusStyles, themeStyles } from '../_internal/theme-styles.js';

const catalogStyles = css`
  .catalog {
    display: grid;
    gap: var(--space);
  }

  .search {
    display: grid;
    gap: 0.25rem;
    max-width: 32rem;
  }

  .search label {
    font-weight: 600;
  }

  .hint,
  .count {
    margin: 0;
    color: var(--muted);
    font-size: 0.9375rem;
  }

  input[type='search'] {
    font: inherit;
    padding: 0.5rem 0.625rem;
    color: var(--text);
    background: var(--surface);
    border: 1px solid var(--control-border);
    border-radius: var(--radius);
    min-width: 0;
    width: 100%;
  }

  .list {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
    gap: var(--space);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .entry {
    display: grid;
    align-content: start;
    gap: 0.5rem;
    height: 100%;
    padding: var(--space);
    background: var(--surface);
    border: 1px solid var(--border);
    border-top: 4px solid var(--accent);
    border-radius: var(--radius);
  }

  .entry h3 {
    margin: 0;
    font-size: 1.125rem;
    line-height: 1.3;
  }

  .entry button {
    all: unset;
    color: var(--accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }

  .entry button:focus-visible {
    outline: 3px solid var(--focus);
    outline-offset: 2px;
  }

  .summary {
    margin: 0;
  }

  .meta {
    display: grid;
    gap: 0.25rem;
    margin: 0;
    font-size: 0.9375rem;
  }

  .meta div {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
  }

  .meta dt {
    color: var(--muted);
  }

  .meta dd {
    margin: 0;
  }

  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .tags li {
    padding: 0 0.5rem;
    background: var(--accent-soft);
    border-radius: 999px;
  }

  .error {
    padding: var(--space);
    color: var(--danger);
    border: 1px solid var(--danger);
    border-radius: var(--radius);
  }

  .error h2 {
    margin: 0 0 0.5rem;
    font-size: 1.125rem;
  }

  @media (forced-colors: active) {
    .entry,
    .tags li {
      border: 1px solid CanvasText;
    }
  }
`;

export const styles = [themeStyles, linkFocusStyles, catalogStyles];
