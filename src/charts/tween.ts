/**
 * The charts' one animation tool (instead of d3-transition): move attributes and inline styles of
 * an element from their current values to targets over `duration` ms, cubic in-out, on
 * requestAnimationFrame.
 *
 * - numbers inside strings are interpolated pairwise, as d3.interpolateString does
 *   (`translate(10,20)` → `translate(30,5)`, path `d` with the same commands);
 * - colours (#rgb, #rrggbb, rgb()) are interpolated in RGB;
 * - anything else (no numbers, `url(#…)`, `none`, a missing start) is set when the tween ends;
 * - at the end every target is set exactly as given;
 * - a new tween on an element interrupts the one running there (whose `onEnd` is not called);
 * - duration 0 sets the targets at once (and calls `onEnd` at once).
 */

type Values = Record<string, string | number>;

export interface Targets {
  attr?: Values;
  style?: Values;
}

interface Run {
  t0: number;
  duration: number;
  set: (k: number) => void;
  onEnd?: () => void;
}

const runs = new Map<Element, Run>();
let scheduled = false;

/** d3.easeCubicInOut. */
export function easeCubicInOut(t: number): number {
  const u = t * 2;
  if (u <= 1) return (u * u * u) / 2;
  const v = u - 2;
  return (v * v * v + 2) / 2;
}

const NUMBER = /[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g;

/**
 * Interpolates the numbers of `b` from the numbers of `a` at the same positions; the text
 * between numbers comes from `b`. Null when `b` has no number to move.
 */
export function interpolateString(a: string, b: string): ((t: number) => string) | null {
  const from = a.match(NUMBER) ?? [];
  const to = b.match(NUMBER) ?? [];
  if (!to.length || !from.length) return null;
  const text = b.split(NUMBER);
  return (t) => {
    let s = text[0]!;
    for (let i = 0; i < to.length; i++) {
      const n = i < from.length ? +from[i]! + (+to[i]! - +from[i]!) * t : to[i]!;
      s += n + text[i + 1]!;
    }
    return s;
  };
}

/** [r, g, b] of `#rgb`, `#rrggbb` or `rgb(r, g, b)`, else null. */
export function parseColor(s: string): [number, number, number] | null {
  let m = /^#([\da-f]{3}|[\da-f]{6})$/i.exec(s.trim());
  if (m) {
    const h = m[1]!.length === 3 ? m[1]!.replace(/./g, '$&$&') : m[1]!;
    return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
  }
  m = /^rgb\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*\)$/i.exec(s.trim());
  return m ? [+m[1]!, +m[2]!, +m[3]!] : null;
}

/** A function from t in [0, 1] to the value between `a` and `b`, or null when it cannot move. */
export function interpolate(a: string | null, b: string): ((t: number) => string) | null {
  if (a === null) return null;
  const ca = parseColor(a);
  const cb = parseColor(b);
  if (ca && cb) return (t) => `rgb(${ca.map((v, i) => Math.round(v + (cb[i]! - v) * t)).join(', ')})`;
  if (ca || cb) return null;
  return interpolateString(a, b);
}

function frame(now: number): void {
  scheduled = false;
  for (const [el, run] of runs) {
    const k = Math.max(0, Math.min(1, (now - run.t0) / run.duration));
    if (k < 1) {
      run.set(easeCubicInOut(k));
      continue;
    }
    runs.delete(el);
    run.set(1);
    run.onEnd?.();
  }
  schedule();
}

function schedule(): void {
  if (scheduled || !runs.size) return;
  scheduled = true;
  const raf =
    globalThis.requestAnimationFrame ??
    ((cb: (t: number) => void) => setTimeout(() => cb(performance.now()), 16));
  raf(frame);
}

/** Stops the tween on `el` (and, with `deep`, on every element inside it) where it is. */
export function interrupt(el: Element, deep = false): void {
  runs.delete(el);
  if (deep) for (const e of runs.keys()) if (el.contains(e)) runs.delete(e);
}

/** True while a tween runs on `el`. */
export function isTweening(el: Element): boolean {
  return runs.has(el);
}

/**
 * Moves `el` to `targets` over `duration` ms, interrupting its running tween. `onEnd` runs once
 * the targets are set (not when interrupted).
 */
export function tween(el: Element, targets: Targets, duration: number, onEnd?: () => void): void {
  runs.delete(el);
  const style = (el as HTMLElement).style;
  const steps: ((k: number) => void)[] = [];
  const finals: (() => void)[] = [];
  for (const [name, value] of Object.entries(targets.attr ?? {})) {
    const b = String(value);
    const f = interpolate(el.getAttribute(name), b);
    if (f) steps.push((k) => el.setAttribute(name, f(k)));
    finals.push(() => el.setAttribute(name, b));
  }
  for (const [name, value] of Object.entries(targets.style ?? {})) {
    const b = String(value);
    const f = interpolate(style.getPropertyValue(name) || null, b);
    if (f) steps.push((k) => style.setProperty(name, f(k)));
    finals.push(() => style.setProperty(name, b));
  }
  const set = (k: number) => {
    if (k < 1) for (const s of steps) s(k);
    else for (const f of finals) f();
  };
  if (!(duration > 0)) {
    set(1);
    onEnd?.();
    return;
  }
  runs.set(el, { t0: performance.now(), duration, set, onEnd });
  schedule();
}
