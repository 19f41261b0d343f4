/**
 * The web archive's copy of a source page, so a reader can still check a fact after the page
 * moves or dies. With the day we consulted the page (`accessed`), the link asks for the capture
 * nearest that day; without it, the archive shows its captures of the page (no date is invented).
 */
export function archiveUrl(source: { url: string; accessed?: string }): string {
  const stamp = source.accessed ? `${source.accessed.replaceAll('-', '')}/` : '';
  return `https://web.archive.org/web/${stamp}${source.url}`;
}
