import { parseArgs } from 'node:util';
import { launchBrowser } from '../../test/e2e/support/browser.js';
import { startServe } from './startServe.js';
import { syntheticEvents } from './syntheticEvents.js';

/**
 * Dashboard first load with many events stored: from navigation to the constraint's name on
 * screen, in Debian's Chromium, against `drumbeat serve` (run `npm run build && npm run
 * build:web` first). The peer in the same run is the bare data: fetching the analysis JSON the
 * page needs, without a browser. "Warm" is a server whose analysis is current (the normal
 * state of a service that has been running); "cold" is the first look right after a burst of
 * events, when the analysis must be recomputed first.
 *
 *   node --import tsx bench/service/firstLoad.bench.ts [--events 1000000] [--runs 3]
 */
const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '1000000' },
    runs: { type: 'string', default: '3' },
  },
});
const EVENTS = Number(values.events);
const RUNS = Number(values.runs);
const BATCH = 5000;

const serve = await startServe();
const browser = await launchBrowser();
try {
  const auth = { authorization: `Bearer ${serve.token}` };
  const created = await fetch(`${serve.url}/api/workspaces`, {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'First load' }),
  });
  const { id } = (await created.json()) as { id: string };
  const loading = performance.now();
  for (let from = 0; from < EVENTS; from += BATCH) {
    const res = await fetch(`${serve.url}/api/workspaces/${id}/events`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify(syntheticEvents(from, Math.min(BATCH, EVENTS - from))),
    });
    if (!res.ok) throw new Error(`ingest answered ${res.status}`);
  }
  const loadSeconds = (performance.now() - loading) / 1000;

  const fetchAnalysis = async () => {
    const t0 = performance.now();
    const res = await fetch(`${serve.url}/api/workspaces/${id}/analysis`, { headers: auth });
    await res.json();
    return (performance.now() - t0) / 1000;
  };
  const cold = await fetchAnalysis();
  const bare: number[] = [];
  for (let r = 0; r < RUNS; r++) bare.push(await fetchAnalysis());

  const page = async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const tab = await context.newPage();
    const t0 = performance.now();
    await tab.goto(`${serve.url}/workspaces/${id}#token=${encodeURIComponent(serve.token)}`);
    await tab
      .locator('.constraint-card .constraint-name')
      .first()
      .waitFor({ state: 'visible', timeout: 30_000 });
    const seconds = (performance.now() - t0) / 1000;
    const name = await tab.locator('.constraint-card .constraint-name').first().innerText();
    await context.close();
    return { seconds, name };
  };
  const loads: number[] = [];
  let shown = '';
  for (let r = 0; r < RUNS; r++) {
    const { seconds, name } = await page();
    loads.push(seconds);
    shown = name;
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  process.stdout.write(`## Dashboard first load

${EVENTS.toLocaleString('en-US')} events stored over HTTP in ${loadSeconds.toFixed(1)} s; Chromium ${browser.version()}, 1280×800; ${RUNS} runs each.

| Figure | Median (s) | Target |
| --- | ---: | ---: |
| Page load, navigation → constraint on screen (warm analysis) | ${median(loads).toFixed(3)} | < 1 s |
| Peer: fetching the analysis JSON alone (warm) | ${median(bare).toFixed(3)} | (reference) |
| First analysis request after the burst (cold: recomputed) | ${cold.toFixed(3)} | (information) |

The page showed: "${shown.replace(/\s+/g, ' ').trim()}".
`);
} finally {
  await browser.close();
  await serve.stop();
}
