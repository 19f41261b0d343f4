/**
 * A Chrome trace of what a page does while `during` runs, through a CDP session: every event of
 * the given categories (CDP Tracing, reported as it is collected). Used by profile-scroll.ts and
 * by tests that count what the browser did (tests/e2e/stepWork.spec.ts).
 */
import type { CDPSession } from 'playwright-core';

/** One trace event (the fields the tools read). */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  cat?: string;
  args?: Record<string, unknown>;
}

// Tracing's events are not in playwright-core's CDP types: a loose view of the session.
type Loose = {
  on(e: 'Tracing.dataCollected', f: (d: { value: TraceEvent[] }) => void): void;
  once(e: 'Tracing.tracingComplete', f: () => void): void;
};

export async function recordTrace(
  cdp: CDPSession,
  categories: string,
  during: () => Promise<void>,
): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const loose = cdp as unknown as Loose;
  loose.on('Tracing.dataCollected', (d) => events.push(...d.value));
  await cdp.send('Tracing.start', { categories, transferMode: 'ReportEvents' });
  await during();
  const done = new Promise<void>((r) => loose.once('Tracing.tracingComplete', r));
  await cdp.send('Tracing.end');
  await done;
  return events;
}
