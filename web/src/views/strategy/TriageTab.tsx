import type { StrategyView } from '../../../../src/core/strategy/review/StrategyView.js';
import type { TriageRule } from '../../../../src/core/strategy/triageStrategy.js';
import { Panel } from '../../components/Panel';
import { formatPercent } from '../../format/formatPercent';
import { ProgressBar } from './ProgressBar';

const RULE_LABEL: Record<TriageRule, string> = {
  'scaling-trap': 'Scaling trap',
  'too-many-in-flight': 'Hedging: too many in flight',
  'spread-over-stages': 'Hedging: spread over stages',
  'activity-metric': 'Activity metric',
};

/** Focus beats diversification: the share of effort at the constraint, and every flag with why. */
export function TriageTab({ view }: { view: StrategyView }) {
  const t = view.triage;
  return (
    <div className="grid-two">
      <Panel
        title="Share of effort aimed at the constraint"
        subtitle="Person-weeks of proposed and active initiatives whose target stage is the constraint."
      >
        <p className="fact-big" data-testid="focus-share">
          {formatPercent(t.focusShare)}
        </p>
        <ProgressBar value={t.focusShare} label="Share of effort at the constraint" />
        <p className="muted">
          {t.inFlight} initiatives in flight, on{' '}
          {t.stages.length === 0 ? 'no stage' : t.stages.join(', ')}. Constraint:{' '}
          {t.constraintStage ?? 'not known yet'}.
        </p>
        {t.condition.length > 0 && <p>Its state now: {t.condition.join('; ')}.</p>}
      </Panel>
      <Panel
        title="Flags"
        subtitle="Each rule and its threshold are explained in docs/strategy.md."
      >
        {t.flags.length === 0 ? (
          <p className="success">Nothing flagged: the plan is aimed at the constraint.</p>
        ) : (
          <ul className="flag-cards">
            {t.flags.map((f) => (
              <li
                key={`${f.rule}-${f.subject.kind}-${f.subject.id ?? ''}`}
                className={`flag-card flag-${f.rule}`}
                data-testid="triage-flag"
              >
                <span className="badge">{RULE_LABEL[f.rule]}</span>{' '}
                <strong>{f.subject.title}</strong>
                <p>Why: {f.why}.</p>
              </li>
            ))}
          </ul>
        )}
      </Panel>
    </div>
  );
}
