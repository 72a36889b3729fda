import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { CoalescedTask } from '../../src/server/CoalescedTask.js';

test('a burst of requests runs the task once, after the burst', async () => {
  let runs = 0;
  const task = new CoalescedTask(() => void runs++, 150, 5_000);
  for (let i = 0; i < 10; i++) {
    task.request();
    await sleep(5);
  }
  assert.equal(runs, 0);
  await sleep(300);
  assert.equal(runs, 1);
  task.stop();
});

test('a steady stream of requests still runs the task every maxWait', async () => {
  let runs = 0;
  const task = new CoalescedTask(() => void runs++, 40, 100);
  const until = Date.now() + 350;
  while (Date.now() < until) {
    task.request();
    await sleep(10);
  }
  // Without the bound, requests every 10 ms would postpone the 40 ms debounce forever.
  assert.ok(runs >= 2, `${runs} runs`);
  task.stop();
});

test('never two runs at once; a request during a run brings one more run after it', async () => {
  let running = 0;
  let most = 0;
  let runs = 0;
  const task = new CoalescedTask(
    async () => {
      running++;
      most = Math.max(most, running);
      await sleep(60);
      running--;
      runs++;
    },
    10,
    20,
  );
  task.request();
  await sleep(30); // the first run is under way
  task.request();
  task.request();
  await sleep(200);
  assert.equal(most, 1);
  assert.equal(runs, 2);
  task.stop();
});

test('stop drops a pending run', async () => {
  let runs = 0;
  const task = new CoalescedTask(() => void runs++, 20, 100);
  task.request();
  task.stop();
  await sleep(50);
  assert.equal(runs, 0);
});
