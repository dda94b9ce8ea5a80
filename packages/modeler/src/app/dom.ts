/** Creates an element with properties, attributes (`attrs`) and children; never parses HTML. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Omit<HTMLElementTagNameMap[K], 'style'>> & { attrs?: Record<string, string> } = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  const { attrs, ...rest } = props;
  Object.assign(element, rest);
  for (const [name, value] of Object.entries(attrs ?? {})) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/**
 * Roving focus for a composite widget (a toolbar or a tab list): one tab stop, the arrow keys,
 * Home and End move between the enabled items, as the WAI-ARIA Authoring Practices describe.
 */
export function roveFocus(container: HTMLElement, items: () => HTMLElement[], orientation: 'horizontal' | 'vertical' = 'horizontal'): void {
  const [back, forward] = orientation === 'horizontal' ? ['ArrowLeft', 'ArrowRight'] : ['ArrowUp', 'ArrowDown'];
  container.addEventListener('keydown', (event) => {
    const enabled = items().filter((item) => !(item as HTMLButtonElement).disabled && !item.hidden);
    const index = enabled.indexOf(event.target as HTMLElement);
    if (index < 0) return;
    let next: HTMLElement | undefined;
    if (event.key === back) next = enabled[(index - 1 + enabled.length) % enabled.length];
    else if (event.key === forward) next = enabled[(index + 1) % enabled.length];
    else if (event.key === 'Home') next = enabled[0];
    else if (event.key === 'End') next = enabled.at(-1);
    if (!next) return;
    event.preventDefault();
    setTabStop(enabled, next);
    next.focus();
  });
  container.addEventListener('focusin', (event) => {
    const all = items();
    if (all.includes(event.target as HTMLElement)) setTabStop(all, event.target as HTMLElement);
  });
}

/** Makes `current` the one item of `items` reachable by Tab. */
export function setTabStop(items: HTMLElement[], current: HTMLElement): void {
  for (const item of items) item.tabIndex = item === current ? 0 : -1;
}

/** Keeps one enabled item of `items` as the tab stop, e.g. after the current one became disabled. */
export function ensureTabStop(items: HTMLElement[]): void {
  const enabled = items.filter((item) => !(item as HTMLButtonElement).disabled && !item.hidden);
  const current = enabled.find((item) => item.tabIndex === 0);
  if (enabled.length > 0) setTabStop(items, current ?? enabled[0]!);
}
