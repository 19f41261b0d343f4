// `npm run new:chapter -- "Title"`: creates content/chapters/NN-kebab-title.mdx with the next
// order, valid frontmatter and a commented example scrolly section. CONTENT_DIR picks another
// content folder (tests). Refuses to overwrite a file.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';

/** `"What came next?"` → `what-came-next`. */
export function kebab(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/-{2,}/g, '-');
}

/** The highest `order` in the chapters' frontmatter, or 0. */
export function maxOrder(texts: string[]): number {
  let max = 0;
  for (const t of texts) {
    const m = /^---\n([\s\S]*?)\n---/.exec(t);
    const fm = m ? (parseYaml(m[1] ?? '') as { order?: unknown } | null) : null;
    if (fm && typeof fm.order === 'number' && fm.order > max) max = fm.order;
  }
  return max;
}

/** The text of a new chapter. */
export function chapterTemplate(title: string, order: number, today: string): string {
  const slug = kebab(title);
  return `---
title: ${JSON.stringify(title)}
order: ${order}
summary: "One sentence for the table of contents and social cards (at most 200 characters)."
draft: false
updated: ${today}
---

Write the chapter here in Markdown. Cite every date, number and attributed statement with
\`<Cite ids="record-id" />\`, using ids from content/data/.

{/*
An example scroll section: remove the comment markers around it to use it. The figure sticks
while the steps scroll past; each step sets the chart's state. Every step needs an alt: one
sentence saying what the figure shows in that step. See EDITING.md and /gallery/ for every
chart's state keys.

<Scrolly chart="timeline" id="${slug}-timeline">
<Step id="${slug}-start" alt="Timeline of May 2017 with the WeChat block on 4 May marked." state={{ focus: ["2017-04-25", "2017-05-20"], countries: ["RU"], highlight: ["ru-wechat-block-2017"] }}>

**First step.** The prose a reader sees beside the figure in this state.

</Step>
<Step alt="The same timeline with the block and the unblock on 11 May marked." state={{ focus: ["2017-04-25", "2017-05-20"], countries: ["RU"], highlight: ["ru-wechat-block-2017", "ru-wechat-unblock-2017"] }}>

**Second step.** A step without an id gets one from the section: ${slug}-timeline-2.

</Step>
</Scrolly>
*/}
`;
}

function main(): void {
  const title = process.argv.slice(2).join(' ').trim();
  if (!title) {
    console.error('Usage: npm run new:chapter -- "Chapter title"');
    process.exit(1);
  }
  const slug = kebab(title);
  if (!slug) {
    console.error(`"${title}" has no letters or digits to make a file name from.`);
    process.exit(1);
  }
  const dir = join(process.env.CONTENT_DIR ?? 'content', 'chapters');
  mkdirSync(dir, { recursive: true });
  const files = readdirSync(dir).filter((f) => f.endsWith('.mdx'));
  const order = maxOrder(files.map((f) => readFileSync(join(dir, f), 'utf8'))) + 1;
  const file = join(dir, `${String(order).padStart(2, '0')}-${slug}.mdx`);
  if (existsSync(file)) {
    console.error(`${file} already exists; pick another title.`);
    process.exit(1);
  }
  writeFileSync(file, chapterTemplate(title, order, new Date().toISOString().slice(0, 10)));
  console.log(
    `✓ created ${file} (order ${order}). It is published (draft: false): set draft: true to hide it.`,
  );
  console.log('  Next: write the summary, then run npm run check:content or npm run dev.');
}

if (process.argv[1] && /new-chapter\.ts$/.test(process.argv[1])) main();
