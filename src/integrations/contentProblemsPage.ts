import { type ContentIssue, count, formatIssue } from '../lib/content/issue';

const escapeHtml = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * The page `npm run dev` shows while the content has problems: the same lines as
 * `npm run check:content`, and nothing else. Vite's client script reloads it on the next change.
 */
export function contentProblemsPage(issues: ContentIssue[], dir: string): string {
  const n = issues.length;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${count(n, 'content problem')}</title>
<script type="module" src="/@vite/client"></script>
<style>
body { font: 16px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 70rem; padding: 0 1rem; color: #1b1b1b; background: #fdfcfa; }
h1 { font-size: 1.4rem; }
li { font-family: ui-monospace, monospace; font-size: 0.9rem; margin: 0 0 0.75rem; overflow-wrap: anywhere; }
li::marker { content: "✗  "; color: #b3261e; }
</style>
</head>
<body>
<h1>The content has ${count(n, 'problem')}</h1>
<p>Fix ${n === 1 ? 'it' : 'each one'} in the file and line named; this page shows the story again when the content is right. EDITING.md explains every message.</p>
<ul id="content-problems">
${issues.map((i) => `<li>${escapeHtml(formatIssue(i))}</li>`).join('\n')}
</ul>
<p>${count(n, 'problem')} in ${escapeHtml(dir)}/.</p>
</body>
</html>
`;
}
