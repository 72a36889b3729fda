/**
 * The fixed word lists of the alignment scoring (docs/alignment-audit.md, "Word lists"). Short
 * and visible on purpose: every match and flag they cause can be explained by pointing here.
 */

/** Function words that carry no strategy; "all", "more", "only" and "first" are kept, since they do. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a an the and or of to in on at by for from with as into onto than then so such that this these
  those it its it's we our us you your they their them he she his her i me my mine is are was were
  be been being am do does did doing have has had having will would shall should can could may might
  must which who whom whose what when where why how there here if about also just very really too
  quite some any own same other others another up out over under again once one's s t get gets got
  getting make makes made making way ways thing things lot lots bit well let lets even else sit sits
  put puts go goes going went need needs needed want wants like still ever already always often
  new front keep keeps kept ensure sure try able just sure order means mean`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words that deny what follows them in their clause ("not", "never", "instead of", "rather than"). */
export const NEGATORS: ReadonlySet<string> = new Set([
  'not',
  'no',
  'never',
  'without',
  'nor',
  'neither',
  'cannot',
  'avoid',
  'stop',
  'instead',
  'rather',
]);

/**
 * After a negator these make a cap, not a denial: "no more than", "not faster than",
 * "never beyond". The clause is then read as a limit (direction down), not as a contradiction.
 */
export const LIMIT_WORDS: ReadonlySet<string> = new Set([
  'more',
  'faster',
  'beyond',
  'above',
  'exceed',
  'much',
  'many',
  'too',
  'ahead',
  'over',
]);

/** Words that end the reach of a negation: a new clause starts. */
export const CLAUSE_BREAKS: ReadonlySet<string> = new Set([
  'but',
  'however',
  'although',
  'though',
  'while',
  'whereas',
  'yet',
  'so',
  'because',
]);

/**
 * Synonym groups: every word of a group counts as the group's first word. Kept small and about
 * the vocabulary of flow and of the Theory of Constraints (Goldratt, The Goal, 1984), where
 * people most often paraphrase a leader's words.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['constraint', 'bottleneck', 'drum', 'chokepoint', 'choke'],
  ['throughput', 'output', 'deliveries', 'delivered'],
  [
    'increase',
    'raise',
    'boost',
    'grow',
    'maximize',
    'maximum',
    'higher',
    'more',
    'expand',
    'faster',
    'quicker',
    'sooner',
  ],
  [
    'reduce',
    'decrease',
    'cut',
    'lower',
    'minimize',
    'minimum',
    'shrink',
    'less',
    'fewer',
    'limit',
    'cap',
  ],
  ['pace', 'rhythm', 'rate', 'speed', 'tempo', 'cadence', 'beat', 'capacity'],
  ['release', 'start', 'launch', 'push', 'admit', 'feed', 'send'],
  ['idle', 'starve', 'starving', 'starvation', 'empty', 'waiting'],
  ['buffer', 'queue', 'backlog', 'stock', 'cushion'],
  ['subordinate', 'align', 'follow', 'support', 'serve'],
  ['work', 'task', 'item', 'ticket', 'job', 'request'],
  ['team', 'department', 'group', 'squad', 'unit'],
  ['customer', 'client', 'user'],
  ['protect', 'shield', 'guard', 'safeguard', 'defend'],
  ['all', 'every', 'everything', 'everyone', 'everybody', 'everywhere', 'each', 'whole'],
  ['priority', 'prioritize', 'first', 'precedence', 'focus'],
  ['utilization', 'utilize', 'efficiency', 'efficient', 'busy', 'occupancy', 'occupied'],
  ['improve', 'optimize', 'better', 'enhance', 'upgrade'],
  ['stage', 'step', 'station', 'process', 'area', 'phase'],
  ['fast', 'quick', 'quickly', 'rapid', 'rapidly', 'soon', 'asap'],
  ['wait', 'delay', 'stall', 'stuck', 'block', 'blocked'],
  ['exploit', 'squeeze', 'leverage'],
  ['quality', 'defect', 'error', 'rework', 'mistake'],
  ['goal', 'target', 'objective', 'aim'],
];

/** The canonical words of the direction groups, for the "opposite direction" check. */
export const UP = 'increase';
export const DOWN = 'reduce';
