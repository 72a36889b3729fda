/**
 * A dev-only stand-in for `drumbeat serve`'s API (docs/api.md), plugged into Vite's dev server
 * so the dashboard can be built and looked at before the real server exists. Never built into
 * dist/web. Token: "dev-token" — open http://127.0.0.1:5173/#token=dev-token.
 *
 * Workspaces: "helpdesk" (the bundled example log, analysed by the real CLI, with a fake live
 * feed), "empty" (no events; an upload into it copies the helpdesk data and announces an
 * analysis over SSE), and every 30 s an alert. MOCK_DELAY_MS delays every answer, to look at the
 * loading skeletons; MOCK_NO_ALERTS answers the alert routes with 404, as older servers do.
 */
import { execFile } from 'node:child_process';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Plugin } from 'vite';
import type { AnalysisReport } from '../../src/core/analysis/AnalysisReport.js';
import type { ReadResult } from '../../src/readers/readEventLog.js';
import type { Workspace } from '../../src/store/EventStore.js';
import type { Alert, AlertSettings } from '../src/api/Alerts.js';
import {
  type ExtraCompletion,
  type MockLog,
  mockFlow,
  mockLive,
  mockStage,
  toMockLog,
} from './mockViews.js';

const token = 'dev-token';
const repo = fileURLToPath(new URL('../../', import.meta.url));
const exampleLog = `${repo}examples/helpdesk.xes.gz`;

interface Data {
  report: AnalysisReport;
  log: MockLog;
}

interface MockWorkspace {
  workspace: Workspace;
  data: Data | null;
  extra: ExtraCompletion[];
  streams: Set<ServerResponse>;
  /** docs/api.md "Alerts": the documented defaults, and alerts newest first. */
  alertSettings: AlertSettings;
  alerts: Alert[];
}

let example: Promise<Data> | null = null;

/** The real analysis of the bundled log (the CLI, built by `npm run build`) and the log itself. */
function loadExample(): Promise<Data> {
  example ??= (async () => {
    const run = promisify(execFile);
    const { stdout } = await run(
      'node',
      [`${repo}bin/drumbeat.js`, 'analyze', exampleLog, '--json'],
      {
        maxBuffer: 256 * 1024 * 1024,
      },
    );
    const reader = (await import(`${repo}dist/readers/readEventLog.js`)) as {
      readEventLog(file: string): Promise<ReadResult>;
    };
    const { log } = await reader.readEventLog(exampleLog);
    return { report: JSON.parse(stdout) as AnalysisReport, log: toMockLog(log) };
  })();
  return example;
}

function newWorkspace(id: string, name: string, events: number): MockWorkspace {
  return {
    workspace: {
      id,
      name,
      calendar: null,
      timezone: 'UTC',
      stageMap: null,
      bufferTargetHours: null,
      createdAt: new Date().toISOString(),
      events,
    },
    data: null,
    extra: [],
    streams: new Set(),
    alertSettings: {
      rules: [
        { kind: 'buffer-red', enabled: true },
        { kind: 'constraint-starved', enabled: true, minutes: 60 },
        { kind: 'wip-growing', enabled: true, days: 14 },
        { kind: 'constraint-moved', enabled: true },
        { kind: 'pattern-changed', enabled: true, days: 28 },
      ],
      webhooks: [],
    },
    alerts: [],
  };
}

