import { describe, expect, it } from 'vitest';
import { maskId } from '../../../src/lib/domain/mask-id';

describe('maskId', () => {
  it.each([
    { name: 'a CDNOW id keeps its first and last two digits', id: '00042', expected: '0•••42' },
    { name: 'a long id shows no more than three characters', id: 'C1234567890', expected: 'C•••90' },
    { name: 'an email is unreadable', id: 'li.wei@example.com', expected: 'l•••om' },
    { name: 'four characters keep only the last', id: '1234', expected: '•••4' },
    { name: 'three characters keep only the last', id: 'abc', expected: '•••c' },
    { name: 'two characters are hidden completely', id: '42', expected: '•••' },
    { name: 'one character is hidden completely', id: '7', expected: '•••' },
    { name: 'surrounding spaces are not characters of the id', id: '  12345  ', expected: '1•••45' },
    { name: 'Chinese characters are kept whole', id: '客户编号一二三', expected: '客•••二三' },
    { name: 'an emoji (two UTF-16 units) is not cut in half', id: '😀abcde😀', expected: '😀•••e😀' },
    { name: 'the empty id stays empty', id: '', expected: '' },
  ])('$name: $id → $expected', ({ id, expected }) => {
    expect(maskId(id)).toBe(expected);
  });

  it('never shows an id of three characters or more in full, and keeps the same mask for the same id', () => {
    for (let number = 100; number < 100_000; number += 37) {
      const id = String(number).padStart(5, '0');
      expect(maskId(id)).not.toContain(id);
      expect(maskId(id)).toBe(maskId(id));
    }
  });

  it('tells apart ids that differ in their last two characters (a plain loop over CDNOW-shaped ids)', () => {
    const masks = new Set<string>();
    for (let number = 1; number <= 99; number++) masks.add(maskId(String(number).padStart(5, '0')));
    expect(masks.size).toBe(99);
  });
});
