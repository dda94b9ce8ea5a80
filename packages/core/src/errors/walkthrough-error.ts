import { PolkuError, type SourceLocation } from './polku-error.js';

/**
 * Thrown by the runtime when a step cannot be taken: the element is not active, the answer
 * is not one of the decision's, or a saved walkthrough belongs to another model.
 */
export class WalkthroughError extends PolkuError {
  override name = 'WalkthroughError';

  constructor(code: string, message: string, location: SourceLocation = {}) {
    super(code, message, location);
  }
}
