/**
 * The web archive's copy of a source page, so a reader can still check a fact after the page
 * moves or dies. With the day we consulted the page (`accessed`), the link asks for the capture
 * nearest that day; without it, `*` asks for the list of its captures (no date is invented; the
 * form without a timestamp would jump to the latest capture, which may be of the dead page).
 */
export function archiveUrl(source: { url: string; accessed?: string }): string | undefined {
  // A source that is itself a capture in the archive needs no second link to the archive.
  if (new URL(source.url).hostname === 'web.archive.org') return undefined;
  const stamp = source.accessed ? source.accessed.replaceAll('-', '') : '*';
  return `https://web.archive.org/web/${stamp}/${source.url}`;
}
