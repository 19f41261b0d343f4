import type { Precision } from '../schemas/dates';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A record's date as a reader says it, no more precise than it is known: "4 May 2017", "May 2017", "2017". */
export function formatRecordDate(date: string, precision: Precision): string {
  const [y, m, d] = date.split('-');
  if (precision === 'year' || !m) return y!;
  const month = MONTHS[Number(m) - 1];
  if (precision === 'month' || !d) return `${month} ${y}`;
  if (precision === 'quarter') return `Q${Math.ceil(Number(m) / 3)} ${y}`;
  return `${Number(d)} ${month} ${y}`;
}
