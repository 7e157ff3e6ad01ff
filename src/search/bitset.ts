/** A set of small non-negative integers (the positions of letters in the public index), 32 to a word. */
export class Bitset {
  readonly words: Uint32Array;

  constructor(readonly size: number, words?: Uint32Array) {
    this.words = words ?? new Uint32Array(Math.ceil(size / 32));
  }

  static of(size: number, members: ArrayLike<number>): Bitset {
    const s = new Bitset(size);
    for (let i = 0; i < members.length; i++) s.add(members[i]!);
    return s;
  }

  static full(size: number): Bitset {
    const s = new Bitset(size);
    s.words.fill(0xffffffff);
    s.clearTail();
    return s;
  }

  add(i: number): void {
    this.words[i >>> 5]! |= 1 << (i & 31);
  }

  has(i: number): boolean {
    return (this.words[i >>> 5]! & (1 << (i & 31))) !== 0;
  }

  and(other: Bitset): Bitset {
    const out = new Uint32Array(this.words.length);
    for (let w = 0; w < out.length; w++) out[w] = this.words[w]! & other.words[w]!;
    return new Bitset(this.size, out);
  }

  or(other: Bitset): Bitset {
    const out = new Uint32Array(this.words.length);
    for (let w = 0; w < out.length; w++) out[w] = this.words[w]! | other.words[w]!;
    return new Bitset(this.size, out);
  }

  not(): Bitset {
    const out = new Uint32Array(this.words.length);
    for (let w = 0; w < out.length; w++) out[w] = ~this.words[w]!;
    const s = new Bitset(this.size, out);
    s.clearTail();
    return s;
  }

  count(): number {
    let n = 0;
    for (let w = 0; w < this.words.length; w++) {
      let v = this.words[w]!;
      v -= (v >>> 1) & 0x55555555;
      v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
      n += (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
    }
    return n;
  }

  /** The members, smallest first. */
  members(): Int32Array {
    const out = new Int32Array(this.count());
    let k = 0;
    for (let w = 0; w < this.words.length; w++) {
      let v = this.words[w]!;
      while (v !== 0) {
        const low = v & -v;
        out[k++] = (w << 5) + 31 - Math.clz32(low);
        v ^= low;
      }
    }
    return out;
  }

  private clearTail(): void {
    const extra = this.words.length * 32 - this.size;
    if (extra > 0) this.words[this.words.length - 1]! &= 0xffffffff >>> extra;
  }
}
