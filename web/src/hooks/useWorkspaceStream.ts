import { useEffect, useRef, useState } from 'react';
import type { Alert } from '../api/Alerts';
import type { AnalysisMessage } from '../api/AnalysisMessage';
import { api } from '../api/api';
import { apiFetch } from '../api/apiFetch';
import { authToken } from '../api/authToken';
import type { EventsMessage } from '../api/EventsMessage';

export interface StreamHandlers {
  onEvents?(message: EventsMessage): void;
  onAnalysis?(message: AnalysisMessage): void;
  /** A new alert (docs/api.md, "Alerts"); servers without alerts never send one. */
  onAlert?(alert: Alert): void;
  /** The stream came back after a break: messages may have been missed, so refetch. */
  onResync?(): void;
}

export interface StreamState {
  status: 'connecting' | 'open' | 'retrying';
  /** When (browser clock) the last `events` message arrived in this page. */
  lastEventsReceivedAt: number | null;
  /** A message that could not be read; shown, never swallowed. */
  problem: string | null;
}

const firstRetryMs = 2000;
const longestRetryMs = 60_000;

/**
 * Follows a workspace's Server-Sent Events. EventSource retries by itself after a dropped
 * connection, but gives up for good on an HTTP error answer; then we retry with a growing
 * pause, and check the token with a plain request, since EventSource cannot show the status.
 */
export function useWorkspaceStream(workspaceId: string, handlers: StreamHandlers): StreamState {
  const [state, setState] = useState<StreamState>({
    status: 'connecting',
    lastEventsReceivedAt: null,
    problem: null,
  });
  const handlersRef = useRef(handlers);
  handlersRef.current = handlers;

  useEffect(() => {
    const token = authToken.get() ?? '';
    let source: EventSource | null = null;
    let retryTimer: number | undefined;
    let retryMs = firstRetryMs;
    let openedBefore = false;
    let stopped = false;
    setState({ status: 'connecting', lastEventsReceivedAt: null, problem: null });

    const parse = <T>(event: MessageEvent, name: string): T | null => {
      try {
        return JSON.parse(String(event.data)) as T;
      } catch {
        setState((s) => ({ ...s, problem: `Unreadable "${name}" message from the server` }));
        return null;
      }
    };

    const connect = () => {
      source = new EventSource(api.streamUrl(workspaceId, token));
      source.onopen = () => {
        retryMs = firstRetryMs;
        setState((s) => ({ ...s, status: 'open', problem: null }));
        if (openedBefore) handlersRef.current.onResync?.();
        openedBefore = true;
      };
      source.addEventListener('events', (event) => {
        const message = parse<EventsMessage>(event, 'events');
        if (message === null) return;
        setState((s) => ({ ...s, lastEventsReceivedAt: Date.now() }));
        handlersRef.current.onEvents?.(message);
      });
      source.addEventListener('analysis', (event) => {
        const message = parse<AnalysisMessage>(event, 'analysis');
        if (message !== null) handlersRef.current.onAnalysis?.(message);
      });
      source.addEventListener('alert', (event) => {
        const message = parse<Alert>(event, 'alert');
        if (message !== null) handlersRef.current.onAlert?.(message);
      });
      source.onerror = () => {
        if (stopped || source === null) return;
        if (source.readyState === EventSource.CLOSED) {
          source.close();
          // A 401 here surfaces through this request as the "open the link" notice.
          apiFetch(`/api/workspaces/${encodeURIComponent(workspaceId)}`).catch(() => undefined);
          retryTimer = window.setTimeout(connect, retryMs);
          retryMs = Math.min(retryMs * 2, longestRetryMs);
        }
        setState((s) => ({ ...s, status: 'retrying' }));
      };
    };

    connect();
    return () => {
      stopped = true;
      window.clearTimeout(retryTimer);
      source?.close();
    };
  }, [workspaceId]);

  return state;
}
