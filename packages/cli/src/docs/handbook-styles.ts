/**
 * The handbook's one stylesheet, inlined in every page (no external requests). Readable on a
 * phone at 320 px and at 200 % zoom; printed, each stage stays on one page where it fits and
 * the diagram gets a landscape page of its own.
 */
export const HANDBOOK_CSS = `
:root { color-scheme: light; --ink: #1d1d1b; --muted: #545450; --line: #d4d4cf; --accent: #0b5cad; --band: #f3f3f1; }
* { box-sizing: border-box; }
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; line-height: 1.55; color: var(--ink); background: #fff; }
body { margin: 0 auto; padding: 1.5rem 1rem 3rem; max-width: 52rem; overflow-wrap: break-word; }
a { color: var(--accent); text-underline-offset: 0.15em; }
a:focus-visible, .diagram-frame:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0.25rem 0 1rem; }
h2 { font-size: 1.45rem; margin: 2.5rem 0 1rem; padding-bottom: 0.3rem; border-bottom: 2px solid var(--ink); }
h3 { font-size: 1.2rem; margin: 0 0 0.4rem; }
h4 { font-size: 1rem; margin: 1rem 0 0.3rem; }
h5, h6 { font-size: 0.95rem; margin: 0.8rem 0 0.2rem; }
.eyebrow { margin: 0; color: var(--muted); font-size: 0.9rem; text-transform: uppercase; letter-spacing: 0.06em; }
.summary { font-size: 1.05rem; }
.facts { color: var(--muted); margin: 0.25rem 0; }
nav ol { padding-left: 1.6rem; }
nav ol ol { margin: 0.2rem 0; }
.diagram-frame { overflow: auto; border: 1px solid var(--line); border-radius: 6px; background: #fff; max-height: 80vh; }
.diagram-frame svg { display: block; max-width: none; height: auto; }
.stages { list-style: none; padding: 0; margin: 0; }
.stage { border-top: 1px solid var(--line); padding: 1.1rem 0 1.2rem; }
.stages .stages { margin-top: 1rem; padding-left: 1rem; border-left: 3px solid var(--band); }
.number { color: var(--muted); font-variant-numeric: tabular-nums; margin-right: 0.35rem; }
.meta { margin: 0 0 0.6rem; color: var(--muted); font-size: 0.95rem; }
.kind { display: inline-block; padding: 0 0.45rem; border: 1px solid var(--muted); border-radius: 999px; font-size: 0.85rem; color: var(--ink); margin-right: 0.4rem; }
.decision .kind { background: var(--ink); color: #fff; border-color: var(--ink); }
.answers { padding-left: 1.3rem; }
.answers li { margin: 0.2rem 0; }
.deadlines li, .legal li, .fields li { margin: 0.15rem 0; }
.basis { color: var(--muted); }
blockquote { margin: 0.5rem 0; padding-left: 0.9rem; border-left: 3px solid var(--line); color: var(--muted); }
code { font-size: 0.92em; background: var(--band); padding: 0 0.2em; border-radius: 3px; }
pre { overflow-x: auto; background: var(--band); padding: 0.6rem; }
footer { margin-top: 3rem; color: var(--muted); font-size: 0.9rem; border-top: 1px solid var(--line); padding-top: 0.8rem; }
.catalogue { list-style: none; padding: 0; }
.catalogue li { border-top: 1px solid var(--line); padding: 0.9rem 0; }
.catalogue h2 { font-size: 1.2rem; margin: 0 0 0.3rem; border: 0; padding: 0; }
@page { size: A4; margin: 18mm 16mm; }
@page landscape { size: A4 landscape; }
@media print {
  html { font-size: 10.5pt; }
  body { max-width: none; padding: 0; }
  nav { break-after: page; }
  .diagram { page: landscape; break-before: page; break-after: page; }
  .diagram h2 { margin-top: 0; }
  .diagram-frame { overflow: visible; border: 0; max-height: none; }
  .diagram-frame svg { width: 100%; height: auto; max-height: 150mm; }
  .stage { break-inside: avoid-page; }
  h2, h3, h4 { break-after: avoid-page; }
  a { color: var(--ink); }
  .legal a[href]::after { content: " (" attr(href) ")"; font-size: 0.85em; color: var(--muted); overflow-wrap: anywhere; }
}
`;
