// Runs `astro build` (Astro's own build(), the one the CLI calls) once per content folder named
// on the command line, in one process, and prints {dir, code, output} as JSON lines. Astro
// starts once (~2 s), then each build that stops in the content check costs ~30 ms, so the
// whole content-bad set builds in seconds instead of minutes of `npx astro build` start-ups.
// The content check ends a failed build with process.exit(1) after printing its lines (so the
// CLI shows no hook banner); here that exit is caught to go on to the next folder.
import { build } from 'astro';

const realExit = process.exit;
const realError = console.error;
for (const dir of process.argv.slice(2)) {
  process.env.CONTENT_DIR = dir;
  let output = '';
  let code = 0;
  console.error = (...args: unknown[]) => {
    output += `${args.join(' ')}\n`;
  };
  process.exit = ((c?: number) => {
    code = c ?? 0;
    throw new Error('process.exit');
  }) as typeof process.exit;
  try {
    // force: a fresh content layer, not the one the last build left for another content folder.
    await build({ root: process.cwd(), outDir: `${dir}-dist`, logLevel: 'silent', force: true });
  } catch (e) {
    if (code === 0) output += `${(e as Error).stack}\n`;
    code ||= 1;
  } finally {
    console.error = realError;
    process.exit = realExit;
  }
  console.log(JSON.stringify({ dir, code, output }));
}
