/** An audit as the leader's API shows it: each respondent's survey link, the key points used. */
export interface AuditView {
  id: string;
  title: string;
  statement: string;
  constraint: string;
  aliases: string[];
  /** The key points scored against: the leaders' own, or those taken from the statement. */
  keyPoints: string[];
  stages: string[];
  anonymous: boolean;
  createdAt: string;
  closedAt: string | null;
  respondents: {
    id: string;
    name: string | null;
    email: string | null;
    team: string;
    level: string;
    responded: boolean;
    /** The survey page's path, `/survey/<token>`. */
    link: string;
  }[];
}
