import type { WalkthroughSnapshot } from '@polku/core';
import type { WalkthroughRecord } from '../storage/walkthrough-record.js';

/**
 * How the walkthrough being opened relates to the pathway: `new` (just started or saved),
 * `current` (saved with this very pathway), `migrated` (saved with an earlier version and
 * carried over to this one, and saved so).
 */
export type WalkthroughOpenKind = 'new' | 'current' | 'migrated';

/**
 * Fired when the worker opens a saved walkthrough (resumes one, starts or saves a new one, or
 * continues a stale one as a new one): on user action only. `snapshot` is what to resume, for
 * the pathway as it is now. With `for`, `<polku-walkthroughs>` then resumes it in that guide
 * and saves it after each step; call `preventDefault()` to connect it to a guide of your own
 * instead (set `guide.snapshot = event.snapshot`).
 */
export class PolkuWalkthroughOpenEvent extends Event {
  readonly record: WalkthroughRecord;
  readonly snapshot: WalkthroughSnapshot;
  readonly kind: WalkthroughOpenKind;

  constructor(record: WalkthroughRecord, snapshot: WalkthroughSnapshot, kind: WalkthroughOpenKind) {
    super('polku-walkthrough-open', { bubbles: true, composed: true, cancelable: true });
    this.record = record;
    this.snapshot = snapshot;
    this.kind = kind;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'polku-walkthrough-open': PolkuWalkthroughOpenEvent;
  }
}
