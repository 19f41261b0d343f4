/**
 * Browser half of the chapter embed: turns each `[data-stepper]` list into a one-step-at-a-time
 * view. Previous/next buttons, left/right arrow keys and Home/End (up/down still scroll a short
 * frame), a short polite announcement, and `#step-<id>` in the frame's own URL so a link can open
 * a given step.
 * It never touches the host page: no scrollIntoView (it can scroll ancestors), only the frame's
 * own window scrolls, and only back to the top of the stepper when that is out of view.
 */

export function startStepper(section: HTMLElement): void {
  const steps = [...section.querySelectorAll<HTMLElement>('[data-step]')];
  const controls = section.querySelector<HTMLElement>('[data-stepper-controls]');
  const prev = section.querySelector<HTMLButtonElement>('[data-prev]');
  const next = section.querySelector<HTMLButtonElement>('[data-next]');
  const counter = section.querySelector<HTMLElement>('[data-counter]');
  const live = section.querySelector<HTMLElement>('[data-live]');
  if (steps.length < 2 || !controls || !prev || !next) return;

  const words = counter?.dataset.words ?? 'Step {n} of {count}';
  let current = -1;
  const show = (i: number, announce: boolean) => {
    const index = Math.max(0, Math.min(steps.length - 1, i));
    if (index === current) return;
    current = index;
    steps.forEach((step, k) => {
      const on = k === index;
      step.classList.toggle('is-current', on);
      step.toggleAttribute('inert', !on);
      step.setAttribute('aria-hidden', String(!on));
    });
    // aria-disabled, not disabled: a disabled button drops the focus it holds to <body>. (Written
    // here rather than imported from the story's scrolly/keyboard.ts, which would split a shared
    // chunk off the story's scripts.)
    for (const [button, end] of [
      [prev, index === 0],
      [next, index === steps.length - 1],
    ] as const)
      if (end) button.setAttribute('aria-disabled', 'true');
      else button.removeAttribute('aria-disabled');
    // The page's words for the counter, in its edition (data-words, from scrolly.json).
    const label = words.replace(/\{(n|count)\}/g, (_, k: string) =>
      String(k === 'n' ? index + 1 : steps.length),
    );
    if (counter) counter.textContent = label;
    if (announce && live) live.textContent = label;
    if (announce) {
      history.replaceState(null, '', `#${steps[index]!.id}`);
      const top = section.getBoundingClientRect().top;
      if (top < 0) window.scrollTo({ top: window.scrollY + top });
    }
  };

  const fromHash = () => steps.findIndex((s) => `#${s.id}` === location.hash);
  section.classList.add('is-stepping');
  controls.hidden = false;
  show(Math.max(fromHash(), 0), false);
  window.addEventListener('hashchange', () => {
    const i = fromHash();
    if (i >= 0) show(i, true);
  });

  prev.addEventListener('click', () => show(current - 1, true));
  next.addEventListener('click', () => show(current + 1, true));
  const keys: Record<string, () => number> = {
    ArrowLeft: () => current - 1,
    ArrowRight: () => current + 1,
    Home: () => 0,
    End: () => steps.length - 1,
  };
  document.addEventListener('keydown', (e) => {
    const key = Object.hasOwn(keys, e.key) ? keys[e.key] : undefined;
    if (!key || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    const target = e.target as HTMLElement | null;
    // Keys belong to the stepper when focus is in it, or nowhere in particular (the frame itself).
    const inSection = target ? section.contains(target) : false;
    const idle = !target || target === document.body || target === document.documentElement;
    if (!inSection && !(idle && document.querySelector('[data-stepper]') === section)) return;
    if (target?.closest('input, textarea, select, [contenteditable]')) return;
    e.preventDefault();
    show(key(), true);
  });
}

for (const section of document.querySelectorAll<HTMLElement>('[data-stepper]')) startStepper(section);
