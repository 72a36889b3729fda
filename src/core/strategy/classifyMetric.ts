/** What a metric counts: effort spent, results delivered, or how busy people are. */
export type MetricKind = 'activity' | 'outcome' | 'efficiency' | 'unclear';

export interface MetricClass {
  kind: MetricKind;
  /** The phrases that decided it, as written in the text. */
  matched: string[];
  why: string;
}

interface Rule {
  kind: Exclude<MetricKind, 'unclear'>;
  pattern: RegExp;
}

// Word stems, not whole words, so "meetings held" and "held 3 meetings" both match; each rule is
// a phrase a reader can check against the text (docs/strategy.md, "Activity metrics").
const RULES: readonly Rule[] = [
  { kind: 'activity', pattern: /\bmeetings?\b|\bstand-?ups?\b|\bworkshops?\b/ },
  {
    kind: 'activity',
    pattern: /\bcalls?\s+(made|held|logged)|\b(made|held|logged)\s+\d*\s*calls?\b/,
  },
  { kind: 'activity', pattern: /\bemails?\s+sent|\bsent\s+\d*\s*emails?\b|\boutreach\b/ },
  {
    kind: 'activity',
    pattern:
      /\b(tickets?|issues?|tasks?|cases?|items?)\s+(touched|handled|opened|updated|created|assigned|triaged|worked on|picked up)\b/,
  },
  {
    kind: 'activity',
    pattern:
      /\b(touched|handled|opened|updated|created|assigned)\s+\d*\s*(tickets?|issues?|tasks?)\b/,
  },
  {
    kind: 'activity',
    pattern: /\bstory\s*points?\b|\bvelocity\b|\bpoints?\s+(planned|committed|burned)\b/,
  },
  {
    kind: 'activity',
    pattern:
      /\bpipeline(\s+value)?\b|\bleads?\s+(generated|contacted|created)\b|\bopportunit(y|ies)\s+created\b/,
  },
  {
    kind: 'activity',
    pattern: /\bhours?\s+(logged|worked|booked|billed|spent)\b|\btime\s+(logged|tracked)\b/,
  },
  {
    kind: 'activity',
    pattern: /\blines?\s+of\s+code\b|\bcommits?\b|\bpull\s+requests?\s+opened\b/,
  },
  {
    kind: 'activity',
    pattern:
      /\b(demos?|trainings?|presentations?|visits?|reports?)\s+(held|given|run|made|written|delivered)\b/,
  },
  { kind: 'activity', pattern: /\bplanned\b|\bstarted\b|\binitiated\b/ },
  {
    kind: 'efficiency',
    pattern: /\butili[sz]ation\b|\bbusy\b|\bidle\b|\boccupancy\b|\bproductivity\b/,
  },
  {
    kind: 'efficiency',
    pattern:
      /\b(output|units?)\s+per\s+(person|head|employee|fte|hour)\b|\bcost\s+per\s+unit\b|\befficiency\b/,
  },
  { kind: 'outcome', pattern: /\bthroughput\b|\bflow\s+rate\b/ },
  {
    kind: 'outcome',
    pattern:
      /\b(completed|delivered|shipped|closed|resolved|won|fulfilled|released|finished|done|paid|installed)\b/,
  },
  {
    kind: 'outcome',
    pattern: /\blead\s*time\b|\bcycle\s*time\b|\btime\s+to\s+(market|resolve|deliver|close)\b/,
  },
  { kind: 'outcome', pattern: /\bon[-\s]time\b|\bdue[-\s]date\b|\bbacklog\s+age\b|\bbuffer\b/ },
  {
    kind: 'outcome',
    pattern:
      /\brevenue\b|\bsales\b|\bmargin\b|\bchurn\b|\bretention\b|\bcustomers?\s+(served|retained|activated)\b/,
  },
];

/**
 * Classifies a metric by its name and description with the phrase rules above, so every verdict
 * names the words that decided it. Activity wins over outcome when both match ("story points
 * delivered" still counts points, which measure effort and are re-estimated at will); efficiency
 * (how busy people are) wins over outcome for the same reason. Nothing matched: unclear. Pure.
 */
export function classifyMetric(name: string, description = ''): MetricClass {
  const text = `${name} ${description}`.toLowerCase().replace(/\s+/g, ' ');
  const found: Record<Rule['kind'], string[]> = { activity: [], outcome: [], efficiency: [] };
  for (const rule of RULES) {
    const m = rule.pattern.exec(text);
    if (m && !found[rule.kind].includes(m[0])) found[rule.kind].push(m[0].trim());
  }
  const quote = (words: string[]) => words.map((w) => `"${w}"`).join(', ');
  if (found.activity.length > 0) {
    return {
      kind: 'activity',
      matched: found.activity,
      why: `counts effort (${quote(found.activity)}), not results: it can rise while nothing more is finished`,
    };
  }
  if (found.efficiency.length > 0) {
    return {
      kind: 'efficiency',
      matched: found.efficiency,
      why: `measures how busy people or machines are (${quote(found.efficiency)}), not what the stream delivers`,
    };
  }
  if (found.outcome.length > 0) {
    return {
      kind: 'outcome',
      matched: found.outcome,
      why: `measures results (${quote(found.outcome)})`,
    };
  }
  return {
    kind: 'unclear',
    matched: [],
    why: 'names neither a result (completed, delivered, lead time…) nor an activity; say what it counts',
  };
}
