/**
 * Why a date in a figure's state was refused, in words that name the mistake and show the value.
 * The chart's own schema decides whether a value is valid; when it refuses a date key (`focus`,
 * `date`), these say which of the usual mistakes it is: another format (`01/06/2024`), a day
 * that does not exist (`2024-06-31`), a month or year without a day (`2024-06`), or a range
 * that ends before it starts.
 */

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
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

export interface DateProblem {
  /** Path inside the key: '' for the value itself, `[0]` for the first item. */
  at: string;
  message: string;
}

/** What is wrong with one day written in a state, or null when it is a real YYYY-MM-DD day. */
export function dayProblem(v: unknown): string | null {
  if (typeof v !== 'string') return `expected a day in quotes written "YYYY-MM-DD", got ${JSON.stringify(v)}`;
  const m = DAY.exec(v);
  if (!m) {
    if (/^\d{4}(-\d{2})?$/.test(v))
      return `"${v}" is not a whole day: write year, month and day, YYYY-MM-DD (for example "${v.length === 4 ? `${v}-01-01` : `${v}-01`}")`;
    return `"${v}" is not written YYYY-MM-DD: write the year first, for example "2017-05-04" for 4 May 2017`;
  }
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) return `"${v}" has no month ${m[2]}: the month is 01 to 12 (YYYY-MM-DD)`;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > last) return `"${v}" is not a real day: ${MONTHS[month - 1]} ${year} has ${last} days`;
  return null;
}

/** Problems with a `[start, end]` pair of days, or [] when it is a valid range. */
export function rangeProblems(v: unknown): DateProblem[] {
  if (!Array.isArray(v) || v.length !== 2)
    return [
      {
        at: '',
        message: `expected two days [start, end] written YYYY-MM-DD, for example ["2017-04-25", "2017-05-20"], got ${JSON.stringify(v)}`,
      },
    ];
  const out: DateProblem[] = [];
  v.forEach((d, i) => {
    const p = dayProblem(d);
    if (p) out.push({ at: `[${i}]`, message: p });
  });
  if (out.length === 0 && v[0] >= v[1])
    out.push({
      at: '',
      message: `starts ("${v[0]}") ${v[0] === v[1] ? 'on the day' : 'after'} it ends ("${v[1]}"): write the earlier day first, and two different days`,
    });
  return out;
}

/** Explains a refused date key of a state, or null when the key is not a date or looks fine. */
export function explainStateDate(key: string, value: unknown): DateProblem[] | null {
  if (key === 'focus') {
    const p = rangeProblems(value);
    return p.length ? p : null;
  }
  if (key === 'date') {
    const p = dayProblem(value);
    return p ? [{ at: '', message: p }] : null;
  }
  return null;
}
