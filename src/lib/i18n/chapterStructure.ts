import type { Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';

/**
 * A chapter's structure as the editions share it: headings, scrolly sections with their steps,
 * static charts, and the prose between them, block by block and paragraph by paragraph. The
 * English chapter and its translations are read the same way and compared (translatedChapters.ts);
 * the translation is rendered with the English one's attributes (followEnglish.ts).
 */
export interface ChapterStructure {
  frontmatter: Record<string, unknown> | undefined;
  /** Line of each frontmatter key (for messages). */
  frontmatterLines: Record<string, number>;
  headings: Heading[];
  scrollies: Section[];
  charts: Tag[];
  /** The reading order: prose runs, steps, charts, other components; headings separate prose runs. */
  blocks: Block[];
}

/** A component as written: its attributes' values and where each one is in the text. */
export interface Tag {
  name: string;
  line: number;
  /** Offset just after the tag name (`<Step|`), where attributes can be added. */
  nameEnd: number;
  attrs: Record<string, { value: unknown; text: string; line: number }>;
}

export interface Heading {
  depth: number;
  line: number;
  /** Its words as a reader sees them. */
  text: string;
  /** Offsets of the whole heading line and of its words in the file. */
  start: number;
  end: number;
  contentStart: number;
  contentEnd: number;
}

export interface Section extends Tag {
  id: string | undefined;
  steps: Step[];
}

export interface Step extends Tag {
  /** As written, or derived by position (`<scrolly>-<n>`) as the story derives it. */
  id: string | undefined;
  scrolly: string | undefined;
}

export interface Paragraph {
  line: number;
  /** Prose text with `<Q>` kept (the words a reader reads). */
  text: string;
  /** Prose text outside `<Q>…</Q>` (where quotation marks of the edition's own are checked). */
  textOutsideQ: string;
  /** The `ids` of each `<Cite>`, in order. */
  cites: string[][];
  /** Each `<Q from="…">` in the paragraph, with the words inside it. */
  qs: { from: string | undefined; line: number; text: string }[];
  /** Line of a text offset in `textOutsideQ`. */
  lineAt(offset: number): number;
}

export interface Block {
  kind: 'prose' | 'step' | 'chart' | 'component';
  /** How an editor finds it: `<Step id="block-day">`, `prose after "Day by day"`, `<SourceDomains>`. */
  label: string;
  line: number;
  paragraphs: Paragraph[];
  step?: Step;
}

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkMdx);

type Jsx = Extract<RootContent, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;

/** Reads a chapter (English or a translation). Throws when the MDX cannot be parsed. */
export function chapterStructure(text: string): ChapterStructure {
  const tree = parser.parse(text) as Root;
  const out: ChapterStructure = {
    frontmatter: undefined,
    frontmatterLines: {},
    headings: [],
    scrollies: [],
    charts: [],
    blocks: [],
  };
  let prose: Block | undefined;
  let after = 'the opening';
  const proseBlock = (line: number) => {
    prose ??= { kind: 'prose', label: `prose after ${after}`, line, paragraphs: [] };
    if (!out.blocks.includes(prose)) out.blocks.push(prose);
    return prose;
  };
  for (const node of tree.children) {
    const line = node.position?.start.line ?? 0;
    if (node.type === 'yaml') {
      const fm = parseYaml(node.value) ?? {};
      out.frontmatter = typeof fm === 'object' ? (fm as Record<string, unknown>) : {};
      node.value.split('\n').forEach((l, i) => {
        const key = /^([A-Za-z]\w*):/.exec(l)?.[1];
        if (key) out.frontmatterLines[key] = line + 1 + i;
      });
    } else if (node.type === 'heading') {
      const words = textOf(node.children as RootContent[]);
      const first = node.children[0]?.position?.start.offset;
      const last = node.children.at(-1)?.position?.end.offset;
      out.headings.push({
        depth: node.depth,
        line,
        text: words,
        start: node.position?.start.offset ?? 0,
        end: node.position?.end.offset ?? 0,
        contentStart: first ?? node.position?.end.offset ?? 0,
        contentEnd: last ?? node.position?.end.offset ?? 0,
      });
      prose = undefined;
      after = `"${words.trim()}"`;
    } else if (isJsx(node) && node.name === 'Scrolly') {
      const section: Section = { ...tag(node, text), id: undefined, steps: [] };
      section.id = str(section.attrs.id?.value);
      out.scrollies.push(section);
      for (const child of node.children as RootContent[]) {
        if (!isJsx(child) || child.name !== 'Step') continue;
        const step: Step = { ...tag(child, text), id: undefined, scrolly: section.id };
        step.id =
          str(step.attrs.id?.value) ?? (section.id ? `${section.id}-${section.steps.length + 1}` : undefined);
        section.steps.push(step);
        out.blocks.push({
          kind: 'step',
          label: `<Step id="${step.id ?? '?'}">`,
          line: step.line,
          paragraphs: paragraphs(child.children as RootContent[]),
          step,
        });
      }
      prose = undefined;
      after = `<Scrolly id="${section.id ?? '?'}">`;
    } else if (isJsx(node) && node.name === 'Chart') {
      out.charts.push(tag(node, text));
      out.blocks.push({ kind: 'chart', label: `<Chart> ${out.charts.length}`, line, paragraphs: [] });
      prose = undefined;
      after = `<Chart> ${out.charts.length}`;
    } else if (isJsx(node) && node.name && /^[A-Z]/.test(node.name)) {
      out.blocks.push({ kind: 'component', label: `<${node.name}>`, line, paragraphs: [] });
      prose = undefined;
      after = `<${node.name}>`;
    } else {
      const found = paragraphs([node]);
      if (found.length) proseBlock(line).paragraphs.push(...found);
    }
  }
  return out;
}

