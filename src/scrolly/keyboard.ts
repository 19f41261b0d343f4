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
