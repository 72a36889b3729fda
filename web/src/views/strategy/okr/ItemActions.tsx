import type { Mode } from './TreeContext';

/** Edit and Delete for one record; each says whether its form is open, for a screen reader. */
export function ItemActions({
  noun,
  title,
  mode,
  setMode,
}: {
  noun: string;
  title: string;
  mode: Mode;
  setMode: (mode: Mode) => void;
}) {
  return (
    <span className="item-actions">
      <button
        type="button"
        className="button-link"
        aria-label={`Edit ${noun} ${title}`}
        aria-expanded={mode === 'edit'}
        onClick={() => setMode(mode === 'edit' ? 'view' : 'edit')}
      >
        Edit
      </button>
      <button
        type="button"
        className="button-link"
        aria-label={`Delete ${noun} ${title}`}
        aria-expanded={mode === 'delete'}
        onClick={() => setMode(mode === 'delete' ? 'view' : 'delete')}
      >
        Delete
      </button>
    </span>
  );
}
