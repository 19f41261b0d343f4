/**
 * RFC 4180 CSV. Cells that a spreadsheet would run as a formula (=, +, -, @ at the start)
 * get a leading apostrophe, so a downloaded file cannot execute anything when opened.
 */
export function toCsv(columns: string[], rows: (string | number | boolean | null | undefined)[][]): string {
  const lines = [columns, ...rows].map((row) => row.map(cell).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

function cell(v: string | number | boolean | null | undefined): string {
  if (v === null || v === undefined) return '';
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
