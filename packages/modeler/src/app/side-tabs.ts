import { el, roveFocus, setTabStop } from './dom.js';

/**
 * Tabs over the side panels, after the WAI-ARIA tabs pattern: one tab stop, arrow keys, Home
 * and End move between the tabs and show their panel at once (automatic activation).
 * `onChange(next, previous)` runs when another tab is shown.
 */
export class SideTabs<T extends string> {
  readonly tabList: HTMLElement;
  readonly tabs: Record<T, { tab: HTMLButtonElement; panel: HTMLElement }>;
  private current: T;
  private readonly onChange: (next: T, previous: T) => void;

  constructor(panels: Record<T, HTMLElement>, onChange: (next: T, previous: T) => void) {
    const names = Object.keys(panels) as T[];
    this.current = names[0]!;
    this.onChange = onChange;
    this.tabs = Object.fromEntries(names.map((name) => [name, this.make(name, panels[name], name === this.current)])) as SideTabs<T>['tabs'];
    const buttons = () => names.map((name) => this.tabs[name].tab);
    this.tabList = el('div', { className: 'pm-tabs', attrs: { role: 'tablist' } }, ...buttons());
    roveFocus(this.tabList, buttons);
    this.tabList.addEventListener('keydown', (event) => {
      if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) return;
      queueMicrotask(() => {
        const focused = names.find((name) => this.tabs[name].tab === document.activeElement);
        if (focused) this.show(focused);
      });
    });
  }

  /** The name of the tab shown now. */
  get shown(): T {
    return this.current;
  }

  /** The panels, in tab order, to place after {@link tabList}. */
  get panels(): HTMLElement[] {
    return (Object.keys(this.tabs) as T[]).map((name) => this.tabs[name].panel);
  }

  /** Shows the panel of `name`. */
  show(name: T): void {
    if (name === this.current) return;
    const previous = this.current;
    this.current = name;
    for (const key of Object.keys(this.tabs) as T[]) {
      const { tab, panel } = this.tabs[key];
      tab.setAttribute('aria-selected', String(key === name));
      panel.hidden = key !== name;
    }
    setTabStop((Object.keys(this.tabs) as T[]).map((key) => this.tabs[key].tab), this.tabs[name].tab);
    this.onChange(name, previous);
  }

  private make(name: T, content: HTMLElement, selected: boolean): { tab: HTMLButtonElement; panel: HTMLElement } {
    const tab = el('button', {
      type: 'button',
      id: `pm-tab-${name}`,
      className: 'pm-tab',
      tabIndex: selected ? 0 : -1,
      attrs: { role: 'tab', 'aria-controls': `pm-panel-${name}`, 'aria-selected': String(selected), 'data-tab': name },
      onclick: () => this.show(name),
    });
    const panel = el(
      'div',
      { id: `pm-panel-${name}`, className: `pm-panel pm-panel-${name}`, hidden: !selected, attrs: { role: 'tabpanel', 'aria-labelledby': `pm-tab-${name}`, tabindex: '0' } },
      content,
    );
    return { tab, panel };
  }
}
