interface SkeletonProps {
  height: number;
  label?: string;
}

/** A grey placeholder the size of what is loading, so the page does not jump when it arrives. */
export function Skeleton({ height, label = 'Loading…' }: SkeletonProps) {
  return (
    <div className="skeleton" style={{ height }} role="status" aria-live="polite">
      <span className="visually-hidden">{label}</span>
    </div>
  );
}