export function mockApi(): Plugin {
  const workspaces = new Map<string, MockWorkspace>([
    ['helpdesk', newWorkspace('helpdesk', 'Helpdesk (example log)', 21348)],
    ['empty', newWorkspace('empty', 'New value stream', 0)],
  ]);
  const delay = Number(process.env.MOCK_DELAY_MS ?? 0);

  const send = (res: ServerResponse, status: number, body?: unknown) => {
    setTimeout(() => {
      res.statusCode = status;
      if (body !== undefined) res.setHeader('Content-Type', 'application/json');
      res.end(body === undefined ? undefined : JSON.stringify(body));
    }, delay);
  };

  const broadcast = (entry: MockWorkspace, event: string, data: unknown) => {
    for (const stream of entry.streams)
      stream.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  };

  // The fake live feed: every 5 s a batch lands on the helpdesk; every 30 s an analysis is "done".
  let tick = 0;
  const feed = setInterval(() => {
    tick += 1;
    for (const entry of workspaces.values()) {
      if (entry.data === null || entry.streams.size === 0) continue;
      const stage = entry.data.report.constraint.stage;
      const previous = entry.extra[entry.extra.length - 1]?.at ?? entry.data.log.lastAt;
      const at = previous + 7 * 60_000;
      const count = 1 + (tick % 3);
      entry.extra.push({ at, count });
      entry.workspace.events += count * 2;
      broadcast(entry, 'events', {
        accepted: count * 2,
        total: entry.workspace.events,
        at: new Date().toISOString(),
        lastEventAt: new Date(at).toISOString(),
        completions: { [stage]: count },
      });
      if (tick % 6 === 0) {
        const alert: Alert = {
          id: `alert-${tick}`,
          rule: 'constraint-starved',
          at: new Date().toISOString(),
          stage,
          message: `${stage} was starved for 75 working minutes while work for it waited upstream.`,
        };
        entry.alerts = [alert, ...entry.alerts].slice(0, 200);
        broadcast(entry, 'alert', alert);
        broadcast(entry, 'analysis', {
          events: entry.workspace.events,
          constraint: entry.data.report.constraint,
          at: new Date().toISOString(),
        });
      }
    }
  }, 5000);
  feed.unref();

  const handle = async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    const method = req.method ?? 'GET';
    if (parts[1] !== 'workspaces') return send(res, 404, { error: `no route ${url.pathname}` });
    if (parts.length === 2) {
      if (method === 'GET')
        return send(
          res,
          200,
          [...workspaces.values()].map((w) => w.workspace),
        );
      if (method === 'POST') {
        const body = JSON.parse((await readBody(req)).toString('utf8') || '{}') as {
          name?: unknown;
        };
        if (typeof body.name !== 'string' || body.name.trim() === '') {
          return send(res, 400, {
            error: 'name: a non-empty string is required',
            details: ['name'],
          });
        }
        const id = `ws-${workspaces.size + 1}`;
        workspaces.set(id, newWorkspace(id, body.name, 0));
        return send(res, 201, { id });
      }
    }
    const entry = workspaces.get(parts[2] ?? '');
    if (entry === undefined) return send(res, 404, { error: `no workspace ${parts[2]}` });
    if (entry.workspace.id === 'helpdesk') entry.data ??= await loadExample();
    const what = parts[3];

    if (what === undefined) return send(res, 200, entry.workspace);
    if (what === 'stream') {
      res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' });
      res.write(': connected\n\n');
      entry.streams.add(res);
      req.on('close', () => entry.streams.delete(res));
      return;
    }
    if (what === 'import' && method === 'POST') {
      const body = await readBody(req);
      if (body.length === 0)
        return send(res, 400, { error: 'the request body is empty: send the file' });
      const data = await loadExample();
      entry.data = data;
      entry.workspace.events += 21348;
      send(res, 200, {
        accepted: 21348,
        duplicates: 0,
        rejected: [{ index: 17, reason: 'timestamp: "31-02-2014" is not a date' }],
      });
      setTimeout(() => {
        broadcast(entry, 'analysis', {
          events: entry.workspace.events,
          constraint: data.report.constraint,
          at: new Date().toISOString(),
        });
      }, 1000);
      return;
    }
    if (process.env.MOCK_NO_ALERTS === undefined) {
      if (what === 'alerts' && method === 'GET') return send(res, 200, entry.alerts);
      if (what === 'alert-settings' && method === 'GET') return send(res, 200, entry.alertSettings);
      if (what === 'alert-settings' && method === 'PUT') {
        entry.alertSettings = JSON.parse((await readBody(req)).toString('utf8')) as AlertSettings;
        return send(res, 200, entry.alertSettings);
      }
    }
    const data = entry.data;
    if (data === null) return send(res, 409, { error: 'this workspace has no events yet' });
    if (what === 'analysis') return send(res, 200, data.report);
    if (what === 'live') return send(res, 200, mockLive(data.log, data.report, entry.extra));
    if (what === 'flow') return send(res, 200, mockFlow(data.log, data.report));
    if (what === 'forecast') return send(res, 200, await mockForecast(url.searchParams));
    if (what === 'stages' && parts[4] !== undefined) {
      const detail = mockStage(data.log, data.report, parts[4]);
      return detail === null
        ? send(res, 404, { error: `no stage ${parts[4]}` })
        : send(res, 200, detail);
    }
    return send(res, 404, { error: `no route ${url.pathname}` });
  };

  const middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith('/api/')) return next();
    const bearer = req.headers.authorization === `Bearer ${token}`;
    const query = url.pathname.endsWith('/stream') && url.searchParams.get('token') === token;
    if (!bearer && !query) return send(res, 401, { error: 'missing or wrong token' });
    handle(req, res, url).catch((error: unknown) =>
      send(res, 500, { error: error instanceof Error ? error.message : String(error) }),
    );
  };

  return {
    name: 'drumbeat-mock-api',
    configureServer(server) {
      server.httpServer?.once('listening', () => {
        server.config.logger.info(`  Mock API: open /#token=${token}`);
      });
      server.middlewares.use(middleware);
    },
    // `vite preview` serves the built dist/web: the same mock lets the production bundle be checked.
    configurePreviewServer(server) {
      server.middlewares.use(middleware);
    },
  };
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** The real forecast of the bundled log (compiled core), for the dashboard's forecast panel. */
async function mockForecast(query: URLSearchParams): Promise<unknown> {
  const core = `${repo}dist/core`;
  const { analyzeDetailed } = (await import(`${core}/analysis/analyzeLog.js`)) as {
    analyzeDetailed(log: unknown): unknown;
  };
  const { answerForecast } = (await import(`${core}/forecast/answerForecast.js`)) as {
    answerForecast(detail: unknown, question: Record<string, number>): unknown;
  };
  const reader = (await import(`${repo}dist/readers/readEventLog.js`)) as {
    readEventLog(file: string): Promise<{ log: unknown }>;
  };
  const question: Record<string, number> = {};
  const items = query.get('items');
  const date = query.get('date');
  if (items !== null) question.items = Number(items);
  if (date !== null) question.dateDay = Date.parse(`${date}T00:00:00Z`) / 86_400_000;
  const { log } = await reader.readEventLog(exampleLog);
  return answerForecast(analyzeDetailed(log), question);
}
