/**
 * An interface string around the place a link or element goes: `splitAt('From {story}, X.',
 * '{story}')` → `['From ', ', X.']`, so the page wraps the middle in markup without ever
 * putting catalogue text through `set:html`. A text without the marker ends up all before it.
 */
export function splitAt(text: string, marker: string): [string, string] {
  const i = text.indexOf(marker);
  return i < 0 ? [text, ''] : [text.slice(0, i), text.slice(i + marker.length)];
}
