import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { StageMap } from '../core/flow/StageMap.js';

const stageMapSchema = z
  .object({
    stages: z
      .array(z.object({ name: z.string().min(1), activities: z.array(z.string()).min(1) }).strict())
      .optional(),
    exclude: z.array(z.string()).optional(),
    rename: z.record(z.string(), z.string().min(1)).optional(),
  })
  .strict();

/**
 * Reads a stage map file (JSON, or YAML for .yaml/.yml). Throws an Error naming the file and
 * the offending field.
 *
 * @example
 * # stages.yaml
 * stages:
 *   - { name: Review, activities: [Code Review, Peer Review] }
 * exclude: [Ticket Created]
 */
export async function readStageMap(file: string): Promise<StageMap> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new Error(
      `${file}: cannot read the stage map (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
  let raw: unknown;
  try {
    raw = /\.ya?ml$/i.test(file) ? parseYaml(text) : JSON.parse(text);
  } catch (error) {
    throw new Error(
      `${file}: not valid ${/\.ya?ml$/i.test(file) ? 'YAML' : 'JSON'}: ${(error as Error).message}`,
    );
  }
  const parsed = stageMapSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `${file}: field "${issue?.path.join('.') || '(root)'}": ${issue?.message ?? 'invalid'}`,
    );
  }
  return stripUndefined(parsed.data);
}

function stripUndefined(map: z.infer<typeof stageMapSchema>): StageMap {
  const out: { -readonly [K in keyof StageMap]: StageMap[K] } = {};
  if (map.stages) out.stages = map.stages;
  if (map.exclude) out.exclude = map.exclude;
  if (map.rename) out.rename = map.rename;
  return out;
}
