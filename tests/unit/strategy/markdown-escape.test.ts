import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../../src/lib/domain/strategy';

describe('escapeMarkdown', () => {
  it.each([
    { name: 'plain text stays as typed', input: 'Response ≤ 2 h, 100% (yearly)', expected: 'Response ≤ 2 h, 100% (yearly)' },
    { name: 'emphasis and code markers', input: '*new* _sale_ `code` ~~old~~', expected: '\\*new\\* \\_sale\\_ \\`code\\` \\~\\~old\\~\\~' },
    { name: 'links, html and tables', input: '[x](y) <b> a|b', expected: '\\[x\\](y) \\<b\\> a\\|b' },
    { name: 'a backslash', input: 'a\\b', expected: 'a\\\\b' },
    { name: 'a hash anywhere', input: '# 1 #vip', expected: '\\# 1 \\#vip' },
    { name: 'a leading dash would nest a list', input: '- call', expected: '\\- call' },
    { name: 'a leading number would start a list', input: '1. call', expected: '1\\. call' },
    { name: 'a dash inside the text stays', input: 'win-back - now', expected: 'win-back - now' },
    { name: 'line breaks become one space', input: ' first\n\n - second \r\n', expected: 'first - second' },
    { name: 'empty stays empty', input: '   ', expected: '' },
  ])('$name', ({ input, expected }) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });
});
