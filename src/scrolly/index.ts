/**
 * Entry of the scroll engine on a page: one controller per scrolly section, one rAF-throttled
 * scroll listener for all of them, the URL fragment, deep links, back/forward and the reader's
 * toggles. This folder is the only code that knows the page scrolls.
 */
import { attachRoving } from '../charts/roving';
import { ScrollyController } from './controller';
import { initFiguresToggles } from './figuresMode';
import { initMotionToggles, reducedMotion } from './motion';
import { initShareLinks } from './share';
import { fragmentId, fragmentPending, replaceFragment } from './url';
import './reading';
import { initEmbedButtons } from '../embed/dialog';

const controllers: ScrollyController[] = [];
let frame = 0;
let jumping = 0;

/** Reads every section's position and shows its active step; the URL follows the current one. */
function syncAll(announce = true): void {
  frame = 0;
  if (jumping || document.documentElement.classList.contains('scrolly-linear')) return;
  let current: string | null = null;
  // Every position is read before any figure changes: a read after a change would make the
  // browser lay the page out again, once per section. A section far from the viewport keeps
  // its step until it comes near (then it syncs).
  const near = controllers.filter((c) => c.near);
  const positions = near.map((c) => c.position());
  for (const [i, c] of near.entries()) {
    const p = positions[i]!;
    c.showPosition(p, { announce });
    if (p.current) current = c.stepId(p.index);
  }
  const hashId = fragmentId(location.hash);
  if (current) replaceFragment(current);
  // Out of every section: no step in the URL (nor one still waiting to be written).
  else if (fragmentPending() || (hashId && controllers.some((c) => c.steps.some((s) => s.id === hashId))))
    replaceFragment(null);
}

function schedule(): void {
  if (!frame) frame = requestAnimationFrame(() => syncAll());
}

function waitForScrollEnd(ms: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      window.removeEventListener('scrollend', done);
      clearTimeout(timer);
      resolve();
    };
    const timer = window.setTimeout(done, ms);
    window.addEventListener('scrollend', done, { once: true });
  });
}

/** Scrolls so that step `index` of `c` is active; shows it at once rather than replaying steps on the way. */
async function jump(c: ScrollyController, index: number, smooth = !reducedMotion()): Promise<void> {
  const token = ++jumping;
  c.show(index, { announce: true });
  replaceFragment(c.stepId(index));
  const top = c.targetFor(index);
  const far = Math.abs(top - window.scrollY) > 2;
  if (far) {
    window.scrollTo({ top, behavior: smooth ? 'smooth' : 'instant' });
    await waitForScrollEnd(smooth ? 1500 : 150);
  }
  if (token === jumping) {
    jumping = 0;
    c.holdLanding(index);
    syncAll();
  }
}

/** The section and index of a step id, or null. */
function findStep(id: string | null): { c: ScrollyController; index: number } | null {
  if (!id) return null;
  for (const c of controllers) {
    const index = c.steps.findIndex((s) => s.id === id);
    if (index >= 0) return { c, index };
  }
  return null;
}

function navigationType(): string {
  const nav = performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined;
  return nav?.type ?? 'navigate';
}

function init(): void {
  const sections = [...document.querySelectorAll<HTMLElement>('[data-scrolly]')];
  const hooks = { jump: (c: ScrollyController, i: number) => void jump(c, i), changed: schedule };
  // Every section reads its layout, then every section writes (see ScrollyController.start).
  for (const s of sections) controllers.push(new ScrollyController(s, hooks));
  for (const c of controllers) c.start();

  // Arrow keys inside charts drawn with one Tab stop, static ones too (they load no chart code).
  for (const f of document.querySelectorAll('.chart-figure, .scrolly-figure')) attachRoving(f);
  initMotionToggles();
  initShareLinks();
  initEmbedButtons();
  initFiguresToggles((section) => {
    section?.scrollIntoView({ block: 'start' });
    schedule();
  });

  window.addEventListener('scroll', schedule, { passive: true });
  const relayout = () => {
    for (const c of controllers) c.refresh();
    schedule();
  };
  window.addEventListener('resize', relayout);
  window.addEventListener('orientationchange', relayout);
  screen.orientation?.addEventListener?.('change', relayout);
  // A followed #step link (or back/forward to one): land with that step active.
  // A followed #step link, Back or Forward: go to the step the URL names. popstate can arrive
  // before hashchange, so both jump; reading the old scroll position would rewrite the URL back.
  const toUrlStep = () => {
    const hit = findStep(fragmentId(location.hash));
    if (hit) void jump(hit.c, hit.index, false);
    else schedule();
  };
  window.addEventListener('hashchange', toUrlStep);
  window.addEventListener('popstate', toUrlStep);
  window.addEventListener('pageshow', (e) => {
    if (e.persisted) schedule();
  });

  // First paint: a deep link on a fresh visit lands on its step; a reload or a history visit
  // keeps the restored position. Either way the active step is read from the position.
  const hit = findStep(fragmentId(location.hash));
  if (hit && navigationType() === 'navigate') void jump(hit.c, hit.index, false);
  else syncAll(false);
  // Positions settle once fonts and late layout are in.
  window.addEventListener('load', schedule, { once: true });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init, { once: true });
else init();
