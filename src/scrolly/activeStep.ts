/**
 * Pure scroll geometry: which step is active for a scroll position. No DOM access here, so it is
 * unit tested; the controller feeds it getBoundingClientRect() numbers (px, viewport-relative).
 */

/** The trigger line in px from the top of the viewport: `fraction` of its height. */
export function triggerLine(viewportHeight: number, fraction: number): number {
  const f = Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : 0.5;
  return Math.round(viewportHeight * f);
}

/**
 * The trigger line when the figure is pinned above the steps (phones): a third of the way into
 * the space left under the figure, so a card becomes active as it rises into view and stays
 * active up to the figure's edge. `figureBottom` is where the pinned figure ends.
 */
export function triggerBelowFigure(viewportHeight: number, figureBottom: number): number {
  return Math.round(figureBottom + Math.max(0, viewportHeight - figureBottom) / 3);
}

/**
 * Where a step's top should sit when the reader is taken to it (a deep link, Previous/Next): just
 * clear of whatever is pinned above (`clearTop`: the reading bar, or the figure on a phone), so as
 * much of the card as fits is on screen; but never below the trigger line, so it is the active
 * step. CSS gives #step links the same place (scroll-margin-top), so both ways land alike.
 */
export function landingTop(trigger: number, clearTop: number, gap = 8): number {
  return Math.round(Math.min(trigger - 2, clearTop + gap));
}

/**
 * Index of the active step: the last step whose top has crossed (is at or above) the trigger line.
 * Before the first step crosses it, the first step (the figure shows its state from the start).
 * `tops` are the steps' top edges in document order.
 */
export function activeStepIndex(tops: readonly number[], trigger: number): number {
  let active = 0;
  for (let i = 0; i < tops.length; i++) {
    if ((tops[i] ?? Number.POSITIVE_INFINITY) <= trigger) active = i;
    else break;
  }
  return active;
}

/**
 * Whether the reader is inside a section: its first step has crossed the trigger line and its
 * bottom has not. Only then does the URL name one of its steps.
 */
export function sectionIsCurrent(firstStepTop: number, sectionBottom: number, trigger: number): boolean {
  return firstStepTop <= trigger && sectionBottom > trigger;
}

/**
 * Scroll offset (document px) that brings a step's top to `desiredTop` in the viewport (see
 * landingTop). `topInViewport` is its getBoundingClientRect().top now.
 */
export function scrollTargetFor(topInViewport: number, scrollY: number, desiredTop: number): number {
  return Math.max(0, Math.round(scrollY + topInViewport - desiredTop));
}

/** Next index for a previous/next command, or null at either end. */
export function stepBy(index: number, delta: -1 | 1, count: number): number | null {
  const next = index + delta;
  return next < 0 || next >= count ? null : next;
}
