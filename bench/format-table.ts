/** A Markdown table whose columns line up in a terminal too; `align` gives `l` or `r` per column. */
export function formatTable(headers: string[], rows: string[][], align: string): string {
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)));
  const cell = (text: string, column: number) => (align[column] === 'r' ? text.padStart(widths[column]!) : text.padEnd(widths[column]!));
  const line = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
  const rule = `| ${widths.map((width, column) => (align[column] === 'r' ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width))).join(' | ')} |`;
  return [line(headers), rule, ...rows.map(line)].join('\n');
}

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** `1,234`, `12.3`, `0.123`: about three significant digits, thousands separated. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Math.abs(value) >= 100) return integer.format(value);
  if (Math.abs(value) >= 10) return value.toFixed(1);
  if (Math.abs(value) >= 1) return value.toFixed(2);
  return value.toPrecision(2);
}

/** `2.31×`. */
export function formatRatio(value: number): string {
  return `${formatNumber(value)}×`;
}
