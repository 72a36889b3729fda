/**
 * The schema, as an ordered list of steps: step N (1-based) brings a store from schema version
 * N-1 to N. Steps are only ever appended, never edited, because stores already on disk have run
 * the old ones.
 *
 * - `seq` is the arrival order within the whole store, so scanning a workspace by `seq` gives
 *   its events in the order they were accepted.
 * - `ts` is whole milliseconds since the epoch (UTC): what {@link StoredEvent.time} holds, so it
 *   round-trips exactly with no time-zone conversion at the boundary.
 * - No unique index on `event_id`: deduplication uses an in-memory set per workspace, and an
 *   index would slow every append and hold every id in memory a second time.
 */
export const migrations: readonly string[] = [
  `CREATE TABLE workspaces (
     id VARCHAR PRIMARY KEY,
     name VARCHAR NOT NULL,
     calendar VARCHAR,
     timezone VARCHAR NOT NULL,
     stage_map JSON,
     created_at TIMESTAMPTZ NOT NULL
   );
   CREATE TABLE events (
     workspace_id VARCHAR NOT NULL,
     seq BIGINT NOT NULL,
     event_id VARCHAR,
     case_id VARCHAR NOT NULL,
     activity VARCHAR NOT NULL,
     ts BIGINT NOT NULL,
     lifecycle VARCHAR,
     resource VARCHAR,
     attributes JSON
   );`,
  // Start of the activity instance, for logs with a start-timestamp column (one row per instance).
  'ALTER TABLE events ADD COLUMN start_ts BIGINT;',
  // Alerts (docs/api.md, "Alerts"): settings as one JSON document per workspace, since they are
  // read and written whole; alerts and delivery attempts are append-only logs, read newest first
  // by `seq` because several can share one millisecond.
  `CREATE TABLE alert_settings (
     workspace_id VARCHAR PRIMARY KEY,
     settings JSON NOT NULL
   );
   CREATE SEQUENCE alert_log_seq;
   CREATE TABLE alerts (
     workspace_id VARCHAR NOT NULL,
     seq BIGINT NOT NULL DEFAULT nextval('alert_log_seq'),
     id VARCHAR NOT NULL,
     rule VARCHAR NOT NULL,
     raised_at VARCHAR NOT NULL,
     stage VARCHAR NOT NULL,
     message VARCHAR NOT NULL,
     details JSON NOT NULL
   );
   CREATE TABLE alert_deliveries (
     workspace_id VARCHAR NOT NULL,
     seq BIGINT NOT NULL DEFAULT nextval('alert_log_seq'),
     alert_id VARCHAR NOT NULL,
     webhook_id VARCHAR NOT NULL,
     attempt INTEGER NOT NULL,
     attempted_at VARCHAR NOT NULL,
     status INTEGER,
     error VARCHAR
   );`,
  // Alignment audits (docs/alignment-audit.md): the leaders' definition as one JSON document,
  // read whole; one row per survey link; responses append-only. `respondent_id` stays NULL in
  // anonymous audits, so no answer can be joined back to a person. IF NOT EXISTS: the step may be
  // ordered among other branches' steps at merge, and a store rolled back to an older version
  // (as test/alerts does) may already hold these tables.
  `CREATE TABLE IF NOT EXISTS audits (
     workspace_id VARCHAR NOT NULL,
     id VARCHAR NOT NULL,
     title VARCHAR NOT NULL,
     definition JSON NOT NULL,
     anonymous BOOLEAN NOT NULL,
     created_at VARCHAR NOT NULL,
     closed_at VARCHAR
   );
   CREATE TABLE IF NOT EXISTS audit_respondents (
     workspace_id VARCHAR NOT NULL,
     audit_id VARCHAR NOT NULL,
     id VARCHAR NOT NULL,
     token VARCHAR NOT NULL,
     name VARCHAR,
     email VARCHAR,
     team VARCHAR NOT NULL,
     level VARCHAR NOT NULL,
     position INTEGER NOT NULL,
     responded BOOLEAN NOT NULL
   );
   CREATE SEQUENCE IF NOT EXISTS audit_response_seq;
   CREATE TABLE IF NOT EXISTS audit_responses (
     workspace_id VARCHAR NOT NULL,
     audit_id VARCHAR NOT NULL,
     seq BIGINT NOT NULL DEFAULT nextval('audit_response_seq'),
     respondent_id VARCHAR,
     team VARCHAR NOT NULL,
     level VARCHAR NOT NULL,
     answers JSON NOT NULL,
     submitted_at VARCHAR NOT NULL
   );`,
  // Strategy (docs/strategy.md): the statement and the records edited in place (initiatives,
  // objectives, key results, team metrics) as JSON documents, replaced whole; the register's
  // entries, check-ins and decisions as an append-only log, read in `seq` order.
  `CREATE TABLE strategy_statements (
     workspace_id VARCHAR PRIMARY KEY,
     body JSON NOT NULL
   );
   CREATE SEQUENCE strategy_seq;
   CREATE TABLE strategy_items (
     workspace_id VARCHAR NOT NULL,
     kind VARCHAR NOT NULL,
     id VARCHAR NOT NULL,
     seq BIGINT NOT NULL DEFAULT nextval('strategy_seq'),
     body JSON NOT NULL,
     PRIMARY KEY (workspace_id, kind, id)
   );
   CREATE TABLE strategy_log (
     workspace_id VARCHAR NOT NULL,
     kind VARCHAR NOT NULL,
     seq BIGINT NOT NULL DEFAULT nextval('strategy_seq'),
     body JSON NOT NULL
   );`,
  // A buffer target kept per workspace (null: derived). IF NOT EXISTS: a store rolled back to an
  // older version and replayed (as test/alerts does) still has the column.
  'ALTER TABLE workspaces ADD COLUMN IF NOT EXISTS buffer_target_hours DOUBLE;',
];
