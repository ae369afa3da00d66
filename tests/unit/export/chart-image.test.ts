import { describe, expect, it } from 'vitest';
import { fileBaseName, inlineStyle, standaloneSvg, tabSeparated } from '../../../src/lib/export/chart-image';

// What XMLSerializer gives for a chart's cloned <svg> after styles are inlined (the DOM half is covered by
// tests/e2e/chart-export.e2e.ts in Chromium; there is no DOM in the unit tests).
const serialized =
  '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="80" aria-hidden="true">' +
  '<rect x="0" y="10" width="20" height="70" style="fill: rgb(47, 95, 208)"/>' +
  '<text x="5" y="8" style="font-size: 11px">A &amp; B</text>' +
  '<image href="https://example.com/logo.png" width="10" height="10"/>' +
  '<use xlink:href="http://example.com/sprite.svg#a"/>' +
  '<use href="#g"/></svg>';

const rootOf = (markup: string) => /^<svg[^>]*>/.exec(markup)?.[0] ?? '';

describe('standaloneSvg makes a file that stands alone', () => {
  const markup = standaloneSvg(serialized, 120, 80);
  const root = rootOf(markup);

  it.each([
    { name: 'starts with the svg element', check: () => expect(markup.startsWith('<svg ')).toBe(true) },
    { name: 'declares the SVG namespace once', check: () => expect(root.match(/xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g)).toHaveLength(1) },
    { name: 'declares xlink when xlink is used', check: () => expect(root).toContain('xmlns:xlink="http://www.w3.org/1999/xlink"') },
    { name: 'has the pixel width and height', check: () => expect(root).toMatch(/ width="120" height="80"/) },
    { name: 'adds a viewBox of that size', check: () => expect(root).toContain('viewBox="0 0 120 80"') },
    { name: 'drops aria-hidden from the root', check: () => expect(root).not.toContain('aria-hidden') },
    { name: 'drops external href and xlink:href', check: () => expect(markup).not.toMatch(/example\.com/) },
    { name: 'keeps internal references', check: () => expect(markup).toContain('<use href="#g"/>') },
    { name: 'keeps inlined styles', check: () => expect(markup).toContain('style="fill: rgb(47, 95, 208)"') },
    { name: 'keeps escaped text', check: () => expect(markup).toContain('A &amp; B') },
    { name: 'ends with the closing tag', check: () => expect(markup.endsWith('</svg>')).toBe(true) },
  ])('$name', ({ check }) => check());

  it('keeps an existing viewBox and other root attributes', () => {
    const root = rootOf(standaloneSvg('<svg viewBox="0 0 10 10" role="img" aria-label="Chart"><g/></svg>', 20, 20));
    expect(root).toBe('<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20" viewBox="0 0 10 10" role="img" aria-label="Chart">');
  });

  it('leaves text that is no svg as it is', () => {
    expect(standaloneSvg('<div></div>', 1, 1)).toBe('<div></div>');
  });
});

describe('inlineStyle', () => {
  const values: Record<string, string> = { 'stroke-width': '2px', fill: 'red', 'font-size': '', opacity: '1', 'stroke-dasharray': 'none', 'text-anchor': 'end', 'font-family': 'serif' };
  const read = (property: string) => values[property] ?? '';
  it.each([
    { name: 'text: set values in a fixed order, empty and initial ones left out', hidden: false, text: true, expected: 'fill: red; stroke-width: 2px; font-family: serif; text-anchor: end' },
    { name: 'shapes: no font properties', hidden: false, text: false, expected: 'fill: red; stroke-width: 2px' },
    { name: 'hidden nodes stay hidden', hidden: true, text: false, expected: 'fill: red; stroke-width: 2px; display: none' },
  ])('$name', ({ hidden, text, expected }) => expect(inlineStyle(read, hidden, text)).toBe(expected));
});

describe('fileBaseName', () => {
  it.each([
    { name: 'a title with spaces and brackets', input: 'Recency (days)', expected: 'recency-days' },
    { name: 'Chinese stays', input: '客户 分群', expected: '客户-分群' },
    { name: 'nothing usable', input: ' / ', expected: 'chart' },
  ])('$name', ({ input, expected }) => expect(fileBaseName(input)).toBe(expected));
});

describe('tabSeparated (the Copy text)', () => {
  it.each([
    { name: 'header then rows, tab between cells, newline after each', header: ['a', 'b'], rows: [['x', 1], ['y', 2.5]], expected: 'a\tb\nx\t1\ny\t2.5\n' },
    { name: 'tabs and line breaks inside cells become spaces', header: ['note'], rows: [['one\ttwo\r\nthree']], expected: 'note\none two three\n' },
    { name: 'an empty table is its header', header: ['a', 'b'], rows: [], expected: 'a\tb\n' },
  ])('$name', ({ header, rows, expected }) => expect(tabSeparated(header, rows)).toBe(expected));
});
