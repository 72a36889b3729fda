import { useCallback, useEffect, useRef, useState } from 'react';
import type { Scenario } from '../../../../../src/core/simulation/Scenario.js';
import { type WhatIfJob, whatifApi } from './whatifApi';

/** How often a running job is polled: often enough to show each batch as it lands. */
const pollMs = 250;

/** Starts what-if jobs and polls the current one until it is done; a new question replaces the old. */
export function useWhatIfJob(workspaceId: string) {
  const [job, setJob] = useState<WhatIfJob | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const current = useRef<string | null>(null);

  const run = useCallback(
    async (scenario: Scenario) => {
      setPending(true);
      setError(null);
      try {
        const started = await whatifApi.start(workspaceId, { ...scenario, replications: 30 });
        current.current = started.id;
        setJob(started);
      } catch (e) {
        setError(e);
      } finally {
        setPending(false);
      }
    },
    [workspaceId],
  );

  const id = job?.id;
  const running = job?.status === 'running';
  useEffect(() => {
    if (!running || id === undefined) return;
    const controller = new AbortController();
    const timer = setInterval(() => {
      whatifApi.poll(workspaceId, id, controller.signal).then(
        (next) => {
          if (current.current === next.id) setJob(next);
        },
        (e: unknown) => {
          if (!controller.signal.aborted) setError(e);
        },
      );
    }, pollMs);
    return () => {
      clearInterval(timer);
      controller.abort();
    };
  }, [workspaceId, id, running]);

  return { job, error, pending, run };
}
