import { describe, expect, it } from 'vitest';
import { DESCRIPTOR_LABELS } from '../../../src/lib/domain/clustering/cluster-names';
import { en } from '../../../src/lib/i18n/en';
import { zhCN } from '../../../src/lib/i18n/zh-CN';

describe('automatic cluster name words', () => {
  it('read in English exactly as the stored names are built, so English screens and files agree', () => {
    for (const [descriptor, label] of Object.entries(DESCRIPTOR_LABELS)) expect(en[`clusters.descriptor.${descriptor}` as keyof typeof en]).toBe(label);
  });

  it('have a distinct Chinese word each', () => {
    const words = Object.keys(DESCRIPTOR_LABELS).map((descriptor) => zhCN[`clusters.descriptor.${descriptor}` as keyof typeof zhCN]);
    expect(words.every((word) => /[\u4e00-\u9fff]/.test(word))).toBe(true);
    expect(new Set(words).size).toBe(words.length);
  });
});
