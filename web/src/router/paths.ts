/** Every view's bookmarkable address, built in one place so links and routes agree. */
export const paths = {
  workspaces: (): string => '/',
  workspace: (id: string): string => `/workspaces/${encodeURIComponent(id)}`,
  stage: (id: string, stage: string): string =>
    `/workspaces/${encodeURIComponent(id)}/stages/${encodeURIComponent(stage)}`,
  audits: (id: string): string => `/workspaces/${encodeURIComponent(id)}/audits`,
  survey: (token: string): string => `/survey/${encodeURIComponent(token)}`,
  strategy: (id: string, tab = 'plan'): string =>
    `/workspaces/${encodeURIComponent(id)}/strategy${tab === 'plan' ? '' : `/${tab}`}`,
};
