/**
 * One scrolly section in the browser. The active step always comes from the scroll position
 * (activeStep.ts), never from replaying enter/exit events, so a reload, a deep link, the back
 * button or a fast flick all land on the step the reader sees. scrollama supplies a nudge when a
 * step crosses the line. No chart moves within a step, so step progress is not tracked.
 */
// The ES module source: tree-shaken, without the UMD wrapper of the package's main build.
import scrollama from 'scrollama/src/entry.js';
import {
  activeStepIndex,
  landingTop,
  scrollTargetFor,
  sectionIsCurrent,
  stepBy,
  triggerBelowFigure,
  triggerLine,
} from './activeStep';
import { applyRoving } from '../charts/roving';
import { attachDetails, type Details } from '../charts/shared/details';
import { morph } from '../charts/shared/morph';
import { Drawings } from './drawings';
import { nameFigure } from './figureName';
import { bindArrowKeys, bindTabIntoStep, setUnavailable } from './keyboard';
import { announce, stepAnnouncement, stepCounter } from './liveRegion';
import { statesUrl } from './statesUrl';
import { transitionMs } from './motion';
import { watchStickyFigure } from './stickyFigure';

export interface Position {
  /** Active step index (0 before the first step is reached, the last after the section). */
  index: number;
  /** Whether the trigger line is inside the section (then the URL names the step). */
  current: boolean;
}

export interface ControllerHooks {
  /** Called when a control or key asks for a step: the page scrolls there. */
  jump(controller: ScrollyController, index: number): void;
  /** Called when scrollama sees a step cross the line: the page re-reads positions. */
  changed(): void;
}

/** One drawing of the figure (wide, medium, narrow): CSS shows one of them, by the figure's width. */
interface Variant {
  svg: SVGSVGElement;
  /** `wide`, `medium` or `narrow`: the name of its drawn states (/states/<section>/<name>.svg). */
  name: string;
  /** A copy of the drawing the page was built with (the first step), which the states build on. */
  base: SVGSVGElement;
  /** The section's drawn steps in this layout, once fetched (null if that failed). */
  drawings?: Drawings | null;
  loading?: Promise<void>;
  /** The step whose drawing the SVG shows. */
  shown: number;
  /** Whether CSS shows this layout (the others are display: none), kept by a ResizeObserver. */
  visible: boolean;
}

export class ScrollyController {
  readonly section: HTMLElement;
  readonly steps: HTMLElement[];
  readonly figure: HTMLElement;
  readonly chart: string;
  index = 0;
  private readonly variants: Variant[];
  private readonly live: HTMLElement | null;
  private readonly counter: HTMLElement | null;
  private readonly prev: HTMLButtonElement | null;
  private readonly next: HTMLButtonElement | null;
  private readonly details: Details;
  private scroller: ReturnType<typeof scrollama> | undefined;
  /**
   * Whether the section is within a screen and a half of the viewport: only then does a scroll
   * re-read its position, and its drawings are fetched the first time.
   */
  near = false;
  /** The figure's sticky `top` and its height, in px, as last measured (readLayout). */
  private pinned = { top: 0, height: 0 };
  private fraction = 0.5;
  /** Whether the figure is pinned above the steps (phones), from CSS --scrolly-figure-above. */
  private figureAbove = false;
  /** scrollama's offset as last set up, so a resize re-creates it only when the line moved. */
  private offset = '';
  /** A step the reader was just taken to, held in place while the figure settles (holdLanding). */
  private landing: { index: number; y: number; until: number } | null = null;
  /** Whether the drawings next to the active step are waiting for idle time (prepareNeighbours). */
  private preparing = false;
  /** What the figure still has to show of the active step (show), and its animation frame. */
  private pendingFigure: { announce: boolean; duration: number } | null = null;
  private figureFrame = 0;

