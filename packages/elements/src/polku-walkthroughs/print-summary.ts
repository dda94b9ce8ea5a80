import type { CSSResult } from 'lit';

/**
 * Prints `content` alone: a copy of it goes into a hidden, same-origin `<iframe>` inside the
 * component, with the summary's styles as a constructed style sheet (allowed under a strict
 * CSP, where a `<style>` element would not be), and that frame is printed. The host page's
 * header, navigation and the guide stay off the paper, and nothing is added to the page
 * outside the component. The frame stays until the next print or until `removePrintFrame`.
 */
export function printSummary(content: HTMLElement, options: { title: string; lang: string; styles: readonly CSSResult[]; into: ShadowRoot }): HTMLIFrameElement | undefined {
  removePrintFrame(options.into);
  const frame = document.createElement('iframe');
  frame.className = 'print-frame';
  frame.title = options.title;
  frame.tabIndex = -1;
  frame.setAttribute('aria-hidden', 'true');
  options.into.append(frame);
  const view = frame.contentWindow;
  const doc = frame.contentDocument;
  if (!view || !doc) return undefined;
  doc.documentElement.lang = options.lang;
  doc.title = options.title;
  // A sheet must be constructed in the document that adopts it: the frame's own constructor.
  const sheet = new (view as unknown as { CSSStyleSheet: typeof CSSStyleSheet }).CSSStyleSheet();
  sheet.replaceSync(options.styles.map((style) => style.cssText).join('\n'));
  doc.adoptedStyleSheets = [sheet];
  doc.body.append(doc.importNode(content, true));
  view.print();
  return frame;
}

/** Removes the print frame of a component, if it has one. */
export function removePrintFrame(root: ShadowRoot): void {
  root.querySelector('iframe.print-frame')?.remove();
}
