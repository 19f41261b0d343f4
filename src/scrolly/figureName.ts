/**
 * A sticky figure's accessible name follows its active step: the SVG's aria-label and its own
 * <title> (which browsers also show as a tooltip) both become that step's text alternative, as
 * in the step's static figure (/figures/<step>.svg). A chart's update may redraw the <title> for
 * its state (the timeline does), so this runs after every update too.
 */
export function nameFigure(svg: SVGSVGElement, alt: string): void {
  if (svg.getAttribute('aria-label') !== alt) svg.setAttribute('aria-label', alt);
  let title = svg.querySelector(':scope > title');
  if (!title) {
    title = svg.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'title');
    svg.prepend(title);
  }
  if (title.textContent !== alt) title.textContent = alt;
}
