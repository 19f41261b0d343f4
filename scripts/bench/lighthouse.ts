/**
 * Lighthouse 13 runs against a locally served build, with Debian's Chromium (no network).
 * Mobile is Lighthouse's default (simulated slow 4G, 4× CPU); desktop uses its desktop preset.
 * Each run gets a fresh browser, so runs do not share caches.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { CHROMIUM_PATH, median } from './browser';

export type FormFactor = 'mobile' | 'desktop';

export interface LighthouseRun {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** ms */
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  speedIndex: number;
  /** Bytes transferred, and the script share of it. */
  totalBytes: number;
  scriptBytes: number;
  /** Audits that kept accessibility or best practices below 100. */
  failing: string[];
}

export interface LighthouseOptions {
  formFactor?: FormFactor;
  categories?: ('performance' | 'accessibility' | 'best-practices' | 'seo')[];
}

const FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** One Lighthouse run on `url`. */
export async function runLighthouse(url: string, opts: LighthouseOptions = {}): Promise<LighthouseRun> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: FLAGS,
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(
      url,
      {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: opts.categories ?? ['performance', 'accessibility', 'best-practices', 'seo'],
      },
      opts.formFactor === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? Number.NaN) * 100);
    const num = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    const requests =
      (
        lhr.audits['network-requests']?.details as {
          items?: { resourceType?: string; transferSize?: number }[];
        }
      )?.items ?? [];
    const failing: string[] = [];
    for (const cat of ['accessibility', 'best-practices']) {
      for (const ref of lhr.categories[cat]?.auditRefs ?? []) {
        const a = lhr.audits[ref.id];
        if (ref.weight > 0 && a && a.score !== null && a.score < 1)
          failing.push(`${cat}: ${a.id} (${a.title})`);
      }
    }
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      fcp: num('first-contentful-paint'),
      lcp: num('largest-contentful-paint'),
      tbt: num('total-blocking-time'),
      cls: num('cumulative-layout-shift'),
      speedIndex: num('speed-index'),
      totalBytes: num('total-byte-weight'),
      scriptBytes: requests
        .filter((r) => r.resourceType === 'Script')
        .reduce((s, r) => s + (r.transferSize ?? 0), 0),
      failing,
    };
  } finally {
    await chrome.kill();
  }
}

export interface LighthouseSummary {
  url: string;
  formFactor: FormFactor;
  runs: LighthouseRun[];
  /** Medians over the runs (scores and metrics each taken separately). */
  median: Omit<LighthouseRun, 'failing'>;
  failing: string[];
}

/** `n` runs and their medians. */
export async function lighthouseMedian(
  url: string,
  formFactor: FormFactor,
  n = 3,
): Promise<LighthouseSummary> {
  const runs: LighthouseRun[] = [];
  for (let i = 0; i < n; i++) runs.push(await runLighthouse(url, { formFactor }));
  const keys = Object.keys(runs[0]!).filter((k) => k !== 'failing') as (keyof Omit<
    LighthouseRun,
    'failing'
  >)[];
  const med = Object.fromEntries(keys.map((k) => [k, median(runs.map((r) => r[k]))])) as Omit<
    LighthouseRun,
    'failing'
  >;
  return { url, formFactor, runs, median: med, failing: [...new Set(runs.flatMap((r) => r.failing))] };
}
