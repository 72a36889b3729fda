import { z } from '@hono/zod-openapi';

const answer = z.string().trim().min(1).max(4_000);

/** One respondent's four answers. */
export const SurveyAnswersBody = z
  .object({
    constraint: answer,
    strategy: answer,
    success: answer,
    contribution: answer,
  })
  .strict()
  .openapi('SurveyAnswers');
