/**
 * Status of online services by country at a date, derived from dated events; and the stage a
 * control mechanism had reached by a date. Pure and browser-safe (type imports only), so a figure
 * can move between dates without another request.
 */
import { utcDay } from 'd3-time';
import type { Category, Event, ServiceStatus } from '../schemas/event';
import { dateEnd, dateStart, isoDay } from './shared/format';
import { chartText, type Locale } from './shared/i18n';
import { isThinlySourced } from '../schemas/thinlySourced';

/** What a matrix cell says. `none` = no restriction recorded in our data (not a claim of "open"). */
export type CellStatus = ServiceStatus | 'none';

/** Cell statuses from most to least severe, for legends and tables. */
export const CELL_STATUSES: readonly CellStatus[] = ['blocked', 'throttled', 'open', 'none'];

/** Reader-facing words for a status ("Throttled or partly blocked"), capitalised, in an edition. */
export function statusLabel(status: CellStatus, locale: Locale = 'en'): string {
  return chartText(locale, `charts.status.${status}`);
}

/** The same words inside a sentence ("throttled or partly blocked"; Chinese has no case). */
export function statusWords(status: CellStatus, locale: Locale = 'en'): string {
  return chartText(locale, `charts.status.inline.${status}`);
}

/** Short cell words (the legend explains them). */
export function statusShort(status: CellStatus, locale: Locale = 'en'): string {
  return chartText(locale, `charts.status.short.${status}`);
}

/**
 * The day from which a partial date certainly applies: its last day. `2015` → `2015-12-31`,
 * `2017-07` → `2017-07-31`, `2017-05-04` → itself. A block known only by year therefore shows
 * from the end of that year: the matrix never shows a restriction before it surely happened.
 */
export function effectiveDay(date: string): string {
  return isoDay(utcDay.offset(dateEnd(date), -1));
}

/** The day after a YYYY-MM-DD day. */
export function nextDay(day: string): string {
  return isoDay(utcDay.offset(dateStart(day), 1));
}

/** One change of a service's status in one country. */
export interface StatusChange {
  /** Event id that records the change. */
  id: string;
  /** YYYY-MM-DD from which the change certainly applies (see effectiveDay). */
  day: string;
  /** Date as the record writes it (YYYY, YYYY-MM or YYYY-MM-DD). */
  date: string;
  /** Status after the change. */
  status: ServiceStatus;
  /** Short event title. */
  title: string;
  /** First source of the record. */
  source: { url: string; publisher: string };
  /** Every source of the record is secondary: the details line says so. */
  thin?: true;
  /** True when this change is the end of a period recorded by the event's `endDate`. */
  ended?: boolean;
}

const CATEGORY_STATUS: Partial<Record<Category, ServiceStatus>> = {
  block: 'blocked',
  throttle: 'throttled',
  unblock: 'open',
};

/** The status an event sets for its service, or null when it does not change it. */
export function statusOfEvent(
  e: Pick<Event, 'category' | 'serviceStatus' | 'service'>,
): ServiceStatus | null {
  if (!e.service) return null;
  return e.serviceStatus ?? CATEGORY_STATUS[e.category] ?? null;
}

type EventLike = Pick<
  Event,
  'id' | 'date' | 'endDate' | 'country' | 'category' | 'service' | 'serviceStatus' | 'title' | 'sources'
>;

/**
 * Every status change of `service` in `country`, oldest first. Events on the same day keep
 * dataset order. An event with `endDate` adds a change the day after it ends, back to the status
 * before the event (or `open` when there was none).
 */
export function statusChanges(
  events: readonly EventLike[],
  country: string,
  service: string,
): StatusChange[] {
  const raw: StatusChange[] = [];
  events.forEach((e) => {
    if (e.country !== country || e.service !== service) return;
    const status = statusOfEvent(e);
    if (!status) return;
    const src = e.sources[0]!;
    raw.push({
      id: e.id,
      day: effectiveDay(e.date),
      date: e.date,
      status,
      title: e.title,
      source: { url: src.url, publisher: src.publisher },
      ...(isThinlySourced(e) ? { thin: true as const } : {}),
    });
  });
  raw.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  // Periods with an end date: insert the return to the earlier status.
  const out: StatusChange[] = [];
  for (const c of raw) {
    out.push(c);
    const ev = events.find((e) => e.id === c.id);
    if (ev?.endDate) {
      const before: ServiceStatus = out.length > 1 ? out[out.length - 2]!.status : 'open';
      out.push({
        ...c,
        day: nextDay(effectiveDay(ev.endDate)),
        date: ev.endDate,
        status: before,
        ended: true,
      });
    }
  }
  out.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  return out;
}

/**
 * The status at `day` (YYYY-MM-DD): `change` is the latest change on or before it, `since` the
 * first change of the run that ended in the same status (a throttling that was extended is
 * throttled since its start). `none` before any change.
 */
