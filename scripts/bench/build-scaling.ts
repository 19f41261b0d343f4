/**
 * Build cost against content size: the real content, then synthetic content at N× (every
 * chapter copied N times with fresh step ids and orders, every event copied N times with fresh
 * ids) generated into a temporary folder and built with CONTENT_DIR pointing at it.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface SyntheticContent {
  dir: string;
  chapters: number;
  steps: number;
  events: number;
}

/** Writes `factor`× the content of `srcDir` into `outDir` (replaced). */
export function writeSyntheticContent(srcDir: string, factor: number, outDir: string): SyntheticContent {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(join(outDir, 'chapters'), { recursive: true });
  cpSync(join(srcDir, 'data'), join(outDir, 'data'), { recursive: true });

  const eventsFile = join(outDir, 'data', 'events.json');
  const data = JSON.parse(readFileSync(eventsFile, 'utf8')) as { events: { id: string }[] };
  const original = data.events;
  data.events = [];
  for (let k = 1; k <= factor; k++)
    for (const e of original) data.events.push(k === 1 ? e : { ...e, id: `${e.id}-x${k}` });
  writeFileSync(eventsFile, `${JSON.stringify(data, null, 2)}\n`);

  let chapters = 0;
  let steps = 0;
  const files = readdirSync(join(srcDir, 'chapters')).filter((f) => f.endsWith('.mdx'));
  for (let k = 1; k <= factor; k++) {
    for (const f of files) {
      let text = readFileSync(join(srcDir, 'chapters', f), 'utf8');
      let name = f;
      if (k > 1) {
        name = f.replace(/\.mdx$/, `-x${k}.mdx`);
        text = text
          .replace(/^order:\s*(\d+)/m, (_m, n: string) => `order: ${Number(n) + (k - 1) * 1000}`)
          .replace(/^title:\s*"(.*)"/m, (_m, t: string) => `title: "${t} (copy ${k})"`)
          // Step, Scrolly and Chart ids must stay unique across the story.
          .replace(
            /(<(?:Step|Scrolly|Chart)\b[^>]*?\sid=")([a-z0-9-]+)"/g,
            (_m, pre: string, id: string) => `${pre}${id}-x${k}"`,
          );
      }
      steps += (text.match(/<Step\b/g) ?? []).length;
      writeFileSync(join(outDir, 'chapters', name), text);
      chapters++;
    }
  }
  return { dir: outDir, chapters, steps, events: data.events.length };
}

export interface BuildResult {
  label: string;
  ok: boolean;
  wallMs: number;
  pages: number;
  files: number;
  distBytes: number;
  storyHtmlBytes: number;
  peakRssMb: number;
  error?: string;
}

function dirStats(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const d of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!d.isFile()) continue;
    files++;
    bytes += statSync(join(d.parentPath, d.name)).size;
  }
  return { files, bytes };
}

/**
 * `astro build` into `outDir`, with CONTENT_DIR (absolute) when given; wall time and the peak
 * resident memory of the build process (GNU time is not assumed: /proc is polled).
 */
export function timedBuild(
  label: string,
  root: string,
  outDir: string,
  contentDir?: string,
  timeoutMs = 30 * 60_000,
): Promise<BuildResult> {
  rmSync(outDir, { recursive: true, force: true });
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', TZ: 'UTC' };
  // CONTENT_DIR is read relative to the project root.
  if (contentDir) env.CONTENT_DIR = relative(root, contentDir);
  else delete env.CONTENT_DIR;
  return new Promise((done) => {
    const started = performance.now();
    const child = spawn('npx', ['astro', 'build', '--outDir', outDir], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let log = '';
    child.stdout.on('data', (d: Buffer) => (log += d.toString()));
    child.stderr.on('data', (d: Buffer) => (log += d.toString()));
    let peak = 0;
    const poll = setInterval(() => {
      peak = Math.max(peak, treeRssMb(child.pid!));
    }, 250);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {}
    }, timeoutMs);
    child.on('close', (code) => {
      clearInterval(poll);
      clearTimeout(timer);
      const wallMs = performance.now() - started;
      const pages = Number(/(\d+) page\(s\) built/.exec(log)?.[1] ?? 0);
      if (code !== 0) {
        const err = log
          .split('\n')
          .filter((l) => /error|✗|killed/i.test(l))
          .slice(0, 5)
          .join(' / ');
        done({
          label,
          ok: false,
          wallMs,
          pages,
          files: 0,
          distBytes: 0,
          storyHtmlBytes: 0,
          peakRssMb: peak,
          error: timedOut ? `stopped after ${Math.round(timeoutMs / 60_000)} min` : err || `exit ${code}`,
        });
        return;
      }
      const s = dirStats(outDir);
      let story = 0;
      try {
        story = statSync(join(outDir, 'index.html')).size;
      } catch {}
      done({
        label,
        ok: true,
        wallMs,
        pages,
        files: s.files,
        distBytes: s.bytes,
        storyHtmlBytes: story,
        peakRssMb: peak,
      });
    });
  });
}

/** Resident memory (MB) of a process and its descendants, from /proc (Linux). */
function treeRssMb(pid: number): number {
  const kids = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      rss.set(Number(entry), (Number(fields[21]) * 4096) / 1e6);
      kids.set(ppid, [...(kids.get(ppid) ?? []), Number(entry)]);
    } catch {}
  }
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    total += rss.get(p) ?? 0;
    stack.push(...(kids.get(p) ?? []));
  }
  return total;
}
