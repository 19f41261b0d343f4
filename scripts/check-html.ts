/**
 * `npm run check:html [-- --dist <dir>]`: every built HTML page through the Nu HTML Checker
 * (npm vnu-jar, the W3C validator's engine; needs Java: scripts/ensure-java.sh). Zero errors
 * allowed; warnings are not printed. Exit 1 with `file:line:column message` per error.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { relative } from 'node:path';

const args = process.argv.slice(2);
const dist = args.includes('--dist') ? args[args.indexOf('--dist') + 1]! : 'dist';
if (!existsSync(dist)) {
  console.error(`check:html: no ${dist}/; build first (npx astro build)`);
  process.exit(1);
}
const jar = String(createRequire(import.meta.url)('vnu-jar'));

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
  extract?: string;
}

const run = spawnSync(
  'java',
  ['-Xss4m', '-jar', jar, '--format', 'json', '--errors-only', '--skip-non-html', dist],
  {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  },
);
if (run.error) {
  console.error(`check:html: cannot start java (${run.error.message}); run scripts/ensure-java.sh`);
  process.exit(1);
}
let messages: VnuMessage[];
try {
  messages = (JSON.parse(run.stderr || run.stdout) as { messages: VnuMessage[] }).messages;
} catch {
  console.error(`check:html: vnu did not answer in JSON:\n${run.stderr}${run.stdout}`);
  process.exit(1);
}
/**
 * The checker's CSS grammar predates container queries (`@container`, `container-type`) and SVG 2's
 * `paint-order`, which every browser we support has. Since the stylesheet is inline (the first
 * paint waits for no request), it reaches the checker; anything else it says about CSS still fails.
 */
const NEWER_CSS =
  /^CSS: (Unrecognized at-rule “@container”|“(container-type|container-name|paint-order)”: Property “[\w-]+” doesn't exist\.)$/;
const errors = messages.filter(
  (m) => (m.type === 'error' || m.type === 'non-document-error') && !NEWER_CSS.test(m.message),
);
const where = (m: VnuMessage) => {
  const file = m.url ? relative(process.cwd(), m.url.replace(/^file:/, '')) : '?';
  return `${file}:${m.lastLine ?? '?'}:${m.firstColumn ?? '?'}`;
};
for (const m of errors)
  console.error(
    `  ✗ ${where(m)} ${m.message}${m.extract ? `\n      …${m.extract.replace(/\s+/g, ' ')}…` : ''}`,
  );
if (errors.length) {
  console.error(`\n✗ ${errors.length} HTML error${errors.length === 1 ? '' : 's'} (Nu HTML Checker)`);
  process.exit(1);
}
console.log('✓ every page of the build is valid HTML (Nu HTML Checker)');
