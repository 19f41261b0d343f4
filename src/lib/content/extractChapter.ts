import type { Expression, Node as EsNode } from 'estree';
import type { Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';
import { didYouMean } from './suggest';

/** A figure an MDX chapter declares: a scrolly step, or a static `<Chart>`. */
export interface FigureUse {
  kind: 'step' | 'chart';
  /** Chart id (a step takes its section's). */
  chart: string | undefined;
  /** Id of the enclosing `<Scrolly>`, for steps. */
  scrolly?: string;
  /** Step id as written or derived (`<scrolly>-<n>`); for charts, `id` if given. */
  id: string | undefined;
  alt: string | undefined;
  /** The `state={{…}}` object, evaluated; undefined when absent. */
  state: unknown;
  line: number;
  /** Problems found while reading the markup itself (an expression that is not plain data). */
  problems: string[];
  /** For steps: how much prose the reader has to take in beside the figure (see `proseLength`). */
  prose?: ProseLength;
  /** Every attribute as written (checked against the component's props schema). */
  props?: Record<string, unknown>;
}

/** A step's prose as a reader meets it: words and paragraphs, citations and markup left out. */
export interface ProseLength {
  words: number;
  paragraphs: number;
}

export interface ScrollyUse {
  id: string | undefined;
  chart: string | undefined;
  line: number;
  steps: number;
  /** Every attribute as written (checked against the component's props schema). */
  props?: Record<string, unknown>;
}

export interface ChapterOutline {
  frontmatter: unknown;
  scrollies: ScrollyUse[];
  figures: FigureUse[];
  cites: { ids: string[]; line: number; props: Record<string, unknown> }[];
  /** Components used that the story does not provide, and steps outside a Scrolly. */
  problems: { line: number; message: string }[];
}

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkMdx);

/** Known editor components; anything else capitalised is a typo. */
export const COMPONENTS = ['Scrolly', 'Step', 'Chart', 'Cite', 'SourceDomains', 'Q'];

/**
 * Reads a chapter's markup without building it: frontmatter, scrolly sections, steps, charts
 * and citations with their line numbers. Used by the build check, `check:content` and the
 * routes that render one image per step.
 */
export function extractChapter(text: string): ChapterOutline {
  const tree = parser.parse(text) as Root;
  const out: ChapterOutline = { frontmatter: undefined, scrollies: [], figures: [], cites: [], problems: [] };
  for (const node of tree.children) {
    if (node.type === 'yaml') out.frontmatter = parseYaml(node.value) ?? {};
  }
  walk(tree.children, undefined, out);
  return out;
}

type JsxNode = Extract<RootContent, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;

function walk(nodes: RootContent[], scrolly: ScrollyUse | undefined, out: ChapterOutline): void {
  for (const node of nodes) {
    // The frontmatter title is the chapter's one top-level heading; a subhead is one level below it.
    if (node.type === 'heading' && node.depth === 1)
      out.problems.push({
        line: node.position?.start.line ?? 0,
        message: `"# ${plainText(node).trim()}" is a top-level heading: only the chapter's title (in the frontmatter) is one; write "## ${plainText(node).trim()}"`,
      });
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const line = node.position?.start.line ?? 0;
      const attrs = readAttributes(node);
      switch (node.name) {
        case 'Scrolly': {
          const s: ScrollyUse = {
            id: str(attrs.values.id),
            chart: str(attrs.values.chart),
            line,
            steps: 0,
            props: attrs.values,
          };
          if (scrolly) out.problems.push({ line, message: '<Scrolly> cannot sit inside another <Scrolly>' });
          out.scrollies.push(s);
          walk(node.children as RootContent[], s, out);
          continue;
        }
        case 'Step': {
          if (!scrolly) {
            out.problems.push({
              line,
              message: '<Step> must sit inside a <Scrolly chart="…" id="…"> section',
            });
          } else scrolly.steps++;
          out.figures.push({
            kind: 'step',
            chart: scrolly?.chart,
            scrolly: scrolly?.id,
            id: str(attrs.values.id) ?? (scrolly?.id ? `${scrolly.id}-${scrolly.steps}` : undefined),
            alt: str(attrs.values.alt),
            state: attrs.values.state,
            line,
            problems: attrs.problems,
            prose: proseLength(node.children as RootContent[]),
            props: attrs.values,
          });
          break;
        }
        case 'Chart':
          out.figures.push({
            kind: 'chart',
            chart: str(attrs.values.chart),
            id: str(attrs.values.id),
            alt: str(attrs.values.alt),
            state: attrs.values.state,
            line,
            problems: attrs.problems,
            props: attrs.values,
          });
          break;
        case 'Cite': {
          const ids = str(attrs.values.ids);
          out.cites.push({ ids: ids ? ids.split(/[\s,]+/).filter(Boolean) : [], line, props: attrs.values });
          break;
        }
        default: {
          const name = node.name ?? '';
          // To MDX a lowercase `<cite ids=…>` is HTML's <cite> (a work's title), not our <Cite>;
          // with `ids` it is always meant as ours. No other component shares a name with HTML.
          const component = COMPONENTS.find((c) => c.toLowerCase() === name.toLowerCase());
          if (component && name !== component && (name !== 'cite' || 'ids' in attrs.values))
            out.problems.push({
              line,
              message: `<${name}> is not a component: write <${component}> with a capital ${component[0]}`,
            });
          else if (/^[A-Z]/.test(name) && !COMPONENTS.includes(name))
            out.problems.push({
              line,
              message: `unknown component <${name}> (the story provides ${COMPONENTS.map((c) => `<${c}>`).join(', ')})${didYouMean(name, COMPONENTS, (c) => `<${c}>`)}`,
            });
        }
      }
    }
    if ('children' in node && Array.isArray(node.children))
      walk(node.children as RootContent[], scrolly, out);
  }
}

