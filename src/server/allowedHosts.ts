import { networkInterfaces } from 'node:os';

const WILDCARD = new Set(['0.0.0.0', '::', '']);

/**
 * The Host header values a server listening on `host:port` answers to: its own host and the
 * loopback names. A web page on another origin that rebinds its DNS name to 127.0.0.1 still
 * sends its own name as Host, and is refused. Listening on all interfaces (0.0.0.0 or ::) the
 * machine's own addresses are allowed too, since that is how other machines reach it.
 */
export function allowedHosts(host: string, port: number): Set<string> {
  const names = new Set([host, 'localhost', '127.0.0.1', '::1']);
  if (WILDCARD.has(host)) {
    for (const list of Object.values(networkInterfaces())) {
      for (const a of list ?? []) names.add(a.address.split('%')[0]!);
    }
  }
  const out = new Set<string>();
  for (const name of names) {
    if (WILDCARD.has(name)) continue;
    const bracketed = name.includes(':') ? `[${name}]` : name;
    out.add(`${bracketed.toLowerCase()}:${port}`);
    // Browsers leave the default port out of Host.
    if (port === 80) out.add(bracketed.toLowerCase());
  }
  return out;
}
