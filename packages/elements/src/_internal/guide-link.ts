import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PolkuGuide } from '../polku-guide/polku-guide.js';
import type { PolkuStepEvent } from '../events.js';

/** Why a linked component hears from its guide: found (or lost), loaded a pathway, or stepped. */
export type GuideChange = { kind: 'found'; guide: PolkuGuide | undefined } | { kind: 'load'; guide: PolkuGuide } | { kind: 'step'; guide: PolkuGuide; event: PolkuStepEvent };

/**
 * Follows the `<polku-guide>` whose id a component's `for` attribute names, in the same
 * document or shadow root, the way `<label for>` does. It listens on that root rather than on
 * the guide, so the guide may come before or after the component, or be replaced, and it never
 * holds on to a guide that left the page.
 */
export class GuideLink implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly idOf: () => string | null | undefined;
  private readonly onChange: (change: GuideChange) => void;
  private root: Document | ShadowRoot | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, idOf: () => string | null | undefined, onChange: (change: GuideChange) => void) {
    this.host = host;
    this.idOf = idOf;
    this.onChange = onChange;
    host.addController(this);
  }

  /** The guide named by `for`, when it is on the page now. */
  get guide(): PolkuGuide | undefined {
    const id = this.idOf();
    const found = id && this.root ? this.root.getElementById(id) : null;
    return found?.localName === 'polku-guide' ? (found as PolkuGuide) : undefined;
  }

  hostConnected(): void {
    const root = this.host.getRootNode();
    this.root = root instanceof Document || root instanceof ShadowRoot ? root : undefined;
    this.root?.addEventListener('polku-load', this.onEvent);
    this.root?.addEventListener('polku-step', this.onEvent);
    this.refresh();
  }

  hostDisconnected(): void {
    this.root?.removeEventListener('polku-load', this.onEvent);
    this.root?.removeEventListener('polku-step', this.onEvent);
    this.root = undefined;
  }

  /** Looks the guide up again; call it when `for` changes. */
  refresh(): void {
    if (this.root) this.onChange({ kind: 'found', guide: this.guide });
  }

  private readonly onEvent = (event: Event) => {
    const guide = event.composedPath()[0];
    if (!(guide instanceof HTMLElement) || guide.localName !== 'polku-guide' || !this.idOf() || guide.id !== this.idOf()) return;
    if (event.type === 'polku-load') this.onChange({ kind: 'load', guide: guide as PolkuGuide });
    else this.onChange({ kind: 'step', guide: guide as PolkuGuide, event: event as PolkuStepEvent });
  };
}