/**
 * A chapter that cannot be parsed, in an editor's words. MDX reports an unclosed tag where the
 * parser gave up (often the section's closing `</Scrolly>` far below), with the opening tag's
 * place in brackets, `(17:1-17:295)`: name the tag at the line where it opens instead.
 */
export function mdxProblem(e: unknown): { line?: number; message: string } {
  const err = e as { line?: number; reason?: string; message?: string };
  const reason = err.reason ?? err.message ?? String(e);
  const open = /closing tag for `<(\w+)>` \((\d+):\d+-\d+:\d+\)/.exec(reason);
  if (open) {
    const [, tag, line] = open;
    return {
      line: Number(line),
      message: ['Scrolly', 'Step'].includes(tag!)
        ? `<${tag}> is opened here and never closed: end its text with </${tag}>`
        : `<${tag}> is opened here and never closed: write <${tag} … /> with a slash before the >`,
    };
  }
  return {
    line: err.line,
    message: `cannot be read as MDX: ${reason.replace(/ \(\d+:\d+(-\d+:\d+)?\)/g, '')}; look for a tag or brace left open on or before this line`,
  };
}

/**
 * Counts what a reader reads in a step: the text of its paragraphs (inside emphasis and links
 * too), without `<Cite>` (it renders as small reference numbers) or expressions. A word is a
 * run without spaces holding a letter or digit, so a dash between spaces is not one; a
 * paragraph is any block with at least one word.
 */
export function proseLength(blocks: RootContent[]): ProseLength {
  let words = 0;
  let paragraphs = 0;
  for (const block of blocks) {
    const n = (textOf(block).match(/\S+/g) ?? []).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    if (n > 0) paragraphs++;
    words += n;
  }
  return { words, paragraphs };
}

function textOf(node: RootContent): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Cite')
    return ' ';
  // Inline neighbours join as written (`**4 May.** Roskomnadzor`); blocks are kept apart.
  const sep = node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote' ? ' ' : '';
  if ('children' in node && Array.isArray(node.children))
    return (node.children as RootContent[]).map(textOf).join(sep);
  return node.type === 'break' ? ' ' : '';
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function readAttributes(node: JsxNode): { values: Record<string, unknown>; problems: string[] } {
  const values: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const a of node.attributes) {
    if (a.type !== 'mdxJsxAttribute') {
      problems.push('spread attributes ({...x}) are not supported; write each attribute out');
      continue;
    }
    if (a.value === null || a.value === undefined) values[a.name] = true;
    else if (typeof a.value === 'string') values[a.name] = a.value;
    else {
      const program = a.value.data?.estree;
      const stmt = program?.body[0];
      if (stmt?.type !== 'ExpressionStatement') {
        problems.push(`${a.name}={…} must hold a value`);
        continue;
      }
      try {
        values[a.name] = literal(stmt.expression);
      } catch (e) {
        problems.push(`${a.name}={…}: ${(e as Error).message}`);
      }
    }
  }
  return { values, problems };
}

/** Evaluates plain data (objects, arrays, strings, numbers, booleans, null) and nothing else. */
function literal(node: EsNode): unknown {
  switch (node.type) {
    case 'ObjectExpression': {
      const o: Record<string, unknown> = {};
      for (const p of node.properties) {
        if (p.type !== 'Property' || p.computed || p.kind !== 'init')
          throw new Error('only plain { key: value } objects are allowed');
        const key =
          p.key.type === 'Identifier' ? p.key.name : p.key.type === 'Literal' ? String(p.key.value) : null;
        if (key === null) throw new Error('object keys must be plain names or strings');
        o[key] = literal(p.value);
      }
      return o;
    }
    case 'ArrayExpression':
      return node.elements.map((el) => {
        if (!el || el.type === 'SpreadElement') throw new Error('arrays cannot have holes or spreads');
        return literal(el);
      });
    case 'Literal':
      if (node.value instanceof RegExp || typeof node.value === 'bigint')
        throw new Error('unsupported literal');
      return node.value;
    case 'TemplateLiteral':
      if (node.expressions.length) throw new Error('template strings cannot contain placeholders');
      return node.quasis.map((q) => q.value.cooked).join('');
    case 'UnaryExpression':
      if (
        node.operator === '-' &&
        node.argument.type === 'Literal' &&
        typeof node.argument.value === 'number'
      )
        return -node.argument.value;
      throw new Error('only plain values are allowed (no expressions)');
    default:
      throw new Error(`only plain values are allowed, not code (${(node as Expression).type})`);
  }
}

/** The words of a node, markup left out. */
function plainText(node: RootContent): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  return 'children' in node ? (node.children as RootContent[]).map(plainText).join('') : '';
}
