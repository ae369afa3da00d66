/** Text encodings a file is recognised in. */
export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** A file's text, or why it has none. */
export type DecodedText = { ok: true; text: string; encoding: TextEncoding } | { ok: false; error: 'empty' | 'binary' };

/** Binary checks look at the start of the file only; that is where an export's nature shows. */
const PROBE_BYTES = 64 * 1024;
const MAX_CONTROL_SHARE = 0.1;
/** A GBK file with a few broken bytes is still text; random bytes leave far more replacement marks. */
const MAX_REPLACEMENT_SHARE = 0.02;

/** Control bytes that never occur in text: everything below space except tab, LF, FF, CR, and DEL. */
function isControlByte(byte: number): boolean {
  return (byte < 32 && byte !== 9 && byte !== 10 && byte !== 12 && byte !== 13) || byte === 127;
}

/** UTF-16 without a byte-order mark: mostly-ASCII text has a NUL in every other byte. */
function sniffUtf16(probe: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.floor(probe.length / 2);
  if (pairs < 2) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index + 1 < probe.length; index += 2) {
    if (probe[index] === 0) evenZeros++;
    if (probe[index + 1] === 0) oddZeros++;
  }
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

function looksBinary(probe: Uint8Array): boolean {
  let control = 0;
  for (let index = 0; index < probe.length; index++) {
    const byte = probe[index];
    // Text in a single-byte or multi-byte encoding never contains NUL.
    if (byte === 0) return true;
    if (isControlByte(byte)) control++;
  }
  return control > probe.length * MAX_CONTROL_SHARE;
}

function countReplacements(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\ufffd'); at >= 0; at = text.indexOf('\ufffd', at + 1)) count++;
  return count;
}

/**
 * Decodes a file's bytes: byte-order marks are honoured and removed, UTF-8 is tried strictly,
 * and anything else is read as GB18030 (which contains GBK), the encoding of Chinese Excel exports.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) return { ok: false, error: 'empty' };
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const body = bytes.subarray(3);
    if (looksBinary(body.subarray(0, PROBE_BYTES))) return { ok: false, error: 'binary' };
    return { ok: true, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(body), encoding: 'utf-8-bom' };
  }
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    return { ok: true, text: new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(2)), encoding };
  }
  const probe = bytes.subarray(0, PROBE_BYTES);
  const utf16 = sniffUtf16(probe);
  if (utf16) return { ok: true, text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  if (looksBinary(probe)) return { ok: false, error: 'binary' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: fall through to the Chinese legacy encoding.
  }
  const text = new TextDecoder('gb18030').decode(bytes);
  if (countReplacements(text) > text.length * MAX_REPLACEMENT_SHARE) return { ok: false, error: 'binary' };
  return { ok: true, text, encoding: 'gb18030' };
}
