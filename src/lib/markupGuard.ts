import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { COMPONENTS } from './content/extractChapter';
import type { ContentIssue } from './content/issue';
import { urlScheme } from './csp';

/**
 * What an MDX chapter may contain besides prose: the editor components, a short list of
 * harmless HTML elements, and links to web pages. MDX turns `<script>`, `onerror=`, `{code}`
 * and `export` into real code, so anything that could run is refused before the build with a
 * message naming the file and line. (Text from the data files never needs this: Astro and the
 * charts always write it as text.)
 */

/** Lowercase HTML an editor may write in a chapter. */
export const ALLOWED_HTML = new Set([
  'abbr',
  'b',
  'bdi',
  'bdo',
  'blockquote',
  'br',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'figcaption',
  'figure',
  'hr',
  'i',
  'ins',
  'kbd',
  'li',
  'mark',
  'ol',
  'p',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'ul',
  'var',
  'wbr',
  'a',
]);

/** Attributes those elements may carry. */
const ALLOWED_ATTRS = new Set([
  'href',
  'title',
  'lang',
  'dir',
  'datetime',
  'value',
  'cite',
  'id',
  'class',
  'rel',
  'target',
  'translate',
]);

const URL_ATTRS = new Set(['href', 'cite']);

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkMdx);

/** True for a link an editor may write: http(s), mailto, a #fragment or a site path. */
export function isSafeLink(url: string): boolean {
  const scheme = urlScheme(url);
  return scheme === '' || scheme === 'http' || scheme === 'https' || scheme === 'mailto';
}

interface Node {
  type: string;
  name?: string | null;
  url?: string;
  value?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number } };
  data?: { estree?: { body: unknown[] } };
}

/** Problems that would put running code into the page, one per element, with lines. */
export function checkChapterMarkup(file: string, text: string): ContentIssue[] {
  let tree: Root;
  try {
    tree = parser.parse(text) as Root;
  } catch {
    return []; // the content check reports unreadable MDX with its own message
  }
  const issues: ContentIssue[] = [];
  const at = (node: Node, record: string | undefined, message: string, field?: string) =>
    issues.push({ file, line: node.position?.start.line, record, field, message });

  const visit = (node: Node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        at(
          node,
          undefined,
          'chapters cannot import or export code (import/export lines); the story provides every component',
        );
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if ((node.data?.estree?.body.length ?? 0) > 0)
          at(
            node,
            `{${(node.value ?? '').trim().slice(0, 40)}}`,
            'curly-brace expressions run code when the page is built; write plain text (escape a literal brace as \\{)',
          );
        break;
      case 'link':
      case 'image':
      case 'definition':
        if (node.url !== undefined && !isSafeLink(node.url))
          at(
            node,
            `[…](${node.url.slice(0, 40)})`,
            'links must be web addresses (http:// or https://), mailto: or a #section of the story',
          );
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        const label = `<${name}>`;
        if (!name) at(node, '<>', 'fragments <>…</> are not needed in a chapter; remove them');
        else if (/^[A-Z]/.test(name)) {
          if (!COMPONENTS.includes(name)) break; // the content check names unknown components
          for (const a of node.attributes ?? [])
            if (a.type === 'mdxJsxAttribute' && a.name && /^on/i.test(a.name))
              at(node, label, `event handlers are not allowed (${a.name})`, a.name);
        } else if (!ALLOWED_HTML.has(name.toLowerCase())) {
          at(
            node,
            label,
            `<${name}> is not allowed in a chapter (MDX would make it a live element); write Markdown, or simple text markup such as <em>, <abbr>, <sub>, <time>`,
          );
        } else {
          for (const a of node.attributes ?? []) {
            if (a.type !== 'mdxJsxAttribute') {
              at(node, label, 'spread attributes ({...x}) are not allowed');
              continue;
            }
            const attr = (a.name ?? '').toLowerCase();
            if (typeof a.value !== 'string' && a.value !== null && a.value !== undefined)
              at(
                node,
                label,
                `${a.name}={…} runs code when the page is built; write ${a.name}="text"`,
                a.name,
              );
            else if (!ALLOWED_ATTRS.has(attr))
              at(node, label, `the attribute ${a.name} is not allowed on <${name}>`, a.name);
            else if (URL_ATTRS.has(attr) && typeof a.value === 'string' && !isSafeLink(a.value))
              at(
                node,
                label,
                'links must be web addresses (http:// or https://), mailto: or a #section of the story',
                a.name,
              );
          }
        }
        break;
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree as unknown as Node);
  return issues;
}
