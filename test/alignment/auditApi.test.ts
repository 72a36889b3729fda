import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { AnswerScore } from '../../src/core/alignment/AnswerScore.js';
import type { AuditSummary } from '../../src/core/alignment/AuditSummary.js';
import { sampleEvents } from '../server/support/sampleEvents.js';
import { startTestServer, type TestServer } from '../server/support/startTestServer.js';

// The alignment audit over HTTP: the leader's routes behind the token, the survey link's two
// calls outside it, and the boundaries between them (docs/api.md, "Alignment audits").
let server: TestServer;
let workspace: string;

const STATEMENT =
  'Build is our constraint. Never let Build starve: keep a buffer of ready items in front of it. Release new items only at the pace of Build.';
const RIGHT = {
  constraint: 'Build',
  strategy:
    'We release items at the pace of Build, and a buffer of ready items sits in front of Build so it never starves.',
  success: 'Build never waits for work.',
  contribution: 'I review items so they reach Build ready.',
};
const PARTLY = {
  constraint: 'build',
  strategy: 'Build is the bottleneck, so it matters most.',
  success: 'More items done.',
  contribution: 'I test.',
};
const WRONG = {
  constraint: 'Review',
  strategy: 'Maximise utilisation everywhere and release more items so every team is busy.',
  success: 'Each team closes more items.',
  contribution: 'We keep busy.',
};

interface AuditView {
  id: string;
  constraint: string;
  stages: string[];
  keyPoints: string[];
  respondents: {
    id: string;
    name: string | null;
    team: string;
    level: string;
    responded: boolean;
    link: string;
  }[];
}

before(async () => {
  server = await startTestServer();
  const created = await server.send('POST', '/api/workspaces', { name: 'Flow' });
  workspace = (created.body as { id: string }).id;
  const ingested = await server.send(
    'POST',
    `/api/workspaces/${workspace}/events`,
    sampleEvents(60),
  );
  assert.equal(ingested.status, 200);
});
after(() => server.close());

// The sample stream is demand-limited (no stage is loaded past 0.7): the leader names Build, its
// busiest stage, as the constraint to work on, except where the default itself is tested.
const createAudit = async (body: Record<string, unknown>) =>
  server.send('POST', `/api/workspaces/${workspace}/audits`, {
    statement: STATEMENT,
    constraint: 'Build',
    respondents: [
      { name: 'Ann', team: 'Engineering', level: 'manager' },
      { name: 'Bob', team: 'Support', level: 'staff' },
      { team: 'Support', level: 'staff' },
    ],
    ...body,
  });

/** A survey call with no Authorization header at all. */
const survey = (link: string, init: RequestInit = {}) =>
  fetch(`${server.url}${link.replace('/survey/', '/survey-api/')}`, init);
const submit = (link: string, answers: unknown) =>
  survey(link, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(answers),
  });

test('a leader creates an audit; the constraint defaults to the detected one and each respondent gets an unguessable link', async () => {
  const { status, body } = await createAudit({ title: 'Q2', constraint: undefined });
  assert.equal(status, 201, JSON.stringify(body));
  const audit = body as AuditView & { aliases: string[] };
  // Demand limits this stream, so the default constraint is the market, with its usual names.
  const analysis = await server.send('GET', `/api/workspaces/${workspace}/analysis`);
  assert.equal((analysis.body as { constraint: { kind: string } }).constraint.kind, 'demand');
  assert.equal(audit.constraint, 'Demand');
  assert.ok(audit.aliases.includes('market'));
  assert.deepEqual(audit.stages, ['Intake', 'Review', 'Build', 'Test', 'Release', 'Demand']);
  assert.equal(audit.keyPoints.length, 4);
  const links = audit.respondents.map((r) => r.link);
  assert.equal(new Set(links).size, 3);
  for (const link of links) assert.match(link, /^\/survey\/[A-Za-z0-9_-]{43}$/);
});

test('bad audit requests are refused with the field named', async () => {
  const cases: [Record<string, unknown>, RegExp][] = [
    [{ statement: '' }, /statement/],
    [{ respondents: [] }, /respondents/],
    [{ respondents: [{ team: 'A' }] }, /level/],
    [{ respondents: [{ team: 'A', level: 'x', email: 'not-an-email' }] }, /email/],
    [{ anonymous: true }, /respondents\.0\.name.*anonymous/],
  ];
  for (const [body, message] of cases) {
    const { status, body: answer } = await createAudit(body);
    assert.equal(status, 400, JSON.stringify(body));
    assert.match((answer as { error: string }).error, message);
  }
  const empty = await server.send('POST', '/api/workspaces', { name: 'Empty' });
  const id = (empty.body as { id: string }).id;
  const noConstraint = await server.send('POST', `/api/workspaces/${id}/audits`, {
    statement: STATEMENT,
    respondents: [{ team: 'A', level: 'B' }],
  });
  assert.equal(noConstraint.status, 409);
  assert.match((noConstraint.body as { error: string }).error, /constraint/);
  const unknown = await server.send('GET', `/api/workspaces/${workspace}/audits/nope`);
  assert.equal(unknown.status, 404);
});

