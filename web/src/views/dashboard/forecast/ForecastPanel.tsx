import { type FormEvent, Fragment, useId, useState } from 'react';
import type {
  ForecastAnswer,
  TargetForecast,
} from '../../../../../src/core/forecast/ForecastAnswer.js';
import { api } from '../../../api/api';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { Panel } from '../../../components/Panel';
import { Skeleton } from '../../../components/Skeleton';
import { useResource } from '../../../hooks/useResource';
import { DistributionChart } from './DistributionChart';

interface ForecastPanelProps {
  workspaceId: string;
  /** Changes whenever the analysis does, so the forecast follows new events. */
  analysisStamp: number | null;
}

interface Question {
  items?: number;
  date?: string;
  history: number;
}

/** Calendar days of history offered: 90 is ActionableAgile's usual window and the default. */
const HISTORY_CHOICES = [30, 60, 90, 180, 365];

/**
 * "When will N items be done?" and "how many by this date?", by Monte Carlo simulation of the
 * recent daily throughput (docs/forecasting.md), for the whole stream and for the constraint.
 */
export function ForecastPanel({ workspaceId, analysisStamp }: ForecastPanelProps) {
  const formId = useId();
  const [itemsText, setItemsText] = useState('50');
  const [dateText, setDateText] = useState('');
  const [history, setHistory] = useState(90);
  const [asked, setAsked] = useState<Question>({ items: 50, history: 90 });
  const [target, setTarget] = useState<'stream' | 'constraint'>('stream');
  const [problem, setProblem] = useState<string | null>(null);
  const forecast = useResource(
    `forecast:${workspaceId}:${asked.items ?? ''}:${asked.date ?? ''}:${asked.history}:${analysisStamp ?? ''}`,
    (signal) => api.getForecast(workspaceId, asked, signal),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const items = itemsText.trim() === '' ? undefined : Number(itemsText);
    if (items !== undefined && !(Number.isInteger(items) && items >= 1 && items <= 100_000)) {
      setProblem('Items: enter a whole number from 1 to 100,000, or leave it empty.');
      return;
    }
    if (items === undefined && dateText === '') {
      setProblem('Enter a number of items, a date, or both.');
      return;
    }
    setProblem(null);
    setAsked({
      history,
      ...(items === undefined ? {} : { items }),
      ...(dateText === '' ? {} : { date: dateText }),
    });
  };

  const data = forecast.data;
  return (
    <Panel
      title="Forecast"
      className="forecast-panel"
      subtitle="When will N items be done, and how many by a date: 10,000 futures drawn from recent daily throughput."
    >
      <form className="form forecast-form" onSubmit={submit} aria-describedby={`${formId}-help`}>
        <div className="form-row forecast-inputs">
          <label>
            Items to finish
            <input
              type="number"
              min={1}
              max={100000}
              step={1}
              inputMode="numeric"
              value={itemsText}
              onChange={(e) => setItemsText(e.target.value)}
            />
          </label>
          <label>
            Finished by
            <input type="date" value={dateText} onChange={(e) => setDateText(e.target.value)} />
          </label>
          <label>
            History drawn from
            <select
              name="history"
              value={history}
              onChange={(e) => setHistory(Number(e.target.value))}
            >
              {HISTORY_CHOICES.map((days) => (
                <option key={days} value={days}>
                  last {days} days
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="button">
            Forecast
          </button>
        </div>
        <p className="muted" id={`${formId}-help`}>
          Leave either empty. A shorter history follows a recent change in pace, a longer one
          smooths out a slow or busy spell. Days count from the day of the last event
          {data ? ` (${data.from?.slice(0, 10) ?? '—'}), in ${data.dayUnit}` : ''}.
          {data && (
            <span data-testid="forecast-history">
              {' '}
              These futures are drawn from the last {data.historyDays} days.
            </span>
          )}
        </p>
      </form>
      {problem !== null && (
        <p className="notice-warning" role="alert">
          {problem}
        </p>
      )}
      {forecast.error !== undefined && (
        <ErrorBanner error={forecast.error} context="Forecasting" onRetry={forecast.reload} />
      )}
      {data === undefined ? (
        forecast.error === undefined && <Skeleton height={200} label="Simulating futures…" />
      ) : (
        <ForecastResult answer={data} target={target} onTarget={setTarget} formId={formId} />
      )}
    </Panel>
  );
}

function ForecastResult({
  answer,
  target,
  onTarget,
  formId,
}: {
  answer: ForecastAnswer;
  target: 'stream' | 'constraint';
  onTarget: (t: 'stream' | 'constraint') => void;
  formId: string;
}) {
  const unit = answer.dayUnit;
  const targets: Array<[string, TargetForecast]> = [
    ['Whole stream (finished cases)', answer.stream],
    [`Constraint: ${answer.constraint.stage}`, answer.constraint],
  ];
  const chosen = target === 'stream' ? answer.stream : answer.constraint;
  const days = (d: number | null) => (d === null ? 'not within 10 years' : `${d} ${unit}`);
  return (
    <>
      <div className="table-scroll">
        <table className="data-table forecast-table">
          <caption className="visually-hidden">Forecast percentiles</caption>
          <thead>
            <tr>
              <th scope="col">Question</th>
              <th scope="col">50 %</th>
              <th scope="col">85 %</th>
              <th scope="col">95 %</th>
            </tr>
          </thead>
          <tbody>
            {targets.map(([name, t]) => (
              <Fragment key={name}>
                {t.when && (
                  <tr key={`${name}-when`} data-row="when">
                    <th scope="row">
                      {name}: the next {answer.items} done by
                    </th>
                    {(
                      [
                        [t.when.p50Days, t.when.p50Date],
                        [t.when.p85Days, t.when.p85Date],
                        [t.when.p95Days, t.when.p95Date],
                      ] as const
                    ).map(([d, date], i) => (
                      <td key={String(i)}>
                        {date ?? '—'}
                        <br />
                        <span className="muted">{days(d)}</span>
                      </td>
                    ))}
                  </tr>
                )}
                {t.howMany && (
                  <tr key={`${name}-howmany`} data-row="how-many">
                    <th scope="row">
                      {name}: done in the next {answer.days} {unit}
                      {answer.date ? ` (by ${answer.date})` : ''}, at least
                    </th>
                    <td>{t.howMany.p50}</td>
                    <td>{t.howMany.p85}</td>
                    <td>{t.howMany.p95}</td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted">
        85 % means: in 85 of 100 simulated futures it was done by then (or at least that many were
        done). Recent pace: {answer.stream.perDay.toFixed(1)} finished cases and{' '}
        {answer.constraint.perDay.toFixed(1)} completions at {answer.constraint.stage} per{' '}
        {unit === 'days' ? 'day' : 'working day'}.
      </p>
      <fieldset className="segmented" aria-describedby={`${formId}-help`}>
        <legend className="visually-hidden">Distribution shown</legend>
        {(['stream', 'constraint'] as const).map((t) => (
          <label key={t} className={target === t ? 'segmented-on' : ''}>
            <input
              type="radio"
              name={`${formId}-target`}
              checked={target === t}
              onChange={() => onTarget(t)}
            />
            {t === 'stream' ? 'Whole stream' : answer.constraint.stage}
          </label>
        ))}
      </fieldset>
      {chosen.when && chosen.when.distribution.length > 0 && (
        <DistributionChart
          bins={chosen.when.distribution}
          marks={[
            { label: '50 %', value: chosen.when.p50Days ?? Number.NaN },
            { label: '85 %', value: chosen.when.p85Days ?? Number.NaN },
            { label: '95 %', value: chosen.when.p95Days ?? Number.NaN },
          ]}
          xTitle={`${unit} until the next ${answer.items} are done`}
          description={`Distribution of ${unit} until ${answer.items} items are done, over ${answer.trials} simulated futures.`}
        />
      )}
      {chosen.howMany && (
        <DistributionChart
          bins={chosen.howMany.distribution}
          marks={[
            { label: '50 %', value: chosen.howMany.p50 },
            { label: '85 %', value: chosen.howMany.p85 },
            { label: '95 %', value: chosen.howMany.p95 },
          ]}
          xTitle={`Items done in the next ${answer.days} ${unit}`}
          description={`Distribution of items done in ${answer.days} ${unit}, over ${answer.trials} simulated futures.`}
        />
      )}
    </>
  );
}
