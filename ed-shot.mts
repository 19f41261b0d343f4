import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const [w, h] of [[320, 640], [375, 667], [1280, 800]]) {
  for (const l of ['ru', 'zh', '']) {
    const p = await b.newPage({ viewport: { width: w, height: h } });
    await p.goto(`http://127.0.0.1:4421/${l}${l ? '/' : ''}`);
    await p.screenshot({ path: `/tmp/ed-shot-${l || 'en'}-${w}.png` });
    await p.close();
  }
}
await b.close();
