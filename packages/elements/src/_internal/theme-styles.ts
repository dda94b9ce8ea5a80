import { css } from 'lit';

/**
 * The theme tokens every Polku component reads: the page's global `--polku-*` custom properties,
 * copied into short local names, with defaults whose text pairs are at least 4.5:1 and control
 * borders at least 3:1 on the default surfaces. A fragment, for `:host` here and for the `:root`
 * of a print frame.
 */
export const themeTokens = css`
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
  --danger-soft: var(--polku-danger-soft, #fbe9e7);
  --radius: var(--polku-radius, 4px);
  --space: var(--polku-space, 1rem);
`;

/**
 * What every component's shadow root starts with: the tokens on `:host`, a block box that is a
 * size container, inherited type, `hidden` honoured, border-box sizing and the visually-hidden
 * helper. A component adds its own tokens in a `:host` rule of its own styles.
 */
export const themeStyles = css`
  :host {
    ${themeTokens}
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
`;

/** Links in the accent colour and a visible focus ring on links, buttons and inputs. */
export const linkFocusStyles = css`
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
