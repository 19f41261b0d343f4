/**
 * A scrolly section's drawn steps in one layout, as the build drew them
 * (`/states/<section>/<variant>.svg`, src/pages/states/): fetched once, read with DOMParser (never
 * innerHTML), and each step rebuilt from its differences with the step before
 * (src/charts/shared/drawingDiff.ts), the first against the drawing the page was built with.
 *
 * Rebuilding a step is script the step change need not wait for: `prepare` does it in idle time
 * for the steps next to the reader's, and `step` then hands out the drawing made ahead. The
 * drawings are only read (morph copies what the page takes), so one copy of each step serves
 * every visit to it.
 */
import { decodeDrawing } from '../charts/shared/drawingDiff';

export class Drawings {
  private readonly encoded: Element[];
  private readonly decoded: SVGSVGElement[] = [];

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

  /** Step `index`'s drawing, to be read, not taken (morph copies what it needs). */
  step(index: number): SVGSVGElement | null {
    return this.decode(index);
  }

  /**
   * Rebuilds one more drawing on the way to step `index` (each is built on the one before), so
   * that one idle callback does one step's work and `step(index)` later only hands it out.
   */
  prepare(index: number): void {
    if (this.needs(index)) this.decode(this.decoded.length);
  }

  /** Whether step `index` exists and is not rebuilt yet. */
  needs(index: number): boolean {
    return index >= 0 && index < this.encoded.length && index >= this.decoded.length;
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
