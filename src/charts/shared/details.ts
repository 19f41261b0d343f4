/**
 * The details of a chart's marks, for every chart: hovering, focusing or tapping a mark shows
 * what the chart says about it. What it says is decided at build time, per step and drawing, by the
 * chart's `details` (src/charts/types.ts), and fetched the first time a reader reaches for the
 * figure (`/states/<section>/<variant>.json`), so a reader who never does downloads nothing.
 *
 * Two looks: `card`, a card beside the mark with a close button that stays open when tapped or
 * opened with Enter (the timeline); `line`, a polite live line under the drawing (the matrices and
 * the map). Text only ever goes in through textContent. Arrow keys between marks are
 * src/charts/roving.ts's.
 */

import type { Locale } from './i18n';

/** What a chart says about one mark. */
export interface MarkDetails {
  /** A short line above the title (date, place, kind). */
  meta?: string;
  title: string;
  /** Paragraphs. */
  text?: string[];
  /** Smaller print (date notes, caveats). */
  notes?: string[];
  /** A list, such as the events a cluster stands for. */
  list?: string[];
  /** Sources. */
  links?: { text: string; href: string }[];
}

/** How a chart's marks are detailed (the `details` of src/charts/types.ts). */
export interface ChartDetails<State, Data> {
  /** A card beside the mark, or a line under the drawing. */
  look: 'card' | 'line';
  /** Class of the card or line, and prefix of its parts' classes (`<class>-title`, …). */
  className: string;
  /** What each mark of one drawing of a state says, by its `data-key`, in an edition. Build time. */
  marks(data: Data, state: State, drawing: SVGSVGElement, locale?: Locale): Record<string, MarkDetails>;
}

/** The file for one layout of a section: each step's marks, cards shared between steps. */
export interface DetailsFile {
  cards: MarkDetails[];
  /** Per step: mark key → index in `cards`. */
  steps: Record<string, number>[];
}

/** Build time: a section's details per step, identical cards written once. */
export function detailsFile(steps: Record<string, MarkDetails>[]): DetailsFile {
  const cards: MarkDetails[] = [];
  const seen = new Map<string, number>();
  const byStep = steps.map((marks) =>
    Object.fromEntries(
      Object.entries(marks).map(([key, card]) => {
        const json = JSON.stringify(card);
        let i = seen.get(json);
        if (i === undefined) {
          i = cards.push(card) - 1;
          seen.set(json, i);
        }
        return [key, i];
      }),
    ),
  );
  return { cards, steps: byStep };
}

export interface DetailsSource {
  /** The details file of the layout this SVG draws. */
  url(svg: SVGSVGElement): string;
  /** The step the figure shows now. */
  step(): number;
}

export interface Details {
  /** After an SVG's drawing changed: the open card follows its mark, or closes. */
  redrawn(svg: SVGSVGElement): void;
}

