import type { ModelerStrings } from '../_internal/strings.js';
import { el } from './dom.js';

/** One finding of the live validation. */
export interface LintIssue {
  /** The element the finding is about (bpmn-js-bpmnlint moves findings on hidden elements to their pool or root). */
  elementId: string;
  rule: string;
  message: string;
  severity: 'error' | 'warning' | 'info';
}

/** A report as bpmn-js-bpmnlint hands it over in `linting.completed`. */
interface LintReport {
  id?: string;
  actualElementId?: string;
  rule?: string;
  message: string;
  category: string;
}

const ORDER = { error: 0, warning: 1, info: 2 } as const;

/** The findings of `linting.completed`, errors first, each on the element it is really about. */
export function flattenIssues(issues: Record<string, LintReport[]>): LintIssue[] {
  return Object.values(issues)
    .flat()
    .map((report) => ({
      elementId: report.actualElementId ?? report.id ?? '',
      rule: report.rule ?? '',
      message: report.message,
      severity: report.category === 'warn' ? ('warning' as const) : report.category === 'info' ? ('info' as const) : ('error' as const),
    }))
    .toSorted((a, b) => ORDER[a.severity] - ORDER[b.severity] || a.elementId.localeCompare(b.elementId) || a.rule.localeCompare(b.rule));
}

/**
 * The validation findings as a list a keyboard or screen-reader user can work through: one
 * button per finding, which selects its element (the canvas overlays of bpmn-js-bpmnlint are
 * hover menus and show only on the diagram).
 */
export class IssuesPanel {
  readonly element: HTMLElement;
  private issues: LintIssue[] = [];
  /** What the list shows now; an unchanged list is not rebuilt, so a focused finding keeps focus. */
  private shown = '';
  private readonly list = el('ul', { className: 'pm-issues' });
  private readonly empty = el('p', { className: 'pm-empty' });
  private readonly strings: () => ModelerStrings;
  private readonly describe: (elementId: string) => string;
  private readonly onSelect: (elementId: string) => void;

  constructor(options: { strings: () => ModelerStrings; describe: (elementId: string) => string; onSelect: (elementId: string) => void }) {
    this.strings = options.strings;
    this.describe = options.describe;
    this.onSelect = options.onSelect;
    this.element = el('div', { className: 'pm-issues-panel' }, this.empty, this.list);
    this.render();
  }

  /** Counts of errors and warnings, for the tab's label. */
  get counts(): { errors: number; warnings: number } {
    return {
      errors: this.issues.filter((issue) => issue.severity === 'error').length,
      warnings: this.issues.filter((issue) => issue.severity === 'warning').length,
    };
  }

  update(issues: LintIssue[]): void {
    this.issues = issues;
    this.render();
  }

  render(): void {
    const s = this.strings();
    const shown = JSON.stringify([s.noIssues, this.issues.map((issue) => [issue.elementId, issue.rule, issue.message, this.describe(issue.elementId)])]);
    if (shown === this.shown) return;
    this.shown = shown;
    this.empty.textContent = s.noIssues;
    this.empty.hidden = this.issues.length > 0;
    this.list.replaceChildren(
      ...this.issues.map((issue) =>
        el(
          'li',
          {},
          el(
            'button',
            { type: 'button', className: `pm-issue pm-issue-${issue.severity}`, attrs: { 'data-element-id': issue.elementId, 'data-rule': issue.rule }, onclick: () => this.onSelect(issue.elementId) },
            el('span', { className: 'pm-issue-kind' }, issue.severity === 'error' ? s.error : s.warning),
            ' ',
            el('span', { className: 'pm-issue-where' }, s.issueOn(this.describe(issue.elementId))),
            el('span', { className: 'pm-issue-message' }, issue.message),
            el('span', { className: 'pm-issue-rule' }, issue.rule),
          ),
        ),
      ),
    );
  }
}
