import type { EventsMessage } from '../../api/EventsMessage';

/** An `events` message and when this page received it (browser clock, ms). */
export interface ReceivedEvents {
  message: EventsMessage;
  receivedAt: number;
}
