import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import type { ReadOptions } from '../../readers/readEventLog.js';
import { ApiError } from '../ApiError.js';
import { parseNdjson } from '../parseNdjson.js';
import { saveBody } from '../saveBody.js';
import { errorResponses } from '../schemas/errorResponses.js';
import { IncomingEvent } from '../schemas/IncomingEvent.js';
import { WorkspaceParams } from '../schemas/WorkspaceParams.js';
import { validateEvents } from '../validateEvents.js';
import type { WorkspaceRegistry } from '../WorkspaceRegistry.js';

const MB = 1_000_000;
/** A batch of events: far more than a client should send at once, far less than memory. */
export const EVENTS_LIMIT = 20 * MB;
/** An uploaded file: the dashboard's limit; `drumbeat import` on a stopped server has none. */
export const IMPORT_LIMIT = 50 * MB;

const IngestAnswer = z
  .object({
    accepted: z.number().int(),
    duplicates: z.number().int(),
    rejected: z.array(z.object({ index: z.number().int(), reason: z.string() })),
  })
  .openapi('IngestAnswer');

const ingest = createRoute({
  method: 'post',
  path: '/api/workspaces/{id}/events',
  tags: ['Ingest'],
  summary: 'Add events (JSON array or NDJSON); answers once the accepted ones are durable',
  middleware: [
    bodyLimit({
      maxSize: EVENTS_LIMIT,
      onError: () => {
        throw new ApiError(413, `body larger than ${EVENTS_LIMIT / MB} MB; send smaller batches`);
      },
    }),
  ],
  request: {
    params: WorkspaceParams,
    body: {
      // Not `required`: that would run the JSON validator on NDJSON bodies too.
      description:
        'Each event is checked on its own: bad ones are listed in `rejected`, the others are stored.',
      content: {
        // Validated as "an array" only: a bad element must not fail the whole batch.
        'application/json': {
          schema: z
            .array(z.unknown())
            .openapi({ type: 'array', items: { $ref: '#/components/schemas/Event' } }),
        },
        'application/x-ndjson': { schema: IncomingEvent },
      },
    },
  },
  responses: {
    200: {
      description: 'What was stored',
      content: { 'application/json': { schema: IngestAnswer } },
    },
    ...errorResponses(400, 401, 404, 413, 415),
  },
});

const flag = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1')
  .optional();

const ImportQuery = z.object({
  filename: z.string().min(1).openapi({
    description: 'The file name; its extension tells the format',
    example: 'log.xes.gz',
  }),
  format: z.enum(['csv', 'xes', 'jsonl']).optional(),
  case: z.string().min(1).optional(),
  activity: z.string().min(1).optional(),
  timestamp: z.string().min(1).optional(),
  startTimestamp: z.string().min(1).optional(),
  lifecycle: z.string().min(1).optional(),
  resource: z.string().min(1).optional(),
  timestampFormat: z.string().min(1).optional(),
  timezone: z
    .string()
    .min(1)
    .optional()
    .openapi({ description: "Zone for timestamps without offset; default: the workspace's" }),
  skipInvalid: flag,
});

const ImportAnswer = z
  .object({
    accepted: z.number().int(),
    duplicates: z.number().int(),
    // Always empty (a file the readers refuse is a 400); kept so both ingest answers share a shape.
    rejected: z.array(z.object({ index: z.number().int(), reason: z.string() })),
    skipped: z.object({
      count: z.number().int(),
      examples: z.array(
        z.object({
          file: z.string(),
          line: z.number().int().optional(),
          column: z.number().int().optional(),
          field: z.string().optional(),
          message: z.string(),
        }),
      ),
    }),
  })
  .openapi('ImportAnswer');

const importFile = createRoute({
  method: 'post',
  path: '/api/workspaces/{id}/import',
  tags: ['Ingest'],
  summary: 'Import an event log file (CSV, XES, JSON Lines; .gz too) sent as the raw body',
  request: {
    params: WorkspaceParams,
    query: ImportQuery,
    body: {
      required: true,
      content: {
        'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) },
      },
    },
  },
  responses: {
    200: {
      description: 'What was stored',
      content: { 'application/json': { schema: ImportAnswer } },
    },
    ...errorResponses(400, 401, 404, 413),
  },
});

/** Event ingest and file import (docs/api.md, "Ingest"). */
export function ingestRoutes(app: OpenAPIHono, registry: WorkspaceRegistry): void {
  app.openapi(ingest, async (c) => {
    const { id } = c.req.valid('param');
    const ws = registry.find(id);
    const ndjson = c.req.header('content-type')?.toLowerCase().startsWith('application/x-ndjson');
    const body: unknown = ndjson ? undefined : c.req.valid('json');
    const entries = Array.isArray(body)
      ? body.map((value: unknown) => ({ value }))
      : parseNdjson(await c.req.text());
    const { events, rejected } = validateEvents(entries, ws.zone);
    const stored = events.length > 0 ? await registry.ingest(id, events) : undefined;
    return c.json(
      { accepted: stored?.accepted ?? 0, duplicates: stored?.duplicates ?? 0, rejected },
      200,
    );
  });

  app.openapi(importFile, async (c) => {
    const { id } = c.req.valid('param');
    const { filename, skipInvalid, ...query } = c.req.valid('query');
    registry.find(id);
    const name = basename(filename.replaceAll('\\', '/'));
    // A folder of its own keeps the client's file name (its extension tells the format).
    const dir = await mkdtemp(join(tmpdir(), 'drumbeat-import-'));
    try {
      const file = join(dir, name.replace(/[^\w.-]+/g, '_') || 'upload');
      await saveBody(c.req.raw.body, file, IMPORT_LIMIT);
      const result = await registry.importFile(id, file, readOptions(query, skipInvalid), name);
      return c.json({ ...result, rejected: [] }, 200);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
}

function readOptions(
  query: Omit<z.output<typeof ImportQuery>, 'filename' | 'skipInvalid'>,
  skipInvalid: boolean | undefined,
): ReadOptions {
  const { format, timestampFormat, timezone, ...columns } = query;
  const options: ReadOptions = { skipInvalid: skipInvalid ?? false };
  if (format) options.format = format;
  if (timestampFormat) options.timestampFormat = timestampFormat;
  if (timezone) options.timezone = timezone;
  const picked: NonNullable<ReadOptions['columns']> = {};
  for (const [key, value] of Object.entries(columns) as Array<
    [keyof typeof columns, string | undefined]
  >) {
    if (value !== undefined) picked[key] = value;
  }
  options.columns = picked;
  return options;
}
