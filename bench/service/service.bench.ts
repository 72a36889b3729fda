import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openEventStore } from '../../src/store/openEventStore.js';
import { openSse, type ReceivedEvent } from './sseClient.js';
import { type Serve, startServe } from './startServe.js';
import { syntheticEvents } from './syntheticEvents.js';

/**
 * The live service under load, over real HTTP against `drumbeat serve` (run `npm run build`
 * first), with a dashboard's live stream open so the analysis is kept current:
 *
 * 1. sustained ingest: as many events per second as batches of 2,000, four in flight, go;
 *    the peer is the bare DuckDB store appending the same batches in-process;
 * 2. live latency: with 500,000 events already stored (so each re-analysis costs what it does in
 *    use), 5,000 events/s posted for 20 s; how long after its acknowledgement each event's
 *    `events` message reaches the stream (what the dashboard's counters are built from).
 *
 *   node --import tsx bench/service/service.bench.ts [--events 400000] [--seconds 20] [--preload 500000]
 */
const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '400000' },
    seconds: { type: 'string', default: '20' },
    preload: { type: 'string', default: '500000' },
  },
});
const TOTAL = Number(values.events);
const SECONDS = Number(values.seconds);
/** Events already stored when the live-latency run starts, so each re-analysis costs what it would in use. */
const PRELOAD = Number(values.preload);
const BATCH = 2000;

async function post(serve: Serve, id: string, body: unknown): Promise<number> {
  const res = await fetch(`${serve.url}/api/workspaces/${id}/events`, {
    method: 'POST',
    headers: { authorization: `Bearer ${serve.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`ingest answered ${res.status}: ${await res.text()}`);
  const answer = (await res.json()) as { accepted: number };
  return answer.accepted;
}

async function createWorkspace(serve: Serve, name: string): Promise<string> {
  const res = await fetch(`${serve.url}/api/workspaces`, {
    method: 'POST',
    headers: { authorization: `Bearer ${serve.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name }),
  });
  return ((await res.json()) as { id: string }).id;
}

async function sustainedIngest(): Promise<{ rate: number; lagSeconds: number; analyses: number }> {
  const serve = await startServe();
  try {
    const id = await createWorkspace(serve, 'ingest');
    let analysed = 0;
    let analyses = 0;
    let caughtUp = 0;
    const stream = await openSse(
      `${serve.url}/api/workspaces/${id}/stream`,
      serve.token,
      (e: ReceivedEvent) => {
        if (e.event !== 'analysis') return;
        analyses++;
        analysed = (JSON.parse(e.data) as { events: number }).events;
        if (analysed === TOTAL) caughtUp = e.at;
      },
    );
    const t0 = performance.now();
    let next = 0;
    const worker = async () => {
      while (next < TOTAL) {
        const from = next;
        next += BATCH;
        await post(serve, id, syntheticEvents(from, Math.min(BATCH, TOTAL - from)));
      }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
    const acked = performance.now();
    while (analysed < TOTAL && performance.now() - acked < 60_000)
      await new Promise((r) => setTimeout(r, 50));
    stream.close();
    return {
      rate: TOTAL / ((acked - t0) / 1000),
      lagSeconds: caughtUp ? (caughtUp - acked) / 1000 : Number.NaN,
      analyses,
    };
  } finally {
    await serve.stop();
  }
}

async function bareStore(): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'drumbeat-peer-'));
  const store = await openEventStore(dir);
  try {
    const ws = await store.createWorkspace({ name: 'peer' });
    const t0 = performance.now();
    for (let from = 0; from < TOTAL; from += BATCH) {
      const batch = syntheticEvents(from, Math.min(BATCH, TOTAL - from)).map((e) => ({
        id: e.id,
        case: e.case,
        activity: e.activity,
        time: Date.parse(e.timestamp),
        lifecycle: e.lifecycle,
        resource: e.resource,
      }));
      await store.appendEvents(ws.id, batch);
    }
    return TOTAL / ((performance.now() - t0) / 1000);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function liveLatency(): Promise<{
  p50: number;
  p95: number;
  within1s: number;
  posted: number;
}> {
  const serve = await startServe();
  try {
    const id = await createWorkspace(serve, 'latency');
    for (let from = 0; from < PRELOAD; from += BATCH)
      await post(serve, id, syntheticEvents(from, Math.min(BATCH, PRELOAD - from)));
    const arrivals = new Map<number, number>();
    const stream = await openSse(`${serve.url}/api/workspaces/${id}/stream`, serve.token, (e) => {
      if (e.event === 'events') arrivals.set((JSON.parse(e.data) as { total: number }).total, e.at);
    });
    const perTick = 250;
    const tickMs = 50;
    const acks: Array<{ total: number; at: number }> = [];
    let total = PRELOAD;
    const start = performance.now();
    for (let tick = 0; tick < (SECONDS * 1000) / tickMs; tick++) {
      const due = start + tick * tickMs;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      total += await post(serve, id, syntheticEvents(total, perTick));
      acks.push({ total, at: performance.now() });
    }
    await new Promise((r) => setTimeout(r, 1500));
    stream.close();
    const latencies = acks
      .map(
        ({ total: t, at }) =>
          Math.max(0, (arrivals.get(t) ?? Number.POSITIVE_INFINITY) - at) / 1000,
      )
      .sort((a, b) => a - b);
    const pick = (q: number) =>
      latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
    return {
      p50: pick(0.5),
      p95: pick(0.95),
      within1s: latencies.filter((l) => l <= 1).length / latencies.length,
      posted: (total - PRELOAD) / ((performance.now() - start - 1500) / 1000),
    };
  } finally {
    await serve.stop();
  }
}

const peer = await bareStore();
const ingest = await sustainedIngest();
const latency = await liveLatency();
const cpu = cpus()[0]?.model ?? 'unknown CPU';
process.stdout.write(`## Live service benchmark

Machine: ${cpus().length} cores, ${cpu}, Node ${process.version}. \`drumbeat serve\` (compiled) on loopback, one dashboard stream open.

| Figure | Measured | Target |
| --- | ---: | ---: |
| Sustained ingest over HTTP, ${TOTAL.toLocaleString('en-US')} events in batches of ${BATCH}, 4 in flight | ${Math.round(ingest.rate).toLocaleString('en-US')} events/s | ≥ 50,000 events/s |
| Peer: bare DuckDB store, same batches, in-process | ${Math.round(peer).toLocaleString('en-US')} events/s | (reference) |
| Analysis caught up after the last acknowledgement | ${ingest.lagSeconds.toFixed(2)} s (${ingest.analyses} analyses during the run) | kept current |
| Live stream: events posted (after ${PRELOAD.toLocaleString('en-US')} stored) | ${Math.round(latency.posted).toLocaleString('en-US')} events/s for ${SECONDS} s | 5,000 events/s |
| Ack → dashboard stream, median / 95th percentile | ${latency.p50.toFixed(3)} s / ${latency.p95.toFixed(3)} s | 95 % within 1 s |
| Share of batches on the stream within 1 s of their ack | ${(latency.within1s * 100).toFixed(1)} % | ≥ 95 % |
`);
