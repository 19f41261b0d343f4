/**
 * Reading furniture: the progress bar (how far through the story) and the chapter menu's
 * "current chapter", both read from the scroll position, rAF-throttled.
 */
export function readingProgress(storyTop: number, storyHeight: number, viewport: number): number {
  const span = storyHeight - viewport;
  if (span <= 0) return storyTop <= 0 ? 1 : 0;
  return Math.min(1, Math.max(0, -storyTop / span));
}

function init(): void {
  const bar = document.querySelector<HTMLElement>('[data-reading-bar]');
  if (!bar) return;
  const story = document.getElementById(bar.dataset.story ?? 'story') ?? document.body;
  const fill = bar.querySelector<HTMLElement>('[data-progress-fill]');
  const menu = bar.querySelector<HTMLDetailsElement>('[data-chapter-menu]');
  const current = bar.querySelector<HTMLElement>('[data-chapter-current]');
  const links = [...bar.querySelectorAll<HTMLAnchorElement>('[data-chapter-link]')];
  const chapters = links
    .map((a) => document.getElementById(a.dataset.chapterLink ?? ''))
    .filter((c) => c !== null);
  let frame = 0;
  let shown = -2;

  const update = () => {
    frame = 0;
    const r = story.getBoundingClientRect();
    if (fill)
      fill.style.transform = `scaleX(${readingProgress(r.top, r.height, window.innerHeight).toFixed(4)})`;
    const line = window.innerHeight * 0.3;
    let i = -1;
    chapters.forEach((c, n) => {
      if (c.getBoundingClientRect().top <= line) i = n;
    });
    if (i === shown) return;
    shown = i;
    links.forEach((a, n) => {
      if (n === i) a.setAttribute('aria-current', 'location');
      else a.removeAttribute('aria-current');
    });
    if (current)
      current.textContent =
        i >= 0 ? `${i + 1}/${links.length} · ${links[i]?.textContent?.replace(/^\s*\d+\s*/, '') ?? ''}` : '';
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(update);
  };
  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', schedule);
  for (const a of links) a.addEventListener('click', () => menu?.removeAttribute('open'));
  menu?.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && menu.open) {
      menu.open = false;
      menu.querySelector('summary')?.focus();
    }
  });
  document.addEventListener('click', (e) => {
    if (menu?.open && !menu.contains(e.target as Node)) menu.open = false;
  });
  update();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init, { once: true });
else init();
