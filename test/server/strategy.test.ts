import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { pdfText } from '../support/pdfText.js';
import { sharedPath } from '../support/sharedData.js';
import { startTestServer, type TestServer } from './support/startTestServer.js';

let server: TestServer;
/** A workspace holding gt-1003: a simulated stream whose constraint is known to be QA. */
let qa: string;
before(async () => {
  server = await startTestServer();
  qa = await workspace('Delivery');
  const file = await readFile(sharedPath('ground-truth', 'gt-1003.csv.gz'));
  const response = await server.api(`/api/workspaces/${qa}/import?filename=gt-1003.csv.gz`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream' },
    body: file,
  });
  assert.equal(response.status, 200, await response.text());
});
after(() => server.close());

async function workspace(name: string): Promise<string> {
  const created = await server.send('POST', '/api/workspaces', { name });
  return (created.body as { id: string }).id;
}

const base = (id: string) => `/api/workspaces/${id}/strategy`;
type Json = Record<string, unknown>;
const post = async (id: string, path: string, body: unknown) =>
  server.send('POST', `${base(id)}${path}`, body);

test('the register starts from the detected constraint; a confirmation and an override are kept', async () => {
  const start = (await server.send('GET', `${base(qa)}/register`)).body as Json;
  assert.equal(start.status, 'detected');
  assert.equal(start.stage, 'QA');

  const confirmed = await post(qa, '/register', {
    action: 'confirm',
    stage: 'QA',
    type: 'capacity',
    permanence: 'structural',
    owner: 'Ana',
    by: 'Ana',
  });
  assert.equal(confirmed.status, 201, JSON.stringify(confirmed.body));
  assert.equal((confirmed.body as Json).status, 'confirmed');
  assert.equal((confirmed.body as Json).owner, 'Ana');

  const noReason = await post(qa, '/register', {
    action: 'override',
    stage: 'Development',
    type: 'policy',
    permanence: 'temporary',
    owner: 'Bo',
    by: 'Bo',
  });
  assert.equal(noReason.status, 400);
  assert.match((noReason.body as Json).error as string, /"reason": an override needs a reason/);

  const unknown = await post(qa, '/register', {
    action: 'confirm',
    stage: 'Nowhere',
    type: 'capacity',
    permanence: 'structural',
    owner: 'Ana',
    by: 'Ana',
  });
  assert.equal(unknown.status, 400);
  assert.match((unknown.body as Json).error as string, /no stage "Nowhere".*QA/);

  const badType = await post(qa, '/register', { action: 'confirm', stage: 'QA', type: 'vibes' });
  assert.equal(badType.status, 400);
  assert.match((badType.body as Json).error as string, /body field "type"/);
});

