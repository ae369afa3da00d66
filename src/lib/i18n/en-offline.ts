/** English strings of the privacy indicator and offline use (spread into en.ts). */
export const enOffline = {
  'privacy.requests': '{count} requests to other sites',
  'privacy.one_request': '1 request to other sites',
  'privacy.explain':
    'Requests this page has made to other sites since it opened, from the browser’s resource timing. Your data never leaves this browser, so this must read 0.',
  'privacy.scope':
    'It counts what the page itself sees; requests of the app’s background workers are not in it. Those fetch only the app’s own files: the code turns DuckDB’s extension downloads off, and the page’s security policy allows no other site (see README).',
  'privacy.origin': '{origin}: {count}',
  'offline.ready': 'Saved for offline use: the app opens and works without a network.',
  'offline.not_ready': 'Not saved for offline use yet (it is saved after the first visit of a built app).',
} as const;
