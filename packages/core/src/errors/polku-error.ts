/** Where a problem is: file, 1-based line and column, and the BPMN element. */
export interface SourceLocation {
  file?: string;
  line?: number;
  column?: number;
  elementId?: string;
  elementType?: string;
}

/** Renders a location as `file:line:column <bpmn:Type id="…">`, leaving out what is unknown. */
export function formatLocation(location: SourceLocation): string {
  const place = [location.file ?? '<input>', location.line, location.column].filter((part) => part !== undefined).join(':');
  const element = location.elementId ? ` <${location.elementType ?? 'element'} id="${location.elementId}">` : '';
  return place + element;
}

const BRAND = Symbol.for('polku.error');

/**
 * Base of every error Polku throws on purpose. `code` is stable and documented in
 * `docs/errors/<code>.md`; `location` names the file, line and element where known.
 */
export class PolkuError extends Error {
  override name = 'PolkuError';
  readonly code: string;
  readonly location: SourceLocation;

  constructor(code: string, message: string, location: SourceLocation = {}) {
    super(`${message}\n  at ${formatLocation(location)}\n  see docs/errors/${code}.md`);
    this.code = code;
    this.location = location;
    Object.defineProperty(this, BRAND, { value: true });
  }
}

/** True for any PolkuError, also one created in another realm (iframe, worker, duplicate bundle). */
export function isPolkuError(value: unknown): value is PolkuError {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
}
