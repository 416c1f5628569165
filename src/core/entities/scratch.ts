// Work arrays reused from one call to the next. A typed array made for every article costs more
// than the counting it serves (its memory is allocated outside the heap, then freed by the
// collector); a function that is never re-entered and keeps no reference to its work array after
// it returns can borrow one of these instead. Each call site owns its own instance, and the
// memory kept is that of the longest text seen (a few bytes per token).

/** A zeroed Int32Array of a given length, backed by memory reused from call to call. */
export class ReusedInt32Array {
  private data = new Int32Array(256);

  /** `length` zeros; the previous borrow's contents are gone. */
  zeros(length: number): Int32Array {
    if (this.data.length < length) this.data = new Int32Array(Math.max(length, 2 * this.data.length));
    else this.data.fill(0, 0, length);
    return this.data.subarray(0, length);
  }
}

/** A zeroed Uint8Array of a given length, backed by memory reused from call to call. */
export class ReusedUint8Array {
  private data = new Uint8Array(1024);

  /** `length` zeros; the previous borrow's contents are gone. */
  zeros(length: number): Uint8Array {
    if (this.data.length < length) this.data = new Uint8Array(Math.max(length, 2 * this.data.length));
    else this.data.fill(0, 0, length);
    return this.data.subarray(0, length);
  }
}
