// Bracketed parts are units or notes: 金额(元) → 金额, Amount (USD) → amount.
const BRACKETED = /\([^)]*\)|（[^）]*）|\[[^\]]*\]|【[^】]*】/g;
const PUNCTUATION = /[\s_\-./\\:#()[\]（）【】]+/g;
const CJK = /[\u3400-\u9fff]/;

/** Lower case, brackets and their contents dropped, spaces and punctuation removed. */
export function normalizeHeader(header: string): string {
  return header.toLowerCase().trim().replace(BRACKETED, '').replace(PUNCTUATION, '');
}

/** Words of a header for contains-matching: split at separators (and %) and at camelCase humps. */
function headerWords(header: string): string[] {
  return header
    .replace(BRACKETED, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s_\-./\\:#()[\]%]+/)
    .filter(Boolean);
}

/** A set of roles, each with its normalized synonyms (earliest = most specific), and the synonyms that only match exactly. */
export interface HeaderVocabulary<R extends string> {
  roles: readonly R[];
  synonyms: Record<R, readonly string[]>;
  exactOnly: ReadonlySet<string>;
}

/** Length of the longest synonym found inside a header, 0 when none. */
function containsScore<R extends string>(header: string, normalized: string, role: R, vocabulary: HeaderVocabulary<R>): number {
  let best = 0;
  const words = headerWords(header);
  for (const synonym of vocabulary.synonyms[role]) {
    if (synonym.length <= best || vocabulary.exactOnly.has(synonym)) continue;
    // Chinese has no spaces between words, so a plain substring is the only test there is.
    if (CJK.test(synonym)) {
      if (normalized.includes(synonym)) best = synonym.length;
      continue;
    }
    // Latin synonyms must cover whole words: "date" is in "Order Date" but not in "Update".
    for (let start = 0; start < words.length && best < synonym.length; start++) {
      let joined = '';
      for (let end = start; end < words.length && joined.length < synonym.length; end++) {
        joined += words[end];
        if (joined === synonym) best = synonym.length;
      }
    }
  }
  return best;
}

/**
 * A column per role from the headers alone: exact synonyms first (the earliest synonym of a role
 * wins, so "Customer ID" beats "Customer"), then headers containing one, most specific match first
 * ("Order Date Local" is a date, not an order id). A column never gets two roles. Returns the
 * proposal and the columns it used, so a caller can go on (from values, or a fallback).
 */
export function matchHeaders<R extends string>(headers: readonly string[], vocabulary: HeaderVocabulary<R>): { mapping: Partial<Record<R, string>>; used: Set<number> } {
  const mapping: Partial<Record<R, string>> = {};
  const used = new Set<number>();
  const normalized = headers.map(normalizeHeader);
  const assign = (role: R, column: number) => {
    mapping[role] = headers[column];
    used.add(column);
  };
  for (const role of vocabulary.roles) {
    for (const synonym of vocabulary.synonyms[role]) {
      const column = normalized.findIndex((name, index) => name === synonym && !used.has(index));
      if (column >= 0) {
        assign(role, column);
        break;
      }
    }
  }
  const candidates: { role: R; column: number; score: number }[] = [];
  for (const role of vocabulary.roles) {
    if (mapping[role]) continue;
    headers.forEach((header, column) => {
      if (used.has(column)) return;
      const score = containsScore(header, normalized[column], role, vocabulary);
      if (score > 0) candidates.push({ role, column, score });
    });
  }
  candidates.sort((a, b) => b.score - a.score || a.column - b.column);
  for (const { role, column } of candidates) if (!mapping[role] && !used.has(column)) assign(role, column);
  return { mapping, used };
}

/** Normalizes every synonym list once. */
export function vocabulary<R extends string>(roles: readonly R[], synonyms: Record<R, readonly string[]>, exactOnly: readonly string[]): HeaderVocabulary<R> {
  const normalized = Object.fromEntries(roles.map((role) => [role, synonyms[role].map(normalizeHeader)])) as Record<R, string[]>;
  return { roles, synonyms: normalized, exactOnly: new Set(exactOnly) };
}
