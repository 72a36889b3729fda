/** Reads `--servers "Code Review=3,QA=2"` into stage → servers; throws on a malformed pair. */
export function parseServers(text: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const pair of text.split(',')) {
    const at = pair.lastIndexOf('=');
    const name = pair.slice(0, at).trim();
    const value = Number(pair.slice(at + 1));
    if (at <= 0 || !name || !(value > 0)) {
      throw new Error(`--servers: cannot read "${pair.trim()}" (use "Stage name=3,Other stage=2")`);
    }
    out[name] = value;
  }
  return out;
}
