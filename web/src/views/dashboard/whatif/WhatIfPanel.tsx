import { useState } from 'react';
import type { AnalysisReport } from '../../../../../src/core/analysis/AnalysisReport.js';
import type { Scenario } from '../../../../../src/core/simulation/Scenario.js';
import { ErrorBanner } from '../../../components/ErrorBanner';
import { Panel } from '../../../components/Panel';
import { useWhatIfJob } from './useWhatIfJob';
import { WhatIfComparison } from './WhatIfComparison';

type Change = 'add' | 'remove' | 'processing' | 'arrivals' | 'rope' | 'wipCap';

const changes: Array<{ value: Change; label: string; unit: string; stage: boolean }> = [
  { value: 'add', label: 'Add servers', unit: 'servers', stage: true },
  { value: 'remove', label: 'Remove servers', unit: 'servers', stage: true },
  { value: 'processing', label: 'Cut processing time', unit: '%', stage: true },
  { value: 'arrivals', label: 'Change arrivals', unit: '% (− for fewer)', stage: false },
  { value: 'rope', label: "Release at the constraint's pace (rope)", unit: '', stage: false },
  { value: 'wipCap', label: 'Cap work in progress', unit: 'cases', stage: false },
];

function toScenario(change: Change, stage: string, amount: number): Scenario {
  switch (change) {
    case 'add':
      return { capacity: { [stage]: amount } };
    case 'remove':
      return { capacity: { [stage]: -amount } };
    case 'processing':
      return { processing: { [stage]: -amount / 100 } };
    case 'arrivals':
      return { arrivals: amount / 100 };
    case 'rope':
      return { rope: true };
    case 'wipCap':
      return { wipCap: amount };
  }
}

const defaults: Record<Change, number> = {
  add: 1,
  remove: 1,
  processing: 20,
  arrivals: 10,
  rope: 0,
  wipCap: 20,
};

/**
 * What if we changed the stream? Simulates the calibrated model and the changed one on the
 * server (docs/whatif.md) and shows both side by side, refining as replications arrive.
 */
export function WhatIfPanel({
  report,
  workspaceId,
}: {
  report: AnalysisReport;
  workspaceId: string;
}) {
  const stages = report.stages.map((s) => s.name);
  const [stage, setStage] = useState(report.constraint.stage ?? stages[0] ?? '');
  const [change, setChange] = useState<Change>('add');
  const [amount, setAmount] = useState(defaults.add);
  const { job, error, pending, run } = useWhatIfJob(workspaceId);
  const chosen = changes.find((c) => c.value === change) ?? changes[0]!;

  return (
    <Panel
      title="What if…"
      id="whatif"
      className="whatif-panel"
      subtitle="A simulation calibrated from this log: change one thing, see throughput, lead time and the constraint that would follow."
    >
      <form
        className="form whatif-form"
        onSubmit={(e) => {
          e.preventDefault();
          void run(toScenario(change, stage, amount));
        }}
      >
        <label>
          Change
          <select
            name="change"
            value={change}
            onChange={(e) => {
              const next = e.target.value as Change;
              setChange(next);
              setAmount(defaults[next]);
            }}
          >
            {changes.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        {chosen.stage && (
          <label>
            Stage
            <select name="stage" value={stage} onChange={(e) => setStage(e.target.value)}>
              {stages.map((s) => (
                <option key={s} value={s}>
                  {s}
                  {s === report.constraint.stage ? ' (constraint)' : ''}
                </option>
              ))}
            </select>
          </label>
        )}
        {change !== 'rope' && (
          <label>
            Amount <span className="muted">{chosen.unit}</span>
            <input
              name="amount"
              type="number"
              value={amount}
              min={change === 'arrivals' ? -90 : 1}
              max={change === 'processing' ? 90 : undefined}
              step={1}
              required
              onChange={(e) => setAmount(Number(e.target.value))}
            />
          </label>
        )}
        <button type="submit" className="button" disabled={pending}>
          Simulate
        </button>
      </form>
      {error !== null && <ErrorBanner error={error} context="Running the what-if" />}
      {job?.status === 'failed' && (
        <ErrorBanner
          error={new Error(job.error ?? 'the simulation failed')}
          context="Running the what-if"
        />
      )}
      {job !== null && job.result === null && job.status === 'running' && (
        <p className="muted" role="status">
          Simulating the first replications…
        </p>
      )}
      {job?.result && (
        <WhatIfComparison
          result={job.result}
          progress={{ done: job.done, of: job.replications, running: job.status === 'running' }}
        />
      )}
    </Panel>
  );
}
