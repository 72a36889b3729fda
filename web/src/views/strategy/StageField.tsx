import { useId } from 'react';

interface StageFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The stream's stages, once analysed; free text before that. */
  stages: string[] | null;
  constraint: string | null;
  /** Offer "whole value stream" (the empty string). */
  allowWhole?: boolean;
}

/** Picks a stage of the stream, the constraint marked, so work is always aimed at a named stage. */
export function StageField({
  label,
  value,
  onChange,
  stages,
  constraint,
  allowWhole,
}: StageFieldProps) {
  const id = useId();
  return (
    <label htmlFor={id}>
      {label}
      {stages === null ? (
        <input
          id={id}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          required={!allowWhole}
        />
      ) : (
        <select
          id={id}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          required={!allowWhole}
        >
          <option value="">{allowWhole ? 'Whole value stream' : 'Choose a stage…'}</option>
          {stages.map((s) => (
            <option key={s} value={s}>
              {s === constraint ? `${s} (constraint)` : s}
            </option>
          ))}
        </select>
      )}
    </label>
  );
}
