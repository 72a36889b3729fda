import { type FormEvent, useState } from 'react';
import type { SurveyAnswers } from '../../../../src/core/alignment/SurveyAnswers.js';
import { ApiError } from '../../api/ApiError';
import { surveyApi } from '../../api/surveyApi';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Skeleton } from '../../components/Skeleton';
import { useResource } from '../../hooks/useResource';

const empty: SurveyAnswers = { constraint: '', strategy: '', success: '', contribution: '' };

/**
 * `/survey/:token`: the four questions of an alignment audit, for a respondent without an
 * account or the dashboard token. One column, large fields: most people answer on a phone.
 */
export function SurveyView({ token }: { token: string }) {
  const survey = useResource(`survey:${token}`, (signal) => surveyApi.read(token, signal));
  const [answers, setAnswers] = useState<SurveyAnswers>(empty);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [done, setDone] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await surveyApi.submit(token, {
        constraint: answers.constraint.trim(),
        strategy: answers.strategy.trim(),
        success: answers.success.trim(),
        contribution: answers.contribution.trim(),
      });
      setDone(true);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const data = survey.data;
  const complete = Object.values(answers).every((a) => a.trim() !== '');
  return (
    <main className="page survey-page">
      <p className="survey-brand">
        <span className="brand-mark" aria-hidden="true">
          ◆
        </span>{' '}
        Drumbeat
      </p>
      {survey.error !== undefined && <SurveyProblem error={survey.error} />}
      {data === undefined && survey.error === undefined && (
        <Skeleton height={300} label="Loading the survey…" />
      )}
      {data !== undefined && (
        <>
          <h1 className="page-title">{data.title}</h1>
          <p className="page-lead">
            {data.anonymous
              ? 'Anonymous: your answers are kept with your team and level only, never your name.'
              : `For ${data.respondent.name ?? 'you'} (${data.respondent.team}, ${data.respondent.level}).`}{' '}
            Answer in your own words; there is no right wording, and it takes about five minutes.
          </p>
          {done || data.submitted ? (
            <p className="success survey-done" role="status">
              {done
                ? 'Thank you — your answers are in.'
                : 'This link has already been used to answer. Thank you.'}
            </p>
          ) : (
            <form className="form survey-form" onSubmit={submit}>
              {data.questions.map((q, i) => (
                <label key={q.key}>
                  {i + 1}. {q.text}
                  <textarea
                    name={q.key}
                    required
                    rows={q.key === 'constraint' ? 2 : 4}
                    maxLength={4000}
                    value={answers[q.key]}
                    onChange={(e) => setAnswers((a) => ({ ...a, [q.key]: e.target.value }))}
                  />
                </label>
              ))}
              <button type="submit" className="button" disabled={busy || !complete}>
                {busy ? 'Sending…' : 'Send my answers'}
              </button>
              {error !== undefined &&
                (error instanceof ApiError && (error.status === 409 || error.status === 410) ? (
                  <SurveyProblem error={error} />
                ) : (
                  <ErrorBanner error={error} context="Sending your answers" />
                ))}
            </form>
          )}
        </>
      )}
    </main>
  );
}

/** The link is unknown (404), closed (410) or already used (409): said plainly. */
function SurveyProblem({ error }: { error: unknown }) {
  const status = error instanceof ApiError ? error.status : 0;
  const text =
    status === 404
      ? 'This survey link is not valid. Check that you copied all of it.'
      : status === 410
        ? 'This survey is closed and takes no more answers.'
        : status === 409
          ? 'This link has already been used to answer: each link takes one response.'
          : undefined;
  if (text === undefined) return <ErrorBanner error={error} context="Loading the survey" />;
  return (
    <p className="notice-warning survey-problem" role="alert">
      {text}
    </p>
  );
}
