/**
 * A well-known misreading of a constraint strategy, recognised by words that occur together in
 * one clause of an answer, none of them denied ("we stopped maximising utilisation everywhere"
 * is not flagged). Each group lists words; one of each group must be present. `up` in a group
 * means a word that says "more" and is not capped ("no more than" does not count).
 */
export interface Misconception {
  id: string;
  label: string;
  /** Why it contradicts a constraint strategy, in a sentence a respondent's manager can reuse. */
  why: string;
  groups: readonly (readonly string[])[];
  /**
   * Not raised when the clause names the constraint: "every team keeps Reproduction busy" is
   * the strategy, "every team keeps busy" is the misreading.
   */
  unlessConstraintNamed: boolean;
}

/**
 * A clause with one of these words judges what it describes ("keeping everyone busy is a
 * mistake"): it rejects the misreading rather than holding it.
 */
export const REJECTING_WORDS: ReadonlySet<string> = new Set([
  'wrong',
  'mistake',
  'myth',
  'trap',
  'fallacy',
  'waste',
  'wasteful',
  'harmful',
  'pointless',
  'useless',
  'bad',
  'illusion',
  'mirage',
]);

/**
 * The misreadings the Theory of Constraints literature names most often: local efficiency
 * (Goldratt & Cox, The Goal, 1984: "an hour saved at a non-bottleneck is a mirage"), pushing
 * work in faster than the drum (drum-buffer-rope, Goldratt & Fox, The Race, 1986), and
 * improving every stage at once instead of the constraint (the five focusing steps).
 */
export const MISCONCEPTIONS: readonly Misconception[] = [
  {
    id: 'local-efficiency',
    label: 'Maximise utilisation everywhere',
    why: 'Keeping every stage busy only builds queues in front of the constraint; only its time sets throughput.',
    groups: [['up', 'keep'], ['utilization'], ['all']],
    unlessConstraintNamed: true,
  },
  {
    id: 'push-work',
    label: 'Release more work, faster',
    why: "Work released faster than the constraint's pace only waits longer; the constraint sets the release rate.",
    groups: [['release'], ['up', 'fast', 'possible']],
    unlessConstraintNamed: false,
  },
  {
    id: 'improve-everywhere',
    label: "Raise every stage's own output",
    why: 'Improving stages that are not the constraint does not raise throughput; effort belongs at the constraint.',
    groups: [['improve', 'up'], ['all'], ['stage', 'team']],
    unlessConstraintNamed: true,
  },
];
