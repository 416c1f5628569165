// What a word or a name gives, kept for the keys seen lately: words and names repeat within and
// across articles. The cache is emptied whole when full, which bounds its memory on a long run
// at no bookkeeping per lookup.

/** Values computed once per key, `undefined` results included; emptied whole at `limit` keys. */
export class RecentCache<V> {
  private readonly values = new Map<string, V | null>();

  constructor(private readonly limit: number) {}

  /** The value of `key`, computed by `compute` the first time since the cache was last emptied. */
  get(key: string, compute: (key: string) => V | undefined): V | undefined {
    let value = this.values.get(key);
    if (value === undefined) {
      value = compute(key) ?? null;
      if (this.values.size >= this.limit) this.values.clear();
      this.values.set(key, value);
    }
    return value ?? undefined;
  }
}
