import { type StrategyTab, strategyTabs } from './strategyTabs';

export type Route =
  | { view: 'workspaces' }
  | { view: 'dashboard'; workspaceId: string }
  | { view: 'stage'; workspaceId: string; stage: string }
  | { view: 'audits'; workspaceId: string }
  | { view: 'survey'; token: string }
  | { view: 'strategy'; workspaceId: string; tab: StrategyTab }
  | { view: 'notFound'; path: string };

function decode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** Reads a path into the view it addresses (the inverse of `paths`). */
export function matchRoute(path: string): Route {
  const segments = path.split('/').filter((segment) => segment !== '');
  const decoded = segments.map(decode);
  if (decoded.some((segment) => segment === null)) return { view: 'notFound', path };
  const [first, id, third, stage, ...rest] = decoded as string[];
  if (first === undefined) return { view: 'workspaces' };
  if (first === 'survey' && id !== undefined && third === undefined) {
    return { view: 'survey', token: id };
  }
  if (first !== 'workspaces' || id === undefined || rest.length > 0) {
    return { view: 'notFound', path };
  }
  if (third === undefined) return { view: 'dashboard', workspaceId: id };
  if (third === 'audits' && stage === undefined) return { view: 'audits', workspaceId: id };
  if (third === 'stages' && stage !== undefined) {
    return { view: 'stage', workspaceId: id, stage };
  }
  if (third === 'strategy') {
    const tab = (stage ?? 'plan') as StrategyTab;
    if (strategyTabs.includes(tab)) return { view: 'strategy', workspaceId: id, tab };
  }
  return { view: 'notFound', path };
}
