/**
 * The height messages an embed sends to the page that frames it, one per dialect in common use.
 * Pure functions: no DOM, no globals, so they are unit tested and shared by the reporter.
 *
 * | dialect                  | message                                                        | read by                          |
 * |--------------------------|----------------------------------------------------------------|----------------------------------|
 * | pym.js 1.x (string)      | `pymxPYMx<childId>xPYMxheightxPYMx<px>`                        | `pym.Parent`, NPR-style CMSes     |
 * | AMP                      | `{ sentinel: 'amp', type: 'embed-size', height }`              | `<amp-iframe resizable>`, embed.js |
 * | Datawrapper              | `{ 'datawrapper-height': { <embedId>: px } }`                  | Datawrapper's responsive snippet  |
 * | Medium/embed.ly (string) | `JSON.stringify({ src, context: 'iframe.resize', height })`    | embed.ly, Medium, Flourish-style  |
 * | plain object             | `{ height }`                                                   | Observable-style listeners        |
 *
 * The pym message is only sent when the frame's URL carries a `childId` (pym's Parent adds it);
 * without it no pym parent could match the message anyway.
 */

/** The pym.js message delimiter. */
export const PYM_DELIMITER = 'xPYMx';

/** Heights outside this range are never sent (and never accepted by our host script). */
export const MIN_HEIGHT = 1;
export const MAX_HEIGHT = 20000;

/** A pym childId we are willing to echo: an element id without spaces or the pym delimiter. */
const CHILD_ID_RE = /^[A-Za-z0-9_:.-]{1,100}$/;

export interface HeightMessageInput {
  /** Content height in CSS pixels; rounded up to a whole pixel. */
  height: number;
  /** Stable id of this embed (`timeline`, `chapter-after-wechat`), used as the Datawrapper key. */
  embedId: string;
  /** The frame's own URL (`location.href`), for the `iframe.resize` dialect. */
  src: string;
  /** pym's `childId` from the frame's query string, if any. */
  childId?: string | null;
}

/** A valid, whole-pixel height, or undefined if the value cannot be sent. */
export function cleanHeight(height: unknown): number | undefined {
  if (typeof height !== 'number' || !Number.isFinite(height)) return undefined;
  const h = Math.ceil(height);
  return h >= MIN_HEIGHT && h <= MAX_HEIGHT ? h : undefined;
}

/** The pym childId if it is safe to echo back, else undefined. */
export function cleanChildId(childId: string | null | undefined): string | undefined {
  if (!childId || !CHILD_ID_RE.test(childId) || childId.includes(PYM_DELIMITER)) return undefined;
  return childId;
}

/** pym.js: `["pym", id, "height", px].join("xPYMx")`. */
export function pymMessage(childId: string, height: number): string {
  return ['pym', childId, 'height', String(height)].join(PYM_DELIMITER);
}

/** AMP `<amp-iframe resizable>`; also what our own host script listens for. */
export function ampMessage(height: number): { sentinel: 'amp'; type: 'embed-size'; height: number } {
  return { sentinel: 'amp', type: 'embed-size', height };
}

/** Datawrapper's responsive-iframe listener. */
export function datawrapperMessage(
  embedId: string,
  height: number,
): { 'datawrapper-height': Record<string, number> } {
  return { 'datawrapper-height': { [embedId]: height } };
}

/** Medium / embed.ly style JSON string. */
export function iframeResizeMessage(src: string, height: number): string {
  return JSON.stringify({ src, context: 'iframe.resize', height });
}

/** Observable Framework style plain object. */
export function plainMessage(height: number): { height: number } {
  return { height };
}

/**
 * Every message to post for one height, in a fixed order (pym first when a childId is known).
 * Returns an empty list for a height that is not finite or out of range.
 */
export function heightMessages(input: HeightMessageInput): unknown[] {
  const h = cleanHeight(input.height);
  if (h === undefined) return [];
  const out: unknown[] = [];
  const childId = cleanChildId(input.childId);
  if (childId) out.push(pymMessage(childId, h));
  out.push(
    ampMessage(h),
    datawrapperMessage(input.embedId, h),
    iframeResizeMessage(input.src, h),
    plainMessage(h),
  );
  return out;
}
