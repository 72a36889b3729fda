import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { Workspace } from '../../../../src/store/EventStore.js';
import type { IngestResult } from '../../api/IngestResult';
import { type Upload, uploadLog } from '../../api/uploadLog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { formatCount } from '../../format/formatCount';
import { formatPercent } from '../../format/formatPercent';
import { IngestSummary } from './IngestSummary';

interface UploadLogProps {
  workspaces: readonly Workspace[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  onUploaded: (result: IngestResult, fileName: string) => void;
}

type Phase =
  | { kind: 'idle' }
  | { kind: 'sending'; share: number }
  | { kind: 'reading' }
  | { kind: 'done'; result: IngestResult; file: string }
  | { kind: 'failed'; error: unknown };

/** Picks a workspace and a file, sends it with a progress bar, and shows what was accepted or rejected. */
export function UploadLog({ workspaces, selectedId, onSelect, onUploaded }: UploadLogProps) {
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const uploadRef = useRef<Upload | null>(null);
  const targetId = selectedId ?? workspaces[0]?.id ?? null;

  // Leaving the page cancels a running upload rather than letting it finish unseen.
  useEffect(() => () => uploadRef.current?.abort(), []);

  if (workspaces.length === 0) {
    return <p className="muted">Create a workspace first; the log is stored in it.</p>;
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (file === null || targetId === null) return;
    setPhase({ kind: 'sending', share: 0 });
    const upload = uploadLog(targetId, file, (share) =>
      // Once every byte is sent, the server still parses and stores: say so instead of a stuck 100 %.
      setPhase(share >= 1 ? { kind: 'reading' } : { kind: 'sending', share }),
    );
    uploadRef.current = upload;
    try {
      const result = await upload.result;
      setPhase({ kind: 'done', result, file: file.name });
      onUploaded(result, file.name);
    } catch (error) {
      setPhase({ kind: 'failed', error });
    } finally {
      uploadRef.current = null;
    }
  };

  const busy = phase.kind === 'sending' || phase.kind === 'reading';
  return (
    <form className="form" onSubmit={submit}>
      {workspaces.length > 1 ? (
        <label>
          Workspace
          <select value={targetId ?? ''} onChange={(event) => onSelect(event.target.value)}>
            {workspaces.map((workspace) => (
              <option key={workspace.id} value={workspace.id}>
                {workspace.name} ({formatCount(workspace.events)} events)
              </option>
            ))}
          </select>
        </label>
      ) : (
        <p>
          Into <strong>{workspaces[0]?.name}</strong>
        </p>
      )}
      <label>
        Log file
        <input
          type="file"
          accept=".csv,.xes,.jsonl,.ndjson,.json,.gz,.txt"
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
        />
      </label>
      <div className="form-row">
        <button type="submit" className="button" disabled={busy || file === null}>
          Upload
        </button>
        {busy && (
          <button
            type="button"
            className="button-secondary"
            onClick={() => uploadRef.current?.abort()}
          >
            Cancel
          </button>
        )}
      </div>
      {phase.kind === 'sending' && (
        <div className="upload-progress">
          <progress max={1} value={phase.share} aria-label="Upload progress" />
          <span>Sending… {formatPercent(phase.share)}</span>
        </div>
      )}
      {phase.kind === 'reading' && (
        <div className="upload-progress">
          <progress aria-label="The server is reading the log" />
          <span>Sent. The server is reading and storing the events…</span>
        </div>
      )}
      {phase.kind === 'done' && <IngestSummary file={phase.file} result={phase.result} />}
      {phase.kind === 'failed' && <ErrorBanner error={phase.error} context="Uploading the log" />}
    </form>
  );
}
