import { useState } from 'react';
import type { AuditSummary, GroupScore } from '../../../../src/core/alignment/AuditSummary.js';
import type { AuditView } from '../../../../src/core/alignment/AuditView.js';
import type { ScoredResponse } from '../../../../src/core/alignment/ScoredResponse.js';
import { auditApi } from '../../api/auditApi';
import { EmptyState } from '../../components/EmptyState';
import { Panel } from '../../components/Panel';
import { ResourceView } from '../../components/ResourceView';
import { formatPercent } from '../../format/formatPercent';
import { useResource } from '../../hooks/useResource';
import { TrendChart } from './TrendChart';

const VERDICT = { right: 'Right', wrong: 'Wrong', none: 'Not named' } as const;

/** One audit: its links, the scored responses, gaps by team and level, misunderstandings, trend. */
export function AuditResults({
  workspaceId,
  audit,
  summary,
  onChanged,
}: {
  workspaceId: string;
  audit: AuditView;
  summary: AuditSummary;
  onChanged: () => void;
}) {
  const responses = useResource(`responses:${audit.id}:${summary.responses}`, (signal) =>
    auditApi.getResponses(workspaceId, audit.id, signal),
  );
  return (
    <div className="audit-results">
      <Panel
        title={audit.title}
        subtitle={`Constraint: ${audit.constraint} · ${audit.anonymous ? 'anonymous' : 'named'} · ${
          audit.closedAt ? `closed ${audit.closedAt.slice(0, 10)}` : 'open'
        }`}
        actions={
          audit.closedAt === null && (
            <button
              type="button"
              className="button-secondary"
              onClick={() => auditApi.closeAudit(workspaceId, audit.id).then(onChanged)}
            >
              Close audit
            </button>
          )
        }
      >
        <div className="fact-grid audit-facts">
          <Fact label="Mean score" value={formatPercent(summary.score)} />
          <Fact label="Named the constraint" value={formatPercent(summary.namingRight)} />
          <Fact label="Responses" value={`${summary.responses} of ${summary.respondents}`} />
          <Fact
            label="Change since last audit"
            value={
              summary.change === null
                ? '—'
                : `${summary.change >= 0 ? '+' : ''}${Math.round(summary.change * 100)} points`
            }
          />
        </div>
        <h3 className="subheading">Key points scored against</h3>
        <ol className="key-points">
          {audit.keyPoints.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ol>
      </Panel>

      <Panel
        title="Survey links"
        subtitle="Send each person their own link; it works without an account and takes one response."
      >
        <SurveyLinks audit={audit} />
      </Panel>

      <Panel
        title="Responses, best aligned first"
        subtitle="Score = 40 % naming the constraint + 60 % key points made − 25 points per answer using the right words in the wrong sense."
      >
        <ResourceView resource={responses} context="Loading the responses" skeletonHeight={160}>
          {(list) =>
            list.length === 0 ? (
              <EmptyState title="No responses yet">
                Answers appear here as people send them.
              </EmptyState>
            ) : (
              <ResponsesTable responses={list} />
            )
          }
        </ResourceView>
      </Panel>

      <div className="grid-two">
        <Panel
          title="Gap by team"
          subtitle="Gap = 1 − mean score: how far the team's answers are from the statement."
        >
          <GroupTable groups={summary.byTeam} kind="Team" />
        </Panel>
        <Panel title="Gap by level">
          <GroupTable groups={summary.byLevel} kind="Level" />
        </Panel>
      </div>

      <Panel title="Most common misunderstandings" className="misunderstandings">
        {summary.responses === 0 ? (
          <p className="muted">None yet: no responses.</p>
        ) : (
          <ul className="misunderstanding-list">
            {summary.wrongConstraints.map((w) => (
              <li key={`wrong-${w.stage}`}>
                <strong>{w.count}</strong> named <strong>{w.stage}</strong> as the constraint
                instead of {summary.constraint}
              </li>
            ))}
            {summary.noConstraintNamed > 0 && (
              <li>
                <strong>{summary.noConstraintNamed}</strong> named no stage as the constraint
              </li>
            )}
            {summary.misunderstandings.map((m) => (
              <li key={`${m.kind}-${m.label}`}>
                <strong>{m.count}</strong> {m.kind === 'misconception' ? 'said' : 'answered'}: “
                {m.label}”
              </li>
            ))}
            {summary.missedPoints.map((p) => (
              <li key={`missed-${p.point}`}>
                <strong>{p.missed}</strong> ({formatPercent(p.share)}) missed “{p.text}”
              </li>
            ))}
          </ul>
        )}
      </Panel>

      <Panel
        title="Trend across audits"
        subtitle="Every audit of this workspace, oldest first."
        className="audit-trend"
      >
        {summary.trend.filter((t) => t.score !== null).length < 2 ? (
          <p className="muted">The trend appears once two audits have responses.</p>
        ) : (
          <TrendChart trend={summary.trend} />
        )}
      </Panel>
    </div>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <div className="fact-label">{label}</div>
      <div className="fact-big">{value}</div>
    </div>
  );
}

function SurveyLinks({ audit }: { audit: AuditView }) {
  const [copied, setCopied] = useState<string | null>(null);
  const copy = async (url: string, id: string) => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(id);
    } catch {
      // Clipboard refused (insecure origin, permissions): the link stays selectable on screen.
      setCopied(null);
    }
  };
  return (
    <div className="table-scroll">
      <table className="data-table survey-links">
        <thead>
          <tr>
            <th>Respondent</th>
            <th>Team</th>
            <th>Level</th>
            <th>Answered</th>
            <th>Link</th>
          </tr>
        </thead>
        <tbody>
          {audit.respondents.map((r) => {
            const url = `${window.location.origin}${r.link}`;
            return (
              <tr key={r.id}>
                <th>{r.name ?? r.id}</th>
                <td>{r.team}</td>
                <td>{r.level}</td>
                <td>{r.responded ? 'Yes' : 'Not yet'}</td>
                <td>
                  <input
                    className="link-field"
                    readOnly
                    value={url}
                    aria-label={`Survey link for ${r.name ?? r.id}`}
                    onFocus={(e) => e.target.select()}
                  />
                  <button
                    type="button"
                    className="button-secondary"
                    onClick={() => copy(url, r.id)}
                  >
                    {copied === r.id ? 'Copied' : 'Copy'}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function ResponsesTable({ responses }: { responses: ScoredResponse[] }) {
  return (
    <div className="table-scroll">
      <table className="data-table responses-table">
        <thead>
          <tr>
            <th>#</th>
            <th>Respondent</th>
            <th>Team · level</th>
            <th>Constraint</th>
            <th className="number">Points made</th>
            <th className="number">Score</th>
            <th>Matched and missed points, flags</th>
          </tr>
        </thead>
        <tbody>
          {responses.map((r, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: anonymous responses have no identity
            <tr key={`${r.respondent?.id ?? 'anonymous'}-${i}`} className="response-row">
              <td>{i + 1}</td>
              <th className="response-name">
                {r.respondent === null ? 'Anonymous' : (r.respondent.name ?? r.respondent.id)}
              </th>
              <td>
                {r.team} · {r.level}
              </td>
              <td className={`verdict verdict-${r.score.constraint.verdict}`}>
                {VERDICT[r.score.constraint.verdict]}
                {r.score.constraint.verdict === 'wrong' &&
                  `: ${r.score.constraint.named.join(', ')}`}
              </td>
              <td className="number">
                {r.score.points.filter((p) => p.matched).length} / {r.score.points.length}
              </td>
              <td className="number response-score">{formatPercent(r.score.score)}</td>
              <td className="point-cell">
                <ul className="point-list">
                  {r.score.points.map((p) => (
                    <li key={p.point} className={p.matched ? 'point-matched' : 'point-missed'}>
                      {p.matched ? '✓' : '✗'} {p.text}
                      {!p.matched && p.missing.length > 0 && (
                        <span className="muted"> — missing: {p.missing.join(', ')}</span>
                      )}
                    </li>
                  ))}
                  {r.score.misuses.map((m) => (
                    <li key={`${m.kind}-${m.label}`} className="point-flag" title={m.why}>
                      ⚠ {m.label}: “{m.evidence}”
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function GroupTable({ groups, kind }: { groups: GroupScore[]; kind: string }) {
  if (groups.length === 0) return <p className="muted">No responses yet.</p>;
  return (
    <div className="table-scroll">
      <table className="data-table group-table">
        <thead>
          <tr>
            <th>{kind}</th>
            <th className="number">Responses</th>
            <th className="number">Mean score</th>
            <th className="number">Gap</th>
            <th className="number">Named the constraint</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => (
            <tr key={g.name}>
              <th>{g.name}</th>
              <td className="number">{g.responses}</td>
              <td className="number">{formatPercent(g.score)}</td>
              <td className="number group-gap">{formatPercent(g.gap)}</td>
              <td className="number">{formatPercent(g.namingRight)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