test('a leader builds the plan and two levels of OKRs; progress, triage and incentives follow', async () => {
  const id = await workspace('Plan');
  // Same events as the QA workspace, posted again under a fresh workspace.
  const file = await readFile(sharedPath('ground-truth', 'gt-1003.csv.gz'));
  await server.api(`/api/workspaces/${id}/import?filename=gt-1003.csv.gz`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream' },
    body: file,
  });
  const statement = await server.send('PUT', `${base(id)}/statement`, {
    text: 'Exploit QA: no tester idle while work waits; release work at QA’s pace.',
    by: 'Ana',
  });
  assert.equal(statement.status, 200);

  const company = await post(id, '/objectives', {
    title: 'Ship more',
    level: 'company',
    owner: 'Ana',
  });
  assert.equal(company.status, 201, JSON.stringify(company.body));
  const companyId = (company.body as Json).id as string;
  const team = await post(id, '/objectives', {
    title: 'QA never waits',
    level: 'team',
    team: 'QA team',
    parentId: companyId,
    owner: 'Bo',
  });
  const teamId = (team.body as Json).id as string;

  const live = await post(id, '/key-results', {
    objectiveId: companyId,
    title: 'QA throughput',
    stage: 'QA',
    source: 'live',
    liveMetric: 'constraint-throughput-per-week',
    start: 149.75,
    target: 229.75,
    unit: 'items/week',
  });
  assert.equal(live.status, 201, JSON.stringify(live.body));
  const checked = await post(id, '/key-results', {
    objectiveId: teamId,
    title: 'Test cases automated',
    stage: 'QA',
    source: 'check-in',
    start: 0,
    target: 100,
    unit: 'tests',
  });
  const checkedId = (checked.body as Json).id as string;
  const checkIn = await post(id, `/key-results/${checkedId}/check-ins`, {
    value: 40,
    confidence: 0.6,
    note: 'Two suites left',
    by: 'Bo',
  });
  assert.equal(checkIn.status, 201);
  const liveCheckIn = await post(id, `/key-results/${(live.body as Json).id}/check-ins`, {
    value: 1,
    confidence: 1,
    by: 'Bo',
  });
  assert.equal(liveCheckIn.status, 409);

  await post(id, '/initiatives', {
    title: 'Second QA shift',
    step: 'elevate',
    owner: 'Bo',
    stage: 'QA',
    effort: 3,
    status: 'active',
  });
  const trap = await post(id, '/initiatives', {
    title: 'Faster Development builds',
    step: 'elevate',
    owner: 'Cy',
    stage: 'Development',
    effort: 2,
    status: 'active',
  });
  const trapId = (trap.body as Json).id as string;
  await post(id, '/team-metrics', {
    team: 'Developers',
    stage: 'Development',
    name: 'Developer utilisation',
    target: '90 %',
  });
  await post(id, '/team-metrics', {
    team: 'QA team',
    stage: 'QA',
    name: 'Items completed per week',
    target: '≥ 200',
  });

  const view = (await server.send('GET', base(id))).body as {
    statement: Json;
    cascade: Array<{
      progress: number;
      keyResults: Json[];
      children: Array<{ progress: number; keyResults: Json[] }>;
    }>;
  };
  assert.match(view.statement.text as string, /Exploit QA/);
  const [root] = view.cascade;
  assert.equal(root?.keyResults[0]?.progress, 0.5);
  assert.equal(root?.children[0]?.progress, 0.4);
  assert.equal(root?.progress, 0.45);

  const triage = (await server.send('GET', `${base(id)}/triage`)).body as {
    focusShare: number;
    flags: Array<{ rule: string; subject: { id: string }; why: string }>;
  };
  assert.equal(triage.focusShare, 0.6);
  const flag = triage.flags.find((f) => f.rule === 'scaling-trap');
  assert.equal(flag?.subject.id, trapId);
  assert.match(flag!.why, /aimed at Development, not the constraint/);

  const incentives = (await server.send('GET', `${base(id)}/incentives`)).body as {
    checks: Array<{ verdict: string }>;
    contributions: Array<{ team: string; contributionPerWeek: number }>;
  };
  assert.deepEqual(
    incentives.checks.map((c) => c.verdict),
    ['local-efficiency', 'raises-throughput'],
  );
  assert.equal(
    incentives.contributions.find((c) => c.team === 'QA team')?.contributionPerWeek,
    189.75,
  );

  // Replacing the trap's stage with the constraint clears the flag.
  const moved = await server.send('PUT', `${base(id)}/initiatives/${trapId}`, {
    title: 'Testers pair with developers',
    step: 'exploit',
    owner: 'Cy',
    stage: 'QA',
    effort: 2,
    status: 'active',
  });
  assert.equal(moved.status, 200);
  const after = (await server.send('GET', `${base(id)}/triage`)).body as {
    flags: unknown[];
    focusShare: number;
  };
  assert.deepEqual(
    after.flags.filter((f) => (f as Json).rule === 'scaling-trap'),
    [],
  );
  assert.equal(after.focusShare, 1);

  // An objective with children cannot be deleted; an unknown one is a 404.
  assert.equal((await server.send('DELETE', `${base(id)}/objectives/${companyId}`)).status, 409);
  assert.equal((await server.send('DELETE', `${base(id)}/objectives/nope`)).status, 404);
  assert.equal(
    (
      await server.send('PUT', `${base(id)}/initiatives/nope`, {
        title: 'x',
        step: 'exploit',
        owner: 'a',
        stage: 'QA',
      })
    ).status,
    404,
  );
});

test('bad bodies are refused with the field named', async () => {
  const cases: Array<[string, unknown, RegExp]> = [
    [
      '/objectives',
      { title: 'T', level: 'team', owner: 'A' },
      /"team": a team objective names its team/,
    ],
    [
      '/objectives',
      { title: 'T', level: 'company', owner: 'A', parentId: 'ghost' },
      /"parentId": no objective "ghost"/,
    ],
    ['/objectives', { title: '  ', level: 'company', owner: 'A' }, /"title": must not be empty/],
    [
      '/key-results',
      { objectiveId: 'ghost', title: 'K', stage: null, source: 'check-in', start: 0, target: 1 },
      /"objectiveId": no objective "ghost"/,
    ],
    [
      '/key-results',
      { objectiveId: 'x', title: 'K', stage: null, source: 'live', start: 0, target: 1 },
      /"liveMetric": a live key result names its liveMetric/,
    ],
    ['/initiatives', { title: 'I', step: 'plan harder', owner: 'A', stage: 'QA' }, /"step"/],
    [
      '/initiatives',
      { title: 'I', step: 'exploit', owner: 'A', stage: 'QA', effort: -1 },
      /"effort"/,
    ],
    ['/decisions', { by: 'A' }, /"decision"/],
  ];
  for (const [path, body, message] of cases) {
    const answer = await post(qa, path, body);
    assert.equal(answer.status, 400, `${path} ${JSON.stringify(body)}`);
    assert.match((answer.body as Json).error as string, message);
  }
  assert.equal((await server.send('GET', '/api/workspaces/nope/strategy')).status, 404);
  const notJson = await server.api(`${base(qa)}/decisions`, {
    method: 'POST',
    body: 'x',
    headers: { 'content-type': 'text/plain' },
  });
  assert.ok(notJson.status === 400 || notJson.status === 415, String(notJson.status));
});

