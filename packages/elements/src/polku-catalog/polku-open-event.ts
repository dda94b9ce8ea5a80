/**
 * `polku-open`: the worker chose a pathway in `<polku-catalog>`. `src` is the model's address
 * resolved against the catalogue (ready for `<polku-guide src>`), `id` its process id.
 * Cancelable: without `href`, the catalogue has nothing else to do; with one, calling
 * `preventDefault()` keeps the link from being followed.
 */
export class PolkuOpenEvent extends Event {
  static readonly eventName = 'polku-open';
  readonly src: string;
  readonly id: string;

  constructor(src: string, id: string) {
    super(PolkuOpenEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.src = src;
    this.id = id;
  }
}

declare global {
  interface HTMLElementEventMap {
    'polku-open': PolkuOpenEvent;
  }
}
