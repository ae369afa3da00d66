/**
 * User text made safe to place inside a Markdown line: line breaks become spaces (a line starting
 * with "- " would open a list), inline markers (\ ` * _ ~ [ ] < > | #) get a backslash, and a
 * leading list marker ("-", "+", "1.", "1)") is escaped so a bullet's text cannot nest a list.
 * Everything else stays as typed.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .trim()
    .replace(/[\\`*_~[\]<>|#]/g, '\\$&')
    .replace(/^([-+])(?=\s|$)/, '\\$1')
    .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
}
