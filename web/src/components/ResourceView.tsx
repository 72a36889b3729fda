import type { ReactNode } from 'react';
import type { Resource } from '../hooks/useResource';
import { ErrorBanner } from './ErrorBanner';
import { Skeleton } from './Skeleton';

interface ResourceViewProps<T> {
  resource: Resource<T>;
  /** What is loading, for the error banner: "Loading the flow charts". */
  context: string;
  skeletonHeight: number;
  children: (data: T) => ReactNode;
}

/**
 * Skeleton while the first answer is on its way, the error banner if it failed, else the
 * content. After a failed reload the last good data stays, under the banner.
 */
export function ResourceView<T>({
  resource,
  context,
  skeletonHeight,
  children,
}: ResourceViewProps<T>) {
  const banner =
    resource.error === undefined ? null : (
      <ErrorBanner error={resource.error} context={context} onRetry={resource.reload} />
    );
  if (resource.data === undefined) {
    return banner ?? <Skeleton height={skeletonHeight} label={`${context}…`} />;
  }
  return (
    <>
      {banner}
      {children(resource.data)}
    </>
  );
}
