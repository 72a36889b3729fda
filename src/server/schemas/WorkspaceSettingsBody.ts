import { z } from '@hono/zod-openapi';
import { parseCalendar } from '../../core/calendar/parseCalendar.js';
import { timeZone } from '../../core/calendar/zoneOffset.js';
import { StageMapBody } from './StageMapBody.js';

// Zone and calendar are parsed here, with the analysis' own parsers, so that a bad one is a 400
// naming the field instead of a workspace that cannot be analysed.
const timezone = z
  .string()
  .min(1)
  .superRefine((value, ctx) => {
    try {
      timeZone(value);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: (error as Error).message });
    }
  })
  .openapi({ description: 'Zone for timestamps without offset', example: 'Europe/Amsterdam' });

const calendar = z
  .string()
  .min(1)
  .superRefine((value, ctx) => {
    try {
      parseCalendar(value, timeZone('UTC'));
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: (error as Error).message });
    }
  })
  .nullable()
  .openapi({
    description: 'Working calendar (`--calendar` text); null to infer it',
    example: 'Mon-Fri 09:00-17:00 Europe/Amsterdam',
  });

/** Everything a person may set on a workspace; creation requires `name`, a change any field. */
export const WorkspaceSettingsBody = z
  .strictObject({
    name: z.string().trim().min(1).max(200).openapi({ example: 'Help desk' }),
    calendar: calendar.optional(),
    timezone: timezone.optional(),
    stageMap: StageMapBody.nullable().optional(),
    bufferTargetHours: z.number().positive().max(10_000).nullable().optional().openapi({
      description:
        "The constraint buffer's target in constraint hours; null to derive it from the log",
      example: 8,
    }),
  })
  .openapi('WorkspaceSettings');
