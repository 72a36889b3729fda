import { errorMessage } from '../api/errorMessage';

interface ErrorBannerProps {
  error: unknown;
  /** What was being done, e.g. "Loading the analysis". */
  context: string;
  onRetry?: () => void;
}

/** A visible, announced error: every failed request ends here rather than in the console. */
export function ErrorBanner({ error, context, onRetry }: ErrorBannerProps) {
  return (
    <div className="error-banner" role="alert">
      <strong>{context} failed.</strong> <span>{errorMessage(error)}</span>
      {onRetry && (
        <button type="button" className="button-small" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
