/** The answer to POST …/events and …/import (docs/api.md, "Ingest"). */
export interface IngestResult {
  accepted: number;
  duplicates: number;
  rejected: Array<{ index: number; reason: string }>;
}
