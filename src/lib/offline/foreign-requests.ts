/** Requests to other origins, as the privacy indicator shows them. */
export interface ForeignTally {
  /** how many requests went to another origin */
  count: number;
  /** each other origin with its number of requests, most requests first (ties by name) */
  origins: { origin: string; requests: number }[];
}

/**
 * The origin a request went to when that is not `pageOrigin`, else null. data: and blob: URLs are read in the
 * page and reach nobody; an unparsable name is no request at all.
 */
export function foreignOrigin(url: string, pageOrigin: string): string | null {
  if (url.startsWith('data:') || url.startsWith('blob:')) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol === 'about:' || parsed.protocol === 'javascript:') return null;
  return parsed.origin === pageOrigin ? null : parsed.origin;
}

/** Counts the requests among `urls` (resource timing entry names) that went to another origin than `pageOrigin`. */
export function tallyForeignRequests(urls: readonly string[], pageOrigin: string): ForeignTally {
  const byOrigin = new Map<string, number>();
  for (const url of urls) {
    const origin = foreignOrigin(url, pageOrigin);
    if (origin !== null) byOrigin.set(origin, (byOrigin.get(origin) ?? 0) + 1);
  }
  const origins = [...byOrigin]
    .map(([origin, requests]) => ({ origin, requests }))
    .sort((a, b) => b.requests - a.requests || (a.origin < b.origin ? -1 : 1));
  return { count: origins.reduce((sum, entry) => sum + entry.requests, 0), origins };
}
