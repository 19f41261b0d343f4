/**
 * Child side of an embed: tells the framing page how tall the content is, in every dialect of
 * `dialects.ts`. It sends on load, on window resize, and when the content's height changes
 * (ResizeObserver), and at no other time: no polling, no timers.
 *
 * No feedback loops: the height is that of the content root (`[data-embed-root]`, a flow-root
 * box), not of the viewport, and embed pages use no `vh` or `height: 100%`, so a host that sets
 * the frame to the reported height causes no further change.
 */
import { cleanHeight, heightMessages } from './dialects';

export interface ReporterHandle {
  /** Measure and send now (also if the height did not change). */
  send(): void;
  stop(): void;
}

/** Start reporting the height of `root`; does nothing outside a frame. */
export function startHeightReporter(root: HTMLElement, embedId: string): ReporterHandle | undefined {
  const parent = window.parent;
  if (!parent || parent === window) return undefined;
  const childId = new URLSearchParams(location.search).get('childId');
  let last: number | undefined;
  let frame = 0;

  const send = (force: boolean) => {
    const height = cleanHeight(root.getBoundingClientRect().height);
    if (height === undefined || (!force && height === last)) return;
    last = height;
    for (const message of heightMessages({ height, embedId, src: location.href, childId }))
      parent.postMessage(message, '*');
  };
  // A resize burst (a host dragging its width) sends once per animation frame.
  const onResize = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => send(true));
  };
  const observer = new ResizeObserver(() => send(false));
  observer.observe(root);
  window.addEventListener('resize', onResize);
  if (document.readyState === 'complete') send(true);
  else window.addEventListener('load', () => send(true), { once: true });

  return {
    send: () => send(true),
    stop: () => {
      observer.disconnect();
      window.removeEventListener('resize', onResize);
      cancelAnimationFrame(frame);
    },
  };
}
