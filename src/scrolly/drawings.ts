/**
 * A scrolly section's drawn steps in one layout, as the build drew them
 * (`/states/<section>/<variant>.svg`, src/pages/states/): fetched once, read with DOMParser (never
 * innerHTML), and each step rebuilt from its differences with the step before
 * (src/charts/shared/drawingDiff.ts), the first against the drawing the page was built with.
 *
 * Rebuilding and copying a step is script the step change need not wait for: `prepare` does it in
 * idle time for the steps next to the reader's, and `step` then hands out the copy made ahead.
 */
import { decodeDrawing } from '../charts/shared/drawingDiff';

export class Drawings {
  private readonly encoded: Element[];
  private readonly decoded: SVGSVGElement[] = [];
  /** Copies made ahead (prepare), by step: each is handed out once. */
  private readonly ready = new Map<number, SVGSVGElement>();

  private constructor(
    encoded: Element[],
    private readonly base: SVGSVGElement,
  ) {
    this.encoded = encoded;
  }

  /** Fetches the file at `url`; `base` is a copy of the drawing the page was built with. */
  static async load(url: string, base: SVGSVGElement): Promise<Drawings | null> {
    try {
      const res = await fetch(url, { credentials: 'same-origin' });
      if (!res.ok) throw new Error(`${res.status} ${res.statusText}`);
      const doc = new DOMParser().parseFromString(await res.text(), 'image/svg+xml');
      if (doc.querySelector('parsererror')) throw new Error('not well-formed');
      return new Drawings([...doc.documentElement.children], base);
    } catch (e) {
      console.error(`scrolly: could not load the drawings at ${url}`, e);
      return null;
    }
  }

  get length(): number {
    return this.encoded.length;
  }

  /** A fresh copy of step `index`'s drawing, for the page to take. */
  step(index: number): SVGSVGElement | null {
    const made = this.ready.get(index);
    if (made) {
      this.ready.delete(index);
      return made;
    }
    return this.decode(index)?.cloneNode(true) as SVGSVGElement | null;
  }

  /** Makes step `index`'s copy ahead, so that `step(index)` only hands it out. */
  prepare(index: number): void {
    if (this.ready.has(index)) return;
    const d = this.decode(index);
    if (d) this.ready.set(index, d.cloneNode(true) as SVGSVGElement);
  }

  /** Whether step `index` exists and has no copy made ahead. */
  needs(index: number): boolean {
    return index >= 0 && index < this.encoded.length && !this.ready.has(index);
  }

  private decode(index: number): SVGSVGElement | null {
    if (index < 0 || index >= this.encoded.length) return null;
    const doc = this.base.ownerDocument;
    for (let i = this.decoded.length; i <= index; i++)
      this.decoded.push(
        decodeDrawing(i === 0 ? this.base : this.decoded[i - 1]!, this.encoded[i]!, doc) as SVGSVGElement,
      );
    return this.decoded[index]!;
  }
}
