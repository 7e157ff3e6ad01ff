/**
 * pdf.js hands font data from its worker side with `ArrayBuffer.prototype.transferToFixedLength`,
 * which Node gained in version 21. On Node 20 the call throws inside pdf.js, which swallows the
 * error and stops building the page's operator list, and with it the font names that tell bold
 * text. A copy is all pdf.js needs (it keeps no reference to the old buffer), so we add the
 * method where it is missing, once, and change nothing where it exists.
 */
interface TransferableArrayBuffer {
  transferToFixedLength?: (length?: number) => ArrayBuffer;
}

export function ensureArrayBufferTransfer(): void {
  const proto = ArrayBuffer.prototype as unknown as TransferableArrayBuffer;
  if (typeof proto.transferToFixedLength === 'function') return;
  Object.defineProperty(ArrayBuffer.prototype, 'transferToFixedLength', {
    configurable: true,
    writable: true,
    value(this: ArrayBuffer, length: number = this.byteLength): ArrayBuffer {
      const copy = new ArrayBuffer(length);
      new Uint8Array(copy).set(new Uint8Array(this, 0, Math.min(length, this.byteLength)));
      return copy;
    },
  });
}