const HTTP = /^https?:\/\//i;

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, cls: string, text?: string) {
  const e = doc.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

function link(doc: Document, l: { text: string; href: string }): HTMLAnchorElement {
  const a = doc.createElement('a');
  a.href = l.href;
  a.rel = 'noopener noreferrer';
  a.textContent = l.text;
  return a;
}

/** Wires the details of every drawing in `figure`. */
export function attachDetails(figure: HTMLElement, source: DetailsSource): Details {
  const doc = figure.ownerDocument;
  const files = new Map<string, Promise<DetailsFile | null>>();
  // The card or line, drawn empty at build time (src/mdx/Scrolly.astro) after the drawings.
  const found = figure.querySelector<HTMLElement>('[data-details]');
  if (!found) return { redrawn() {} };
  const box: HTMLElement = found;
  const look = box.dataset.details === 'card' ? 'card' : 'line';
  const c = box.classList[0] ?? 'details';
  /** Files fetched so far, by URL (one per layout). */
  const loaded = new Map<string, DetailsFile>();
  let open: Element | null = null;
  /** The SVG the open mark is in (the mark itself goes when that SVG is redrawn). */
  let openSvg: SVGSVGElement | null = null;
  let pinned = false;
  let closeTimer: number | undefined;

  const svgOf = (t: EventTarget | null) =>
    t instanceof Element ? t.closest<SVGSVGElement>('svg[data-layout]') : null;

  const fetchFile = (svg: SVGSVGElement): Promise<DetailsFile | null> => {
    const url = source.url(svg);
    let p = files.get(url);
    if (!p) {
      p = fetch(url, { credentials: 'same-origin' })
        .then((r) => (r.ok ? (r.json() as Promise<DetailsFile>) : null))
        .catch(() => null);
      files.set(url, p);
    }
    return p;
  };

  /** The mark under `t` that has details in the step shown, with its card. */
  const markOf = (t: EventTarget | null): { mark: Element; card: MarkDetails } | null => {
    const svg = svgOf(t);
    const file = svg ? loaded.get(source.url(svg)) : undefined;
    const marks = file?.steps[source.step()];
    if (!svg || !marks || !file) return null;
    for (let e = t as Element | null; e && e !== svg; e = e.parentElement) {
      const key = e.getAttribute('data-key');
      const i = key === null ? undefined : marks[key];
      if (i !== undefined && file.cards[i]) return { mark: e, card: file.cards[i]! };
    }
    return null;
  };

  const fill = (card: MarkDetails) => {
    if (look === 'line') {
      box.textContent = [card.meta, card.title, ...(card.text ?? []), ...(card.notes ?? [])]
        .filter(Boolean)
        .join(' ');
      for (const l of card.links ?? [])
        if (HTTP.test(l.href)) box.append(doc.createTextNode(' '), link(doc, l));
      return;
    }
    const close = el(doc, 'button', `${c}-close`, '×');
    close.type = 'button';
    close.setAttribute('aria-label', box.dataset.closeLabel ?? 'Close details');
    close.addEventListener('click', () => closeCard(true));
    const parts: Node[] = [close];
    if (card.meta) parts.push(el(doc, 'p', `${c}-meta`, card.meta));
    parts.push(el(doc, 'p', `${c}-title`, card.title));
    for (const t of card.text ?? []) parts.push(el(doc, 'p', `${c}-summary`, t));
    if (card.list?.length) {
      const ul = el(doc, 'ul', `${c}-list`);
      for (const t of card.list) ul.append(el(doc, 'li', '', t));
      parts.push(ul);
    }
    for (const t of card.notes ?? []) parts.push(el(doc, 'p', `${c}-note`, t));
    const links = (card.links ?? []).filter((l) => HTTP.test(l.href));
    if (links.length) {
      const ul = el(doc, 'ul', `${c}-sources`);
      ul.setAttribute('aria-label', box.dataset.sourcesLabel ?? 'Sources');
      for (const l of links) {
        const li = el(doc, 'li', '');
        li.append(link(doc, l));
        ul.append(li);
      }
      parts.push(ul);
    }
    box.replaceChildren(...parts);
  };

  /** Positions the card under (or above) its mark, inside the card's positioned ancestor. */
  const place = (mark: Element) => {
    const host = (box.offsetParent as HTMLElement | null) ?? doc.body;
    const hr = host.getBoundingClientRect();
    const mr = mark.getBoundingClientRect();
    const viewH = doc.defaultView?.innerHeight ?? 800;
    let left = mr.left + mr.width / 2 - hr.left - box.offsetWidth / 2;
    left = Math.max(4, Math.min(left, hr.width - box.offsetWidth - 4));
    const below = mr.bottom + 10 + box.offsetHeight <= viewH;
    box.style.left = `${Math.round(left)}px`;
    box.style.top = `${Math.round(below ? mr.bottom - hr.top + 10 : mr.top - hr.top - box.offsetHeight - 10)}px`;
  };

  const markClosed = (m: Element) => {
    m.classList.remove('is-active');
    if (m.hasAttribute('aria-expanded')) m.setAttribute('aria-expanded', 'false');
    m.removeAttribute('aria-controls');
  };

  const show = (t: EventTarget | null, pin: boolean) => {
    const hit = markOf(t);
    if (!hit) return;
    if (look === 'line') {
      fill(hit.card);
      return;
    }
    if (closeTimer !== undefined) clearTimeout(closeTimer);
    closeTimer = undefined;
    if (open === hit.mark) {
      pinned ||= pin;
      return;
    }
    if (open) markClosed(open);
    open = hit.mark;
    openSvg = svgOf(hit.mark);
    pinned = pin;
    fill(hit.card);
    open.classList.add('is-active');
    if (open.hasAttribute('aria-expanded')) open.setAttribute('aria-expanded', 'true');
    open.setAttribute('aria-controls', box.id);
    box.hidden = false;
    place(open);
  };

  function closeCard(refocus: boolean) {
    const was = open;
    open = null;
    pinned = false;
    if (look === 'card') box.hidden = true;
    if (was) {
      markClosed(was);
      if (refocus && was.isConnected) (was as SVGElement).focus();
    }
  }

  /** Loads the details of the drawing under `t`, then runs `then`. */
  const withFile = (t: EventTarget | null, then: () => void) => {
    const svg = svgOf(t);
    if (!svg) return;
    void fetchFile(svg).then((f) => {
      if (!f) return;
      loaded.set(source.url(svg), f);
      then();
    });
  };

  // Targets are read before the file arrives: an event's target is not for later.
  figure.addEventListener('focusin', (e) => {
    const t = e.target;
    withFile(t, () => show(t, false));
  });
  figure.addEventListener('pointerover', (e) => {
    if (box.contains(e.target as Node)) {
      clearTimeout(closeTimer);
      closeTimer = undefined;
      return;
    }
    const t = e.target;
    const mouse = e.pointerType === 'mouse';
    withFile(t, () => {
      // A touch opens a card by its tap (click), pinned.
      if ((mouse || look === 'line') && markOf(t)) show(t, false);
    });
  });
  figure.addEventListener('pointerout', (e) => {
    if (e.pointerType !== 'mouse' || !open || pinned) return;
    const to = e.relatedTarget as Node | null;
    if (to && (box.contains(to) || markOf(to)?.mark === open)) return;
    if (closeTimer !== undefined) clearTimeout(closeTimer);
    closeTimer = window.setTimeout(() => {
      closeTimer = undefined;
      if (!box.matches(':hover') && !box.contains(doc.activeElement)) closeCard(false);
    }, 300);
  });
  figure.addEventListener('focusout', (e) => {
    if (!open) return;
    const to = e.relatedTarget as Node | null;
    if (to && (box.contains(to) || markOf(to))) return;
    if (!pinned || (to && !figure.contains(to))) closeCard(false);
  });
  figure.addEventListener('click', (e) => {
    const t = e.target;
    withFile(t, () => {
      const hit = markOf(t);
      if (!hit || look !== 'card') return;
      if (open === hit.mark && pinned) closeCard(false);
      else show(t, true);
    });
  });
  figure.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && open) {
      e.preventDefault();
      e.stopPropagation();
      closeCard(Boolean(box.contains(doc.activeElement)));
      return;
    }
    if ((e.key !== 'Enter' && e.key !== ' ') || e.altKey || e.ctrlKey || e.metaKey) return;
    const hit = markOf(e.target);
    if (!hit || look !== 'card') return;
    e.preventDefault();
    if (open === hit.mark) closeCard(false);
    else show(e.target, true);
  });
  doc.addEventListener('click', (e) => {
    const t = e.target as Node;
    if (open && !box.contains(t) && !markOf(t)) closeCard(false);
  });

  return {
    redrawn(svg) {
      if (!open || openSvg !== svg) return;
      const key = open.getAttribute('data-key');
      const again = key === null ? null : svg.querySelector(`[data-key="${CSS.escape(key)}"]`);
      const hit = again ? markOf(again) : null;
      if (!hit) {
        closeCard(false);
        return;
      }
      const keep = pinned;
      open = null;
      show(again, keep);
    },
  };
}