export function statusAt(
  changes: readonly StatusChange[],
  day: string,
): { status: CellStatus; change?: StatusChange; since?: StatusChange } {
  let last = -1;
  changes.forEach((c, i) => {
    if (c.day <= day) last = i;
  });
  if (last < 0) return { status: 'none' };
  const change = changes[last]!;
  let first = last;
  while (first > 0 && changes[first - 1]!.status === change.status) first--;
  return { status: change.status, change, since: changes[first] };
}

/** Status of one service in one country at a day, straight from events. */
export function serviceStatusAt(
  events: readonly EventLike[],
  country: string,
  service: string,
  day: string,
): CellStatus {
  return statusAt(statusChanges(events, country, service), day).status;
}

/**
 * How far a control mechanism had got in a country, from one record:
 * - `in-force`: a law-in-force record;
 * - `applied`: the rule is in use without a law-in-force record: a register opened, a block
 *   applied, a system in operation, a regulation issued (and none of its own in-force records
 *   follows);
 * - `adopted`: a law or regulation whose own in-force record (same law) comes later: pending;
 * - `undated`: a law adopted whose in-force date our records do not hold.
 */
export type MechanismStage = 'in-force' | 'applied' | 'adopted' | 'undated';

/** One dated step of a mechanism in a country. */
export interface MechanismStep {
  id: string;
  day: string;
  date: string;
  stage: MechanismStage;
  /** Law or rule name (the event's subject). */
  law: string;
  title: string;
  category: Category;
  source: { url: string; publisher: string };
  /** Every source of the record is secondary: the details line says so. */
  thin?: true;
}

/** Words for a step's stage, e.g. "in force", "adopted", "register opened". */
export function stageWords(step: Pick<MechanismStep, 'stage' | 'category'>, locale: Locale = 'en'): string {
  return chartText(locale, `charts.stage.${stageKey(step)}`);
}

/** Which words a step's stage takes: in force, adopted, issued, register opened, first applied, in operation. */
export function stageKey(step: Pick<MechanismStep, 'stage' | 'category'>): string {
  if (step.stage === 'in-force') return 'inForce';
  switch (step.category) {
    case 'law':
      return 'adopted';
    case 'regulation':
      return 'issued';
    case 'registry':
      return 'register';
    case 'block':
      return 'applied';
    default:
      return 'operating';
  }
}

function toStep(e: EventLike & Pick<Event, 'subject'>, stage: MechanismStage): MechanismStep {
  const src = e.sources[0]!;
  return {
    id: e.id,
    day: effectiveDay(e.date),
    date: e.date,
    stage,
    law: e.subject,
    title: e.title,
    category: e.category,
    source: { url: src.url, publisher: src.publisher },
    ...(isThinlySourced(e) ? { thin: true as const } : {}),
  };
}

/** A law's name without its bracketed gloss: "Yarovaya package (374-FZ, 375-FZ)" → "Yarovaya package". */
function lawKey(subject: string): string {
  return (
    subject
      // "(…)" and the full-width "（…）" of Chinese law names.
      .replace(/\s*[(（].*$/, '')
      .trim()
      .toLowerCase()
  );
}

/** Stages by how much they say a rule is in effect; a cell only ever moves up. */
const LEVEL: Record<MechanismStage, number> = { adopted: 1, undated: 1, applied: 2, 'in-force': 3 };

/**
 * The steps a matrix cell goes through for one mechanism in one country, oldest first: the first
 * record, then each later record that says more about the rule being in effect (see
 * MechanismStage), ending with the earliest law-in-force record when there is one. A rule in use
 * (a register, blocks, a filtering system) counts as in effect even without a law-in-force
 * record, so that infrastructure such as the Great Firewall is not drawn as weaker than a
 * statute. Empty when the dataset has nothing.
 */
export function mechanismSteps(
  events: readonly (EventLike & Pick<Event, 'subject' | 'mechanisms'>)[],
  country: string,
  mechanism: string,
): MechanismStep[] {
  const mine = events
    .map((e, i) => ({ e, i, day: effectiveDay(e.date) }))
    .filter(({ e }) => e.country === country && e.mechanisms?.includes(mechanism))
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.i - b.i));
  const stageOf = (k: number): MechanismStage => {
    const { e, day } = mine[k]!;
    if (e.category === 'law-in-force') return 'in-force';
    if (e.category !== 'law' && e.category !== 'regulation') return 'applied';
    const own = mine.some(
      (o) => o.e.category === 'law-in-force' && o.day >= day && lawKey(o.e.subject) === lawKey(e.subject),
    );
    if (own) return 'adopted';
    return e.category === 'regulation' ? 'applied' : 'undated';
  };
  const steps: MechanismStep[] = [];
  mine.forEach(({ e }, k) => {
    const stage = stageOf(k);
    const top = steps[steps.length - 1];
    if (!top || LEVEL[stage] > LEVEL[top.stage]) steps.push(toStep(e, stage));
  });
  return steps;
}

/** The step a mechanism cell shows at `day` (undefined before its first record); no day = final. */
export function mechanismAt(steps: readonly MechanismStep[], day?: string): MechanismStep | undefined {
  let last: MechanismStep | undefined;
  for (const s of steps) if (day === undefined || s.day <= day) last = s;
  return last;
}
