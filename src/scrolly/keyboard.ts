/**
 * Arrow keys move between the steps of a section while focus is inside it. Keys typed into form
 * fields are left alone, and at either end the key does what it normally does (scrolls the page).
 */
export type StepCommand = 'previous' | 'next';

/** The command a key means, or null. */
export function commandForKey(key: string): StepCommand | null {
  if (key === 'ArrowDown' || key === 'ArrowRight') return 'next';
  if (key === 'ArrowUp' || key === 'ArrowLeft') return 'previous';
  return null;
}

function typingInto(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || typeof el.closest !== 'function') return false;
  return Boolean(el.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]'));
}

/** Listens for arrow keys inside `section`; `run` returns false when there is no such step. */
export function bindArrowKeys(section: HTMLElement, run: (c: StepCommand) => boolean): void {
  section.addEventListener('keydown', (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || typingInto(e.target)) return;
    const command = commandForKey(e.key);
    if (command && run(command)) e.preventDefault();
  });
}

/**
 * Marks a previous/next button unavailable without `disabled`: a disabled button drops the focus
 * it holds to <body> (the next Tab then starts from the top of the page). With aria-disabled it
 * keeps focus, a screen reader says "unavailable", and its click handler finds no step to go to.
 */
export function setUnavailable(button: HTMLButtonElement | null, unavailable: boolean): void {
  if (!button) return;
  button.disabled = false;
  if (unavailable) button.setAttribute('aria-disabled', 'true');
  else button.removeAttribute('aria-disabled');
}

const FOCUSABLE =
  'a[href], button:not([disabled]), summary, input, select, textarea, [tabindex]:not([tabindex="-1"])';

/**
 * Tab from the "Next step" control (the last of the figure's controls) goes on into the step it
 * showed, not back to the first step: the figure comes before the steps in the page, so the
 * browser's next stop is in step 1, and focusing it would scroll the page up and reset the figure.
 */
export function bindTabIntoStep(next: HTMLElement | null, activeStep: () => HTMLElement | undefined): void {
  next?.addEventListener('keydown', (e) => {
    if (e.key !== 'Tab' || e.shiftKey || e.altKey || e.ctrlKey || e.metaKey) return;
    const target = activeStep()?.querySelector<HTMLElement>(FOCUSABLE);
    if (!target) return;
    e.preventDefault();
    target.focus();
  });
}
