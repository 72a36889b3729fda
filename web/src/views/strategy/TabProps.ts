import type { StrategyView } from '../../../../src/core/strategy/review/StrategyView.js';

/** What every editable strategy tab receives. */
export interface TabProps {
  workspaceId: string;
  view: StrategyView;
  /** The stream's stages once analysed; null before the first events. */
  stages: string[] | null;
  /** Something was saved: reload the strategy. */
  onChange: () => void;
}
