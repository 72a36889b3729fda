import { useMemo } from 'react';
import type { StageDetail } from '../../../../src/core/views/StageDetail.js';
import { axisTitle } from '../../charts/axisTitle';
import { baseOption } from '../../charts/baseOption';
import type { ChartOption } from '../../charts/ChartOption';
import { EChart } from '../../components/EChart';
import { EmptyState } from '../../components/EmptyState';
import { Panel } from '../../components/Panel';
import { UtilisationBar } from '../../components/UtilisationBar';
import { formatCount } from '../../format/formatCount';
import { formatPercent } from '../../format/formatPercent';
import { useMediaQuery } from '../../hooks/useMediaQuery';
import { palette } from '../../theme/palette';

interface PeopleLoadProps {
  people: StageDetail['people'];
  stage: string;
}

/** Chart rows are limited so a stage with 80 people still reads; the table lists everyone. */
const chartedPeople = 15;

/** Who works the stage: their share of its items, and how loaded they are across all stages. */
export function PeopleLoad({ people, stage }: PeopleLoadProps) {
  const top = useMemo(() => people.slice(0, chartedPeople), [people]);
  // The two legend entries wrap on a phone.
  const legendSpace = useMediaQuery('(max-width: 700px)') ? 60 : 36;
  const option = useMemo((): ChartOption => {
    const names = top.map((person) => person.name);
    return {
      ...baseOption(
        `Share of ${stage}'s items per person, and each person's load across all stages.`,
      ),
      legend: { top: 0 },
      grid: { left: 120, right: 24, top: legendSpace, bottom: 48 },
      yAxis: { type: 'category', data: names, inverse: true, axisTick: { show: false } },
      xAxis: {
        type: 'value',
        max: 100,
        ...axisTitle('Percent', 28),
      },
      series: [
        {
          name: `Share of this stage's items (%)`,
          type: 'bar',
          color: palette.series[0],
          data: top.map((person) => Math.round(person.share * 1000) / 10),
        },
        {
          name: 'Load across all stages (%)',
          type: 'bar',
          color: palette.series[1],
          data: top.map((person) =>
            person.load === null ? null : Math.round(person.load * 1000) / 10,
          ),
          markLine: {
            silent: true,
            symbol: 'none',
            lineStyle: { type: 'dashed', color: palette.muted },
            label: { formatter: '70 %: queues grow fast above', position: 'insideEndTop' },
            data: [{ xAxis: 70 }],
          },
        },
      ],
    };
  }, [top, stage, legendSpace]);

  if (people.length === 0) {
    return (
      <Panel title="People">
        <EmptyState title="The log names no people for this stage" />
      </Panel>
    );
  }
  return (
    <Panel
      title="People and their load"
      subtitle={`${formatCount(people.length)} people worked here. Load counts their busy time at every stage, so a person can be overloaded by work elsewhere.`}
    >
      <div className="grid-two-inner">
        <EChart
          option={option}
          label={`People of ${stage}`}
          height={Math.max(220, top.length * 34 + 90)}
        />
        <div className="table-scroll table-limit">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Person</th>
                <th scope="col" className="number">
                  Items
                </th>
                <th scope="col" className="number">
                  Share
                </th>
                <th scope="col" className="number">
                  Busy hours
                </th>
                <th scope="col">Load (all stages)</th>
              </tr>
            </thead>
            <tbody>
              {people.map((person) => (
                <tr key={person.name}>
                  <th scope="row">{person.name}</th>
                  <td className="number">{formatCount(person.items)}</td>
                  <td className="number">{formatPercent(person.share)}</td>
                  <td className="number">{formatCount(Math.round(person.busyHours * 10) / 10)}</td>
                  <td>
                    <UtilisationBar value={person.load} label={`Load of ${person.name}`} compact />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </Panel>
  );
}