function isJsx(node: RootContent): node is Jsx {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

function tag(node: Jsx, text: string): Tag {
  const start = node.position?.start.offset ?? 0;
  const attrs: Tag['attrs'] = {};
  for (const a of node.attributes) {
    if (a.type !== 'mdxJsxAttribute') continue;
    const s = a.position?.start.offset;
    const e = a.position?.end.offset;
    attrs[a.name] = {
      value: a.value === null || a.value === undefined ? true : typeof a.value === 'string' ? a.value : {},
      text: s !== undefined && e !== undefined ? text.slice(s, e) : '',
      line: a.position?.start.line ?? node.position?.start.line ?? 0,
    };
  }
  return {
    name: node.name ?? '',
    line: node.position?.start.line ?? 0,
    nameEnd: start + 1 + (node.name ?? '').length,
    attrs,
  };
}

/** Every paragraph (and list item's paragraph) under some nodes, in order. */
function paragraphs(nodes: RootContent[]): Paragraph[] {
  const out: Paragraph[] = [];
  const visit = (list: RootContent[]) => {
    for (const n of list) {
      if (n.type === 'paragraph') {
        const p = paragraph(n.children as RootContent[], n.position?.start.line ?? 0);
        if (p.text.trim() || p.cites.length) out.push(p);
      } else if (n.type !== 'heading' && 'children' in n && Array.isArray(n.children))
        visit(n.children as RootContent[]);
    }
  };
  visit(nodes);
  return out;
}

function paragraph(children: RootContent[], line: number): Paragraph {
  const p: Paragraph = { line, text: '', textOutsideQ: '', cites: [], qs: [], lineAt: () => line };
  const starts: { offset: number; line: number }[] = [];
  const collect = (nodes: RootContent[], inQ: boolean) => {
    for (const n of nodes) {
      if (n.type === 'text') {
        p.text += n.value;
        if (!inQ) {
          starts.push({ offset: p.textOutsideQ.length, line: n.position?.start.line ?? line });
          p.textOutsideQ += n.value;
        }
      } else if (n.type === 'break') {
        p.text += ' ';
        if (!inQ) p.textOutsideQ += ' ';
      } else if (isJsx(n) && n.name === 'Cite') {
        const ids = n.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'ids')?.value;
        p.cites.push(typeof ids === 'string' ? ids.split(/[\s,]+/).filter(Boolean) : []);
        p.text += ' ';
        if (!inQ) p.textOutsideQ += ' ';
      } else if (isJsx(n) && n.name === 'Q') {
        const from = n.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'from')?.value;
        const q = {
          from: typeof from === 'string' ? from : undefined,
          line: n.position?.start.line ?? line,
          text: '',
        };
        p.qs.push(q);
        if (!inQ) p.textOutsideQ += ' ';
        const start = p.text.length;
        collect(n.children as RootContent[], true);
        q.text = p.text.slice(start);
      } else if ('children' in n && Array.isArray(n.children)) collect(n.children as RootContent[], inQ);
    }
  };
  collect(children, false);
  p.lineAt = (offset) => {
    const node = starts.filter((s) => s.offset <= offset).at(-1);
    if (!node) return line;
    return node.line + (p.textOutsideQ.slice(node.offset, offset).match(/\n/g)?.length ?? 0);
  };
  return p;
}

/** The words of some inline nodes (a heading's). */
function textOf(nodes: RootContent[]): string {
  return nodes
    .map((n) =>
      n.type === 'text' || n.type === 'inlineCode'
        ? n.value
        : 'children' in n && Array.isArray(n.children)
          ? textOf(n.children as RootContent[])
          : '',
    )
    .join('');
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}