test('three respondents answer through their links; the leader sees them scored in order with the gaps', async () => {
  const audit = (await createAudit({ title: 'Three' })).body as AuditView;
  const [ann, bob, anon] = audit.respondents.map((r) => r.link);
  const questions = await survey(ann!);
  assert.equal(questions.status, 200);
  const shown = (await questions.json()) as Record<string, unknown>;
  assert.deepEqual(Object.keys(shown).sort(), [
    'anonymous',
    'questions',
    'respondent',
    'submitted',
    'title',
  ]);
  assert.equal(
    JSON.stringify(shown).includes('Never let Build starve'),
    false,
    'the statement stays hidden',
  );
  assert.equal((shown.questions as unknown[]).length, 4);

  assert.equal((await submit(ann!, RIGHT)).status, 201);
  assert.equal((await submit(bob!, PARTLY)).status, 201);
  assert.equal((await submit(anon!, WRONG)).status, 201);

  const responses = await server.send(
    'GET',
    `/api/workspaces/${workspace}/audits/${audit.id}/responses`,
  );
  const scored = responses.body as {
    respondent: { name: string | null } | null;
    score: AnswerScore;
  }[];
  assert.deepEqual(
    scored.map((r) => r.respondent?.name ?? null),
    ['Ann', 'Bob', null],
  );
  assert.ok(
    scored[0]!.score.score > scored[1]!.score.score &&
      scored[1]!.score.score > scored[2]!.score.score,
  );
  assert.ok(scored[2]!.score.misuses.length > 0);

  const { body } = await server.send(
    'GET',
    `/api/workspaces/${workspace}/audits/${audit.id}/summary`,
  );
  const summary = body as AuditSummary;
  assert.equal(summary.responses, 3);
  assert.equal(summary.namingRight, 0.667);
  assert.deepEqual(
    summary.byTeam.map((g) => g.name),
    ['Support', 'Engineering'],
  );
  assert.deepEqual(summary.wrongConstraints, [{ stage: 'Review', count: 1 }]);
  assert.ok(summary.trend.length >= 2, 'earlier audits of the workspace are in the trend');

  const list = await server.send('GET', `/api/workspaces/${workspace}/audits`);
  const listed = list.body as (AuditView & { summary: AuditSummary })[];
  assert.equal(listed.find((a) => a.id === audit.id)?.summary.responses, 3);
  assert.deepEqual(
    listed.find((a) => a.id === audit.id)?.respondents.map((r) => r.responded),
    [true, true, true],
  );
});

test('a survey link submits once (409 after), is refused once closed (410), and an unknown one is 404', async () => {
  const audit = (await createAudit({ title: 'Boundaries' })).body as AuditView;
  const [first, second] = audit.respondents.map((r) => r.link);
  assert.equal((await submit(first!, RIGHT)).status, 201);
  const again = await submit(first!, WRONG);
  assert.equal(again.status, 409);
  assert.match(((await again.json()) as { error: string }).error, /already/);

  const bad = await submit(second!, { ...RIGHT, strategy: '' });
  assert.equal(bad.status, 400);
  assert.match(((await bad.json()) as { error: string }).error, /strategy/);
  const extra = await submit(second!, { ...RIGHT, score: 1 });
  assert.equal(extra.status, 400);

  const closed = await server.send('POST', `/api/workspaces/${workspace}/audits/${audit.id}/close`);
  assert.equal(closed.status, 200);
  assert.equal((await submit(second!, RIGHT)).status, 410);
  assert.equal((await survey(second!)).status, 410);

  const fake = `/survey/${'A'.repeat(43)}`;
  assert.equal((await survey(fake)).status, 404);
  assert.equal((await submit(fake, RIGHT)).status, 404);
});

test('a survey link reads and changes nothing else: no other route, no API without the token', async () => {
  const audit = (await createAudit({ title: 'Walls' })).body as AuditView;
  const link = audit.respondents[0]!.link;
  const token = link.split('/').pop()!;
  const base = `/api/workspaces/${workspace}/audits/${audit.id}`;
  // The link's secret is not an API token.
  for (const path of [
    base,
    `${base}/responses`,
    `${base}/summary`,
    `/api/workspaces/${workspace}/audits`,
  ]) {
    const asLink = await fetch(`${server.url}${path}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    assert.equal(asLink.status, 401, path);
    assert.equal((await fetch(`${server.url}${path}`)).status, 401, path);
  }
  const close = await fetch(`${server.url}${base}/close`, { method: 'POST' });
  assert.equal(close.status, 401);
  // Nothing but GET and POST of the link itself exists under /survey-api.
  for (const [method, path] of [
    ['GET', `/survey-api/${token}/responses`],
    ['PUT', `/survey-api/${token}`],
    ['DELETE', `/survey-api/${token}`],
    ['GET', '/survey-api/'],
  ] as const) {
    const r = await fetch(`${server.url}${path}`, { method });
    assert.equal(r.status, 404, `${method} ${path}`);
  }
  // The failed attempts above changed nothing: the link still submits once.
  assert.equal((await submit(link, RIGHT)).status, 201);
});
