import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * One `astro build` at a time in this project. Every build writes the project's `.astro/` folder
 * (the content layer's module list and data store) for its own content folder; two test files
 * that built at once under Vitest's parallel workers read each other's list, and one failed with
 * "failed to resolve import astro:content-layer-deferred-module?…fileName=<the other's folder>".
 * The lock is a directory (mkdir is atomic) holding the owner's pid, so a lock left by a killed
 * run is taken over rather than waited on forever.
 */
const LOCK = join(process.cwd(), 'node_modules/.cache/astro-build.lock');

export async function withBuildLock<T>(fn: () => Promise<T>): Promise<T> {
  mkdirSync(join(LOCK, '..'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      writeFileSync(join(LOCK, 'pid'), String(process.pid));
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      if (!ownerAlive()) rmSync(LOCK, { recursive: true, force: true });
      else await new Promise((r) => setTimeout(r, 250));
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

function ownerAlive(): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(join(LOCK, 'pid'), 'utf8'));
  } catch {
    return true; // the owner has made the directory but not yet written its pid
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
