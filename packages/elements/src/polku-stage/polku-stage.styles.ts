import { css } from 'lit';
import { cardMetaStyles } from '../_internal/card-meta-styles.js';
import { factsStyles } from '../_internal/facts-styles.js';
import { linkFocusStyles, themeStyles } from '../_internal/theme-styles.js';

const stageStyles = css`
  .card {
    display: grid;
    /* minmax(0, …): a long word or address wraps instead of widening the card past a 320 px screen. */
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--space) * 0.75);
    overflow-wrap: break-word;
    padding: var(--space) calc(var(--space) * 1.25);
    background: var(--surface);
    border: 1px solid var(--border);
    border-left: 4px solid var(--accent);
    border-radius: var(--radius);
  }

  .pathway {
    margin: 0;
    color: var(--muted);
    font-size: 0.9375rem;
  }

  .card-heading {
    margin: 0;
    font-size: 1.25rem;
    line-height: 1.3;
  }

  .guidance > :first-child {
    margin-top: 0;
  }

  .guidance > :last-child {
    margin-bottom: 0;
  }

  .answers,
  .next {
    display: grid;
    gap: 0.25rem;
  }

  .answers h4,
  .next h4 {
    margin: 0;
    font-size: 1rem;
  }

  .answers ul,
  .next ul {
    margin: 0;
    padding-left: 1.25rem;
  }

  .error {
    margin: 0;
    padding: calc(var(--space) * 0.75);
    color: var(--danger);
    border: 1px solid var(--danger);
    border-radius: var(--radius);
  }

  @media (forced-colors: active) {
    .card {
      border: 1px solid CanvasText;
    }
  }
`;

export const styles = [themeStyles, linkFocusStyles, cardMetaStyles, factsStyles, stageStyles];
