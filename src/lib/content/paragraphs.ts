import type { Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** One paragraph of chapter prose as a reader meets it, with the records it cites. */
export interface ProseParagraph {
  /** 1-based line where the paragraph starts. */
  line: number;
  /** Its text: emphasis and links flattened, `<Cite>` and code left out. */
  text: string;
  /** Ids named by the `<Cite>` elements in the paragraph. */
  cites: string[];
  /** Names of the other elements in it, as written (`Q`, or a misspelt `cite`). */
  elements: string[];
  /** Line of the character at a text offset (paragraphs may wrap over several lines). */
  lineAt(offset: number): number;
}

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkMdx);

/**
 * Every paragraph and list item of a chapter's prose, inside scrolly steps too. Headings,
 * frontmatter and component attributes (alt texts, states) are not prose and are left out.
 */
export function proseParagraphs(mdx: string): ProseParagraph[] {
  const out: ProseParagraph[] = [];
  const visit = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'paragraph')
        out.push(paragraph(node.children as RootContent[], node.position?.start.line ?? 0));
      else if (node.type !== 'heading' && 'children' in node && Array.isArray(node.children))
        visit(node.children as RootContent[]);
    }
  };
  visit((parser.parse(mdx) as Root).children);
  return out.filter((p) => p.text.trim() || p.cites.length);
}

function paragraph(children: RootContent[], line: number): ProseParagraph {
  let text = '';
  const cites: string[] = [];
  const elements: string[] = [];
  const starts: { offset: number; line: number }[] = [];
  const collect = (nodes: RootContent[]) => {
    for (const n of nodes) {
      if (n.type === 'text') {
        starts.push({ offset: text.length, line: n.position?.start.line ?? line });
        text += n.value;
      } else if (n.type === 'break') text += ' ';
      else if ((n.type === 'mdxJsxTextElement' || n.type === 'mdxJsxFlowElement') && n.name === 'Cite') {
        const ids = n.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'ids')?.value;
        if (typeof ids === 'string') cites.push(...ids.split(/[\s,]+/).filter(Boolean));
        text += ' ';
      } else {
        if ((n.type === 'mdxJsxTextElement' || n.type === 'mdxJsxFlowElement') && n.name)
          elements.push(n.name);
        if ('children' in n && Array.isArray(n.children)) collect(n.children as RootContent[]);
      }
    }
  };
  collect(children);
  return {
    line,
    text,
    cites,
    elements,
    lineAt: (offset) => {
      // A text node keeps the line breaks of a wrapped paragraph: count those before the offset.
      const node = starts.filter((s) => s.offset <= offset).at(-1);
      if (!node) return line;
      return node.line + (text.slice(node.offset, offset).match(/\n/g)?.length ?? 0);
    },
  };
}

/**
 * Every prose paragraph of every chapter, with its file. A chapter that cannot be read is
 * skipped: validateChapters already reports it.
 */
export function* chapterParagraphs(
  chapters: readonly { file: string; text: string }[],
): Generator<{ file: string; p: ProseParagraph }> {
  for (const { file, text } of chapters) {
    let paragraphs: ProseParagraph[];
    try {
      paragraphs = proseParagraphs(text);
    } catch {
      continue;
    }
    for (const p of paragraphs) yield { file, p };
  }
}
