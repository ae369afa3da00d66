/**
 * Appends text to a growing UTF-8 byte buffer. ASCII (ids, digits, decimal text) is copied
 * code by code; anything else goes through TextEncoder. Much faster than building one huge
 * string and encoding it when writing millions of short fields.
 */
export class ByteWriter {
  #bytes: Uint8Array;
  #length = 0;
  #encoder = new TextEncoder();

  constructor(initialCapacity = 1 << 16) {
    this.#bytes = new Uint8Array(initialCapacity);
  }

  #reserve(extra: number): void {
    if (this.#length + extra <= this.#bytes.length) return;
    let capacity = this.#bytes.length * 2;
    while (capacity < this.#length + extra) capacity *= 2;
    const grown = new Uint8Array(capacity);
    grown.set(this.#bytes.subarray(0, this.#length));
    this.#bytes = grown;
  }

  /** Writes text as UTF-8. */
  text(value: string): this {
    const length = value.length;
    this.#reserve(length * 3);
    const bytes = this.#bytes;
    let at = this.#length;
    for (let index = 0; index < length; index++) {
      const code = value.charCodeAt(index);
      if (code > 0x7f) {
        this.#length += this.#encoder.encodeInto(value, bytes.subarray(this.#length)).written;
        return this;
      }
      bytes[at++] = code;
    }
    this.#length = at;
    return this;
  }

  /** Writes one byte (an ASCII character code). */
  byte(code: number): this {
    this.#reserve(1);
    this.#bytes[this.#length++] = code;
    return this;
  }

  /** Writes a whole number in decimal. */
  integer(value: number): this {
    return this.text(String(value));
  }

  /** Writes text as a double-quoted CSV field, doubling inner quotes. */
  quoted(value: string): this {
    this.byte(0x22);
    this.text(value.includes('"') ? value.replaceAll('"', '""') : value);
    return this.byte(0x22);
  }

  /** The bytes written so far (a copy trimmed to length). */
  toBytes(): Uint8Array {
    return this.#bytes.slice(0, this.#length);
  }
}
