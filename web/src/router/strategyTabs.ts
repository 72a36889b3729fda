/** The strategy pages, in the order of their tabs (docs/strategy.md). */
export const strategyTabs = ['plan', 'register', 'okrs', 'triage', 'incentives', 'review'] as const;

export type StrategyTab = (typeof strategyTabs)[number];
