/// <reference path="./css-inline.d.ts" />
/**
 * Everything `<polku-diagram>` needs of bpmn-js, in the one module it imports on demand: a page
 * without a diagram never downloads bpmn-js. bpmn-js' own stylesheets come along as text and
 * are adopted by the element's shadow root (constructed stylesheets, which a strict
 * `style-src 'self'` allows), so nothing is injected into the host page.
 */
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import OutlineModule from 'bpmn-js/lib/features/outline';
import bpmnCss from 'bpmn-js/dist/assets/bpmn-js.css?inline';
import diagramCss from 'bpmn-js/dist/assets/diagram-js.css?inline';
import { unsafeCSS, type CSSResult } from 'lit';
import type { ElementState } from './element-states.js';

/** bpmn-js' stylesheets for the shadow root; the breadcrumb separator's `data:` image is replaced in the element's styles. */
export const viewerStyles: CSSResult = unsafeCSS(`${diagramCss}\n${bpmnCss}`);

/** The marker class of each state; the element's styles draw them. */
export const STATE_MARKERS: Readonly<Record<ElementState, string>> = { done: 'polku-done', active: 'polku-active', next: 'polku-next' };
/** Marks the elements that have something to show, so they get a pointer cursor. */
const SELECTABLE_MARKER = 'polku-selectable';
const ZOOM_STEP = 1.25;

/** A drawn model, with the few operations `<polku-diagram>` uses. */
export interface DiagramViewer {
  /** Draws `xml`, fitted to the container; rejects with bpmn-js' error when it cannot. */
  show(xml: string): Promise<void>;
  /** The elements a click selects (the pathway's), given a pointer cursor. */
  selectable(ids: readonly string[]): void;
  /** Marks each element with its state, and clears the marks of the others. */
  mark(states: ReadonlyMap<string, ElementState>): void;
  /** Outlines `id` as selected and scrolls it into view; undefined clears the selection. */
  select(id: string | undefined): void;
  /** The accessible name of the picture. */
  label(text: string): void;
  zoomIn(): void;
  zoomOut(): void;
  /** Shows the whole diagram. */
  fit(): void;
  /** Tells the viewer its container changed size; it fits again unless the worker moved the view. */
  resized(): void;
}

/** The parts of diagram-js' services used here (diagram-js is bpmn-js' dependency, not ours). */
interface DiagramElement {
  id: string;
  type: string;
  labelTarget?: DiagramElement;
}
interface Canvas {
  addMarker(id: string, marker: string): void;
  removeMarker(id: string, marker: string): void;
  zoom(): number;
  zoom(scale: number | 'fit-viewport', center?: 'auto'): number;
  scrollToElement(id: string): void;
  resized(): void;
  getContainer(): HTMLElement;
}
interface ElementRegistry {
  get(id: string): DiagramElement | undefined;
}
interface Selection {
  select(element: DiagramElement | null): void;
}
interface EventBus {
  on(event: string, callback: (event: { element: DiagramElement }) => void): void;
}
interface Keyboard {
  addListener(listener: (context: { keyEvent: KeyboardEvent }) => boolean | void): void;
}
interface KeyboardMove {
  moveCanvas(options: { speed: number; direction: 'up' | 'down' | 'left' | 'right' }): void;
}

const DIRECTIONS: Readonly<Record<string, 'up' | 'down' | 'left' | 'right'>> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

/**
 * Creates a NavigatedViewer (drag to pan, wheel to scroll and zoom, arrow keys on the focused
 * picture) inside `container`. `onSelect` hears the id of a selectable element the worker
 * clicks. bpmn-js adds its bpmn.io link, which its licence requires to stay visible.
 */
export function createDiagramViewer(container: HTMLElement, onSelect: (id: string) => void): DiagramViewer {
  // The viewer alone marks a selection with a class only; the outline module draws it.
  const viewer = new NavigatedViewer({ container, additionalModules: [OutlineModule] });
  const canvas = viewer.get<Canvas>('canvas');
  const registry = viewer.get<ElementRegistry>('elementRegistry');
  const selection = viewer.get<Selection>('selection');
  const events = viewer.get<EventBus>('eventBus');
  const marked = new Map<string, ElementState>();
  let selectable: ReadonlySet<string> = new Set();
  let ours = false;
  let moved = false;

  events.on('element.click', ({ element }) => {
    const id = (element.labelTarget ?? element).id;
    if (selectable.has(id)) onSelect(id);
  });
  events.on('canvas.viewbox.changed', () => {
    if (!ours) moved = true;
  });
  // diagram-js pans on Ctrl + arrow keys (plain arrows move elements in its modeler); a viewer
  // has nothing to move, so plain arrows pan too (Shift: faster), and + and - zoom.
  const keyboardMove = viewer.get<KeyboardMove>('keyboardMove');
  viewer.get<Keyboard>('keyboard').addListener(({ keyEvent }) => {
    if (keyEvent.ctrlKey || keyEvent.metaKey || keyEvent.altKey) return;
    const direction = DIRECTIONS[keyEvent.key];
    if (direction) keyboardMove.moveCanvas({ speed: keyEvent.shiftKey ? 200 : 50, direction });
    else if (keyEvent.key === '+') zoomBy(ZOOM_STEP);
    else if (keyEvent.key === '-') zoomBy(1 / ZOOM_STEP);
    else return;
    return true;
  });

  function zoomBy(factor: number): void {
    canvas.zoom(canvas.zoom() * factor, 'auto');
  }

  const fit = () => {
    const { width, height } = canvas.getContainer().getBoundingClientRect();
    // A hidden container has no size, and a fit there would leave a NaN viewbox.
    if (width === 0 || height === 0) return;
    ours = true;
    try {
      canvas.zoom('fit-viewport', 'auto');
    } finally {
      ours = false;
    }
    moved = false;
  };

  return {
    async show(xml) {
      marked.clear();
      selectable = new Set();
      await viewer.importXML(xml);
      fit();
    },
    selectable(ids) {
      for (const id of selectable) if (registry.get(id)) canvas.removeMarker(id, SELECTABLE_MARKER);
      selectable = new Set(ids.filter((id) => registry.get(id)));
      for (const id of selectable) canvas.addMarker(id, SELECTABLE_MARKER);
    },
    mark(states) {
      for (const [id, state] of marked) {
        if (states.get(id) !== state && registry.get(id)) canvas.removeMarker(id, STATE_MARKERS[state]);
      }
      marked.clear();
      for (const [id, state] of states) {
        // Elements the picture lacks (inlined called processes) have nothing to mark.
        if (!registry.get(id)) continue;
        canvas.addMarker(id, STATE_MARKERS[state]);
        marked.set(id, state);
      }
    },
    select(id) {
      const element = id ? registry.get(id) : undefined;
      selection.select(element ?? null);
      if (element) canvas.scrollToElement(element.id);
    },
    label(text) {
      const svg = container.querySelector('svg');
      svg?.setAttribute('role', 'img');
      svg?.setAttribute('aria-label', text);
    },
    zoomIn: () => zoomBy(ZOOM_STEP),
    zoomOut: () => zoomBy(1 / ZOOM_STEP),
    fit,
    resized() {
      canvas.resized();
      if (!moved) fit();
    },
  };
}
