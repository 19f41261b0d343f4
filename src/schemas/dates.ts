import { z } from 'zod';

/**
 * How much of a date is known. `quarter` dates are written as the quarter's last day
 * (Tencent reports users at quarter end), so they use the `day` form.
 */
export const PrecisionSchema = z.enum(['day', 'month', 'quarter', 'year']);
export type Precision = z.infer<typeof PrecisionSchema>;

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const YEAR = /^\d{4}$/;
const QUARTER_END = /^\d{4}-(03-31|06-30|09-30|12-31)$/;

/** A date written as YYYY-MM-DD, YYYY-MM or YYYY (calendar-checked). */
export const PartialDateSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, {
    message: 'expected a date written as YYYY-MM-DD, YYYY-MM or YYYY (for example 2017-05-04)',
    abort: true,
  })
  .refine((s) => isRealDate(s), {
    message: 'expected a date written as YYYY-MM-DD, YYYY-MM or YYYY (for example 2017-05-04)',
  });

/** A full calendar day, YYYY-MM-DD. */
export const DaySchema = z.string().refine((s) => DAY.test(s) && isRealDate(s), {
  message: 'expected a day written as YYYY-MM-DD (for example 2017-05-04)',
});

/** True when `s` is YYYY, YYYY-MM or a YYYY-MM-DD that exists in the calendar. */
export function isRealDate(s: string): boolean {
  if (YEAR.test(s) || MONTH.test(s)) return true;
  if (!DAY.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** The form a date must have for a given precision, in words, or null when it fits. */
export function precisionMismatch(date: string, precision: Precision): string | null {
  switch (precision) {
    case 'day':
      return DAY.test(date) ? null : 'precision "day" needs a date written YYYY-MM-DD';
    case 'month':
      return MONTH.test(date) ? null : 'precision "month" needs a date written YYYY-MM';
    case 'year':
      return YEAR.test(date) ? null : 'precision "year" needs a date written YYYY';
    case 'quarter':
      return QUARTER_END.test(date)
        ? null
        : 'precision "quarter" needs the quarter’s last day, YYYY-03-31, -06-30, -09-30 or -12-31';
  }
}

/** First instant (UTC) a partial date can mean: 2017 → 2017-01-01, 2017-05 → 2017-05-01. */
export function startOf(date: string): Date {
  const [y, m = '01', d = '01'] = date.split('-');
  return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
}

/** Last day (UTC midnight) a partial date can mean: 2017 → 2017-12-31, 2017-02 → 2017-02-28. */
export function endOf(date: string): Date {
  const parts = date.split('-').map(Number);
  if (parts.length === 3) return new Date(Date.UTC(parts[0]!, parts[1]! - 1, parts[2]!));
  if (parts.length === 2) return new Date(Date.UTC(parts[0]!, parts[1]!, 0));
  return new Date(Date.UTC(parts[0]!, 11, 31));
}