  constructor(
    section: HTMLElement,
    private readonly hooks: ControllerHooks,
  ) {
    this.section = section;
    this.steps = [...section.querySelectorAll<HTMLElement>('[data-step]')];
    this.figure = section.querySelector<HTMLElement>('.scrolly-figure')!;
    this.chart = section.dataset.chart ?? '';
    this.variants = [...this.figure.querySelectorAll<SVGSVGElement>('svg[data-layout]')].map((svg) => ({
      svg,
      name: svg.dataset.layout ?? 'wide',
      base: svg.cloneNode(true) as SVGSVGElement,
      shown: 0,
      visible: svg.getClientRects().length > 0,
    }));
    this.live = this.figure.querySelector('[data-live]');
    this.counter = this.figure.querySelector('[data-counter]');
    this.prev = this.figure.querySelector('[data-prev]');
    this.next = this.figure.querySelector('[data-next]');
    this.prev?.addEventListener('click', () => this.command('previous'));
    this.next?.addEventListener('click', () => this.command('next'));
    bindArrowKeys(section, (c) => this.command(c));
    bindTabIntoStep(this.next, () => this.steps[this.index]);
    this.details = attachDetails(this.figure, {
      url: (svg) => this.statesUrl(svg.dataset.layout ?? 'wide', 'json'),
      step: () => this.index,
    });
    this.setupScroller();
    // The figure's height moves the phone trigger line and link landing: its caption wraps once
    // the Embed button shows, fonts arrive, a narrow drawing's height differs between states.
    if (typeof ResizeObserver === 'function') {
      new ResizeObserver(() => this.figureResized()).observe(this.figure);
      // A layout that was hidden (CSS shows one per width) catches up when it shows.
      const shows = new ResizeObserver((entries) => {
        for (const e of entries) {
          const v = this.variants.find((x) => x.svg === e.target);
          if (v) v.visible = e.contentRect.width > 0;
        }
        this.render(0);
      });
      for (const v of this.variants) shows.observe(v.svg);
    }
    this.loadWhenNear();
  }

  /**
   * Writes what the section shows at the start (the first step, the sticky figure's cover). Why
   * not in the constructor: the page makes every section's controller first, which only reads the
   * layout, then starts them all; a read after another section's writes laid the page out again,
   * once per section (5 forced layouts at 4× CPU in the story script's first task).
   */
  start(): void {
    watchStickyFigure(this.section, this.figure);
    this.show(0, { announce: false, duration: 0 });
  }

  /**
   * The trigger line in px: on a phone, a set distance under the pinned figure; elsewhere the
   * section's --scrolly-trigger fraction of the viewport (CSS decides which per layout).
   */
  trigger(): number {
    return this.figureAbove
      ? triggerBelowFigure(window.innerHeight, this.pinnedFigureBottom())
      : triggerLine(window.innerHeight, this.fraction);
  }

  /** Where the figure's bottom edge is while it is pinned (px from the top of the viewport). */
  private pinnedFigureBottom(): number {
    return this.pinned.top + this.pinned.height;
  }

  /**
   * For a moment after the reader is taken to a step (a deep link, Previous/Next), a change in the
   * pinned figure's height (its caption wrapping once the Embed button shows, a late font) takes
   * the page along, so the card stays clear of the figure. Scrolling by the reader ends the hold.
   */
  holdLanding(index: number): void {
    this.landing = { index, y: window.scrollY, until: performance.now() + 2000 };
  }

  private figureResized(): void {
    this.measureLines();
    const hold = this.landing;
    if (!hold) return;
    if (
      performance.now() > hold.until ||
      Math.abs(window.scrollY - hold.y) > 2 ||
      hold.index !== this.index
    ) {
      this.landing = null;
      return;
    }
    const top = this.targetFor(hold.index);
    if (Math.abs(top - window.scrollY) < 1) return;
    window.scrollTo({ top, behavior: 'instant' });
    hold.y = window.scrollY;
  }

  /** Re-reads where the trigger line and link landings are, from the layout now. */
  private measureLines(): void {
    this.readLayout();
    if (this.scrollamaOffset() !== this.offset) this.setupScroller();
  }

  /** Where the reader is, read from the layout now. */
  position(): Position {
    const trigger = this.trigger();
    const tops = this.steps.map((s) => s.getBoundingClientRect().top);
    const bottom = this.section.getBoundingClientRect().bottom;
    return {
      index: activeStepIndex(tops, trigger),
      current: sectionIsCurrent(tops[0] ?? 0, bottom, trigger),
    };
  }

