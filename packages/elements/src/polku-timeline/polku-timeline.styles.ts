import { css } from 'lit';
import { factsStyles } from '../_internal/facts-styles.js';
import { timelineListStyles } from '../_internal/timeline-list-styles.js';

/**
 * Styles of `<polku-timeline>`. Global `--polku-*` tokens theme it from the page; the local,
 * unprefixed properties on `:host` are what the rules read. Text pairs are at least 4.5:1 on
 * the default surfaces.
 */
const timelineStyles = css`
  :host {
    --accent: var(--polku-accent, #1c5ca3);
    --accent-strong: var(--polku-accent-strong, #12406f);
    --accent-soft: var(--polku-accent-soft, #e8eff8);
    --text: var(--polku-text, #1b2631);
    --muted: var(--polku-muted, #4a5564);
    --surface: var(--polku-surface, #ffffff);
    --surface-muted: var(--polku-surface-muted, #f2f4f7);
    --border: var(--polku-border, #c7ced6);
    --danger: var(--polku-danger, #b0261c);
    --radius: var(--polku-radius, 4px);
    --space: var(--polku-space, 1rem);

    display: block;
    color: var(--text);
    font: inherit;
    line-height: 1.5;
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  .timeline {
    display: grid;
    gap: var(--space);
  }

  .heading {
    margin: 0;
    font-size: 1.375rem;
    line-height: 1.25;
  }

  .part {
    display: grid;
    gap: calc(var(--space) * 0.5);
  }

  h3 {
    margin: 0;
    font-size: 1.125rem;
    line-height: 1.3;
  }
`;

export const styles = [timelineStyles, factsStyles, timelineListStyles];