test('a workspace without events has a register of unknown and no flags, and still exports', async () => {
  const id = await workspace('Empty');
  const register = (await server.send('GET', `${base(id)}/register`)).body as Json;
  assert.equal(register.status, 'unknown');
  const review = (await server.send('GET', `${base(id)}/review`)).body as {
    sections: Array<{ lines: string[] }>;
  };
  assert.match(review.sections[0]!.lines[0]!, /No constraint yet/);
  const alignment = review.sections.find((s) => (s as { id?: string }).id === 'alignment');
  assert.match(alignment?.lines[0] ?? '', /No alignment audit yet/);
  const html = await server.api(`${base(id)}/review/export?format=html`);
  assert.equal(html.status, 200);
});

test('the review has every section and the decision log, and exports as HTML and PDF', async () => {
  const decision = await post(qa, '/decisions', {
    decision: 'Move two developers to QA for the quarter',
    by: 'Ana',
    context: 'QA is 96 % utilised',
  });
  assert.equal(decision.status, 201);
  const decisions = (await server.send('GET', `${base(qa)}/decisions`)).body as Json[];
  assert.equal(decisions[0]?.decision, 'Move two developers to QA for the quarter');

  // The latest answered alignment audit is summarised in the review.
  const audit = await server.send('POST', `/api/workspaces/${qa}/audits`, {
    statement: 'QA is our constraint. We keep a buffer of tested-ready work in front of QA.',
    respondents: [{ team: 'Development', level: 'staff' }],
  });
  assert.equal(audit.status, 201, JSON.stringify(audit.body));
  const link = (audit.body as { respondents: Array<{ link: string }> }).respondents[0]!.link;
  const answered = await fetch(`${server.url}${link.replace('/survey/', '/survey-api/')}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      constraint: 'Development',
      strategy: 'Ship more features.',
      success: 'More merges.',
      contribution: 'I write code.',
    }),
  });
  assert.equal(answered.status, 201, await answered.text());

  const review = (await server.send('GET', `${base(qa)}/review`)).body as {
    sections: Array<{ id: string; lines: string[]; bars?: { points: unknown[] } }>;
  };
  assert.deepEqual(
    review.sections.map((s) => s.id),
    [
      'constraint',
      'buffer',
      'throughput',
      'okrs',
      'triage',
      'incentives',
      'alignment',
      'decisions',
    ],
  );
  const alignment = review.sections.find((s) => s.id === 'alignment')!;
  assert.match(
    alignment.lines[0]!,
    /1 of 1 answered; mean score \d+ %, 0 % named the constraint \(QA\)/,
  );
  assert.ok(
    alignment.lines.some((l) => /Named instead of the constraint: Development \(1\)/.test(l)),
  );
  const throughput = review.sections.find((s) => s.id === 'throughput')!;
  assert.match(throughput.lines[0]!, /QA finished 189.8 items a week/);
  assert.equal(throughput.bars?.points.length, 12);

  const html = await server.api(`${base(qa)}/review/export?format=html`);
  assert.equal(html.status, 200);
  assert.match(html.headers.get('content-type') ?? '', /text\/html/);
  assert.match(
    html.headers.get('content-disposition') ?? '',
    /attachment; filename="strategy-review-.*\.html"/,
  );
  const text = await html.text();
  assert.match(text, /Move two developers to QA for the quarter/);
  assert.match(text, /<svg /);
  // Self-contained: no scripts, stylesheets, images or anything else fetched from elsewhere.
  assert.doesNotMatch(text, /<script|<link|<img|src=|url\(|@import/i);
  assert.doesNotMatch(text.replace('http://www.w3.org/2000/svg', ''), /https?:\/\//);

  const pdf = await server.api(`${base(qa)}/review/export?format=pdf`);
  assert.equal(pdf.status, 200);
  assert.equal(pdf.headers.get('content-type'), 'application/pdf');
  const bytes = new Uint8Array(await pdf.arrayBuffer());
  assert.equal(Buffer.from(bytes.slice(0, 5)).toString('latin1'), '%PDF-');
  const words = await pdfText(bytes);
  assert.match(words, /Strategy review - Delivery/);
  assert.match(words, /Decision log/);
  assert.match(words, /Move two developers to QA for the quarter/);
  assert.match(words, /The constraint in force is QA/);
  assert.match(words, /Alignment/);

  const bad = await server.send('GET', `${base(qa)}/review/export?format=docx`);
  assert.equal(bad.status, 400);
  assert.match((bad.body as Json).error as string, /query field "format"/);
});
