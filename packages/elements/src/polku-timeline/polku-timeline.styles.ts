import { css } from 'lit';
import { themeStyles } from '../_internal/theme-styles.js';
import { factsStyles } from '../_internal/facts-styles.js';
import { timelineListStyles } from '../_internal/timeline-list-styles.js';

/**
 * Styles of `<polku-timeline>`. Global `--polku-*` tokens theme it from the page; the local,
 * unprefixed properties on `:host` are what the rules read. Text pairs are at least 4.5:1 on
 * the default surfaces.
 */
const timelineStyles = css`
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

export const styles = [themeStyles, timelineStyles, factsStyles, timelineListStyles];