  /**
   * Shows the step of a position read with position(). Only the section the reader is in
   * announces: a long jump (the chapter menu) moves every section it passes, off screen.
   */
  showPosition(p: Position, opts: { announce: boolean }): void {
    if (p.index !== this.index) this.show(p.index, { announce: opts.announce && p.current, nextFrame: true });
  }

  /** Re-reads layout-dependent settings (after a resize or orientation change). */
  refresh(): void {
    this.measureLines();
    // The layout may have switched (wide ↔ narrow): draw the visible figure in the current state.
    this.render(0);
  }

  stepId(index: number): string {
    return this.steps[index]?.id ?? '';
  }

  /** Scroll offset that makes step `index` the active one, its card clear of what is pinned above. */
  targetFor(index: number): number {
    const step = this.steps[index];
    if (!step) return window.scrollY;
    const clear = this.figureAbove ? this.pinnedFigureBottom() : this.pinned.top;
    return scrollTargetFor(
      step.getBoundingClientRect().top,
      window.scrollY,
      landingTop(this.trigger(), clear),
    );
  }

  /**
   * Makes step `index` the active one: its card at once; the figure (data attributes, controls,
   * announcement, chart) at once or, with `nextFrame`, in the next animation frame. Why a frame
   * apart while scrolling: the card's restyle and the figure's reconcile, restyle, layout and paint
   * in one frame made one task over 50 ms at 4× CPU per step change; apart, each is a short one.
   * Steps passed within a frame coalesce: the figure goes straight to the last.
   */
  show(index: number, opts: { announce: boolean; duration?: number; nextFrame?: boolean }): void {
    const i = Math.max(0, Math.min(this.steps.length - 1, index));
    const changed = i !== this.index;
    this.index = i;
    for (const [n, s] of this.steps.entries()) {
      s.classList.toggle('is-active', n === i);
      if (n === i) s.setAttribute('aria-current', 'step');
      else s.removeAttribute('aria-current');
    }
    if (!this.steps[i]) return;
    this.pendingFigure = {
      announce: (this.pendingFigure?.announce ?? false) || (changed && opts.announce),
      duration: opts.duration ?? transitionMs(),
    };
    if (!opts.nextFrame) this.showFigure();
    else if (!this.figureFrame) this.figureFrame = requestAnimationFrame(() => this.showFigure());
  }

  /** Brings the figure to the active step (see show). */
  private showFigure(): void {
    cancelAnimationFrame(this.figureFrame);
    this.figureFrame = 0;
    const pending = this.pendingFigure;
    const step = this.steps[this.index];
    if (!pending || !step) return;
    this.pendingFigure = null;
    const i = this.index;
    const alt = step.dataset.alt ?? '';
    this.figure.dataset.state = step.dataset.state ?? '{}';
    this.figure.dataset.activeStep = step.id;
    for (const v of this.variants) nameFigure(v.svg, alt);
    if (this.counter)
      this.counter.textContent = stepCounter(i, this.steps.length, this.counter.dataset.words);
    setUnavailable(this.prev, i === 0);
    setUnavailable(this.next, i === this.steps.length - 1);
    if (pending.announce)
      announce(this.live, stepAnnouncement(i, this.steps.length, alt, this.live?.dataset.words));
    this.render(pending.duration);
  }

  private command(c: 'previous' | 'next'): boolean {
    const target = stepBy(this.index, c === 'next' ? 1 : -1, this.steps.length);
    if (target === null) return false;
    this.hooks.jump(this, target);
    return true;
  }

  /** Reads the layout settings CSS gives this section now. */
  private readLayout(): void {
    const css = getComputedStyle(this.section);
    const v = Number.parseFloat(css.getPropertyValue('--scrolly-trigger'));
    this.fraction = Number.isFinite(v) && v > 0 && v < 1 ? v : 0.5;
    this.figureAbove = css.getPropertyValue('--scrolly-figure-above').trim() === '1';
    // Read here, not on every scroll: both force style and layout, and change only with them.
    this.pinned = {
      top: Number.parseFloat(getComputedStyle(this.figure).top) || 0,
      height: this.figure.offsetHeight,
    };
  }

