import { strict as assert } from 'node:assert';
import { RecentCache } from '../../src/core/entities/recentCache';

describe('RecentCache', () => {
  it('computes a key once, an undefined result included', () => {
    const cache = new RecentCache<string>(10);
    let calls = 0;
    const compute = (key: string): string | undefined => {
      calls++;
      return key === 'none' ? undefined : key.toUpperCase();
    };
    assert.equal(cache.get('abc', compute), 'ABC');
    assert.equal(cache.get('abc', compute), 'ABC');
    assert.equal(cache.get('none', compute), undefined);
    assert.equal(cache.get('none', compute), undefined);
    assert.equal(calls, 2);
  });

  it('is emptied whole when it holds its limit of keys', () => {
    const cache = new RecentCache<number>(2);
    let calls = 0;
    const compute = (key: string): number => {
      calls++;
      return key.length;
    };
    cache.get('a', compute);
    cache.get('bb', compute);
    cache.get('ccc', compute); // full: emptied, then ccc kept
    assert.equal(calls, 3);
    cache.get('ccc', compute);
    assert.equal(calls, 3);
    cache.get('a', compute); // forgotten when the cache was emptied
    assert.equal(calls, 4);
  });
});
