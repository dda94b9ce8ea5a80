import { css } from 'lit';

/**
 * The theme every Polku component reads: global `--polku-*` custom properties from the page,
 * copied into short local names on `:host`, with defaults whose text pairs are at least 4.5:1
 * and control borders at least 3:1. Also the box model and the visually-hidden helper.
 */
export const themeStyles = css`
  :host {
    --accent: var(--polku-accent, #1c5ca3);
    --accent-strong: var(--polku-accent-strong, #12406f);
    --accent-soft: var(--polku-accent-soft, #e8eff8);
    --text: var(--polku-text, #1b2631);
    --muted: var(--polku-muted, #4a5564);
    --surface: var(--polku-surface, #ffffff);
    --surface-muted: var(--polku-surface-muted, #f2f4f7);
    --border: var(--polku-border, #c7ced6);
    --control-border: var(--polku-control-border, #6b7785);
    --focus: var(--polku-focus, #12406f);
    --danger: var(--polku-danger, #b0261c);
    --radius: var(--polku-radius, 4px);
    --space: var(--polku-space, 1rem);

    display: block;
    container-type: inline-size;
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

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  a {
    color: var(--accent);
    text-underline-offset: 0.15em;
  }

  a:focus-visible,
  button:focus-visible,
  input:focus-visible {
    outline: 3px solid var(--focus);
    outline-offset: 2px;
  }

  @media (forced-colors: active) {
    a:focus-visible,
    button:focus-visible,
    input:focus-visible {
      outline-color: Highlight;
    }
  }
`;
