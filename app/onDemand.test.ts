import { describe, expect, it } from 'vitest';
import { onDemand } from './onDemand.ts';

describe('onDemand', () => {
  it('loads once, however often it is asked, and keeps what arrived', async () => {
    let imports = 0;
    const code = onDemand(async () => ({ n: ++imports }));
    expect(code.loaded()).toBeUndefined();
    const [a, b] = await Promise.all([code.load(), code.load()]);
    expect(a).toBe(b);
    expect(await code.load()).toBe(a);
    expect(code.loaded()).toBe(a);
    expect(imports).toBe(1);
  });

  it('after a failure, the next attempt imports again', async () => {
    let attempts = 0;
    const code = onDemand(async () => {
      attempts++;
      if (attempts === 1) throw new Error('chunk missing');
      return 'module';
    });
    await expect(code.load()).rejects.toThrow('chunk missing');
    expect(code.loaded()).toBeUndefined();
    expect(await code.load()).toBe('module');
    expect(attempts).toBe(2);
  });
});