  /** scrollama's offset for the trigger line: px under a pinned figure, else the fraction. */
  private scrollamaOffset(): string {
    return this.figureAbove ? `${this.trigger()}px` : String(this.fraction);
  }

  private setupScroller(): void {
    this.readLayout();
    this.offset = this.scrollamaOffset();
    this.scroller?.destroy();
    this.scroller = scrollama()
      // scrollama reads '123px' offsets (its README, parseOffset.js); its types list only 0…1.
      .setup({ step: this.steps, offset: this.offset as unknown as 0.5 })
      .onStepEnter(() => this.hooks.changed())
      .onStepExit(() => this.hooks.changed());
  }

  /**
   * Keeps `near` (a screen and a half around the viewport). The first time the section comes
   * near, the drawings of the layout on screen are fetched, ahead of the reader.
   */
  private loadWhenNear(): void {
    const margin = 1.5;
    const r = this.section.getBoundingClientRect();
    const set = (near: boolean) => {
      if (near && !this.near) {
        for (const v of this.variants) if (v.visible) this.load(v);
        this.hooks.changed();
      }
      this.near = near;
    };
    set(r.bottom > -margin * window.innerHeight && r.top < (1 + margin) * window.innerHeight);
    if (typeof IntersectionObserver !== 'function') {
      set(true);
      return;
    }
    new IntersectionObserver((entries) => set(entries.some((e) => e.isIntersecting)), {
      rootMargin: `${margin * 100}% 0px`,
    }).observe(this.section);
  }

  /** Fetches a layout's drawings once; then brings it to the active step at once. */
  private load(v: Variant): void {
    if (v.loading) return;
    v.loading = Drawings.load(this.statesUrl(v.name, 'svg'), v.base).then((d) => {
      v.drawings = d;
      this.render(0);
    });
  }

  /** A file of this section's drawn states in the page's edition: drawings (svg) or details (json). */
  private statesUrl(variant: string, ext: 'svg' | 'json'): string {
    const lang = this.section.closest('[lang]')?.getAttribute('lang') ?? '';
    return statesUrl(import.meta.env.BASE_URL, lang, this.section.id, variant, ext);
  }

  /**
   * Moves each layout on screen to the active step's drawing; a hidden one waits until it shows
   * (the ResizeObserver above), then jumps there.
   */
  private render(duration: number): void {
    // A step waits for its frame (show): that frame renders it.
    if (this.figureFrame) return;
    for (const v of this.variants) {
      if (v.shown === this.index || !v.visible) continue;
      if (!v.drawings) {
        if (this.near) this.load(v);
        continue;
      }
      const next = v.drawings.step(this.index);
      if (!next) continue;
      v.shown = this.index;
      const { svg } = v;
      const settled = () => {
        // The mark the reader last focused keeps the Tab stop; an open card follows its mark.
        applyRoving(svg);
        this.details.redrawn(svg);
      };
      morph(svg, next, duration, settled);
      this.details.redrawn(svg);
    }
    this.prepareNeighbours();
  }

  /**
   * In idle time, one step per callback, makes the drawings of the steps either side of the
   * active one (and of the first and last) in each layout on screen, so that the next step change
   * only reconciles.
   */
  private prepareNeighbours(): void {
    if (this.preparing) return;
    this.preparing = true;
    // Idle time only (no timeout): forced in, a rebuild of a wide drawing lands in a scroll frame.
    const idle = (f: () => void) =>
      typeof requestIdleCallback === 'function' ? requestIdleCallback(f) : setTimeout(f, 50);
    // A reader who scrolls out of the section leaves it at its last step (or, going up, its first).
    const last = this.steps.length - 1;
    const work = () => {
      const todo = this.variants
        .filter((v) => v.visible && v.drawings)
        .flatMap((v) => [this.index + 1, this.index - 1, last, 0].map((i) => ({ d: v.drawings!, i })))
        .find(({ d, i }) => d.needs(i));
      if (!todo) {
        this.preparing = false;
        return;
      }
      todo.d.prepare(todo.i);
      idle(work);
    };
    idle(work);
  }
}
