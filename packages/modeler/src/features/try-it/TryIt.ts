import type { CompileResult, Diagnostic } from '@polku/core/compiler';

/** A compile diagnostic with its place written out: `file:line:column <bpmn:Type id="…">`. */
export type LocatedDiagnostic = Diagnostic & { where: string };

/** The parts of bpmn-js and diagram-js services used here. */
interface Modeler {
  saveXML(options: { format: boolean }): Promise<{ xml?: string }>;
}
interface Canvas {
  addMarker(element: string, marker: string): void;
  removeMarker(element: string, marker: string): void;
  scrollToElement(element: unknown, padding?: number): void;
}
interface ElementRegistry {
  get(id: string): unknown;
}

/** Canvas marker (CSS class) of the steps open in the walkthrough. */
export const ACTIVE_MARKER = 'polku-try-active';
/** Canvas marker of the steps the walkthrough has passed. */
export const DONE_MARKER = 'polku-try-done';

/**
 * "Try it": compiles the model being edited, exactly as it would be saved, with
 * `@polku/core/compiler` (loaded on first use, so editing never pays for it), and marks on the
 * canvas which steps a walkthrough has open and which it has passed. The walkthrough itself
 * is a `<polku-guide>` that the page places beside the canvas.
 */
export default class TryIt {
  static $inject = ['bpmnjs', 'canvas', 'elementRegistry'];

  private readonly modeler: Modeler;
  private readonly canvas: Canvas;
  private readonly elementRegistry: ElementRegistry;
  private marked = new Map<string, string>();

  constructor(modeler: Modeler, canvas: Canvas, elementRegistry: ElementRegistry) {
    this.modeler = modeler;
    this.canvas = canvas;
    this.elementRegistry = elementRegistry;
  }

  /**
   * Compiles the model as `saveXML({ format: true })` writes it, so line numbers match the
   * saved file. The compiler and the runtime load on first use, so editing never pays for them.
   */
  async compile(file?: string): Promise<Omit<CompileResult, 'diagnostics'> & { diagnostics: LocatedDiagnostic[]; xml: string }> {
    const { xml = '' } = await this.modeler.saveXML({ format: true });
    const [{ compileBpmn }, { formatLocation }] = await Promise.all([import('@polku/core/compiler'), import('@polku/core')]);
    const result = await compileBpmn(xml, file === undefined ? {} : { file });
    return { ...result, diagnostics: result.diagnostics.map((diagnostic) => ({ ...diagnostic, where: formatLocation(diagnostic) })), xml };
  }

  /**
   * Marks `active` and `done` element ids on the canvas, replacing the previous marks, and
   * scrolls the first active one into view. Ids inside called processes
   * (`CallActivity_1/Task_2`) mark their call activity.
   */
  mark(active: readonly string[], done: readonly string[] = []): void {
    const next = new Map<string, string>();
    for (const id of done) this.resolve(id, (shown) => next.set(shown, DONE_MARKER));
    for (const id of active) this.resolve(id, (shown) => next.set(shown, ACTIVE_MARKER));
    for (const [id, marker] of this.marked) if (next.get(id) !== marker) this.canvas.removeMarker(id, marker);
    for (const [id, marker] of next) if (this.marked.get(id) !== marker) this.canvas.addMarker(id, marker);
    this.marked = next;
    const first = active.map((id) => this.elementRegistry.get(id.split('/')[0]!)).find(Boolean);
    if (first) this.canvas.scrollToElement(first, 80);
  }

  /** Removes every mark. */
  clear(): void {
    this.mark([]);
  }

  private resolve(id: string, use: (shown: string) => void): void {
    const shown = id.split('/')[0]!;
    if (this.elementRegistry.get(shown)) use(shown);
  }
}
