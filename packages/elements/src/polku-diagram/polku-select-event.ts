/**
 * Fired when the worker selects an element in `<polku-diagram>`: by clicking it in the
 * picture, or with Enter, Space or a click in the list of stages. Never fired when a model
 * loads or a followed walkthrough moves. `elementId` is the BPMN id of the element selected.
 */
export class PolkuSelectEvent extends Event {
  readonly elementId: string;

  constructor(elementId: string) {
    super('polku-select', { bubbles: true, composed: true });
    this.elementId = elementId;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'polku-select': PolkuSelectEvent;
  }
}
