// Bounds every source call. A source that hangs (statfs of a dead hard-mounted NFS share, a
// sensor behind a wedged i2c bus) would otherwise hold the reading in flight forever: every later
// tick skipped, stop() never resolving. Here a call that outlives its timeout fails, and the
// source is not called again until that call settles, so a stuck source cannot pile blocked calls
// onto libuv's four thread-pool threads (which every fs call of the agent shares).

export class SourceTimeoutError extends Error {
  override readonly name = 'SourceTimeoutError';
}

export class SourceGuard<K extends string> {
  private readonly pending = new Map<K, Promise<unknown>>();

  constructor(private readonly timeoutMs: number) {}

  call<T>(source: K, fn: () => Promise<T>): Promise<T> {
    if (this.pending.has(source)) {
      return Promise.reject(new SourceTimeoutError(`${source}: an earlier call has not returned yet`));
    }
    let p: Promise<T>;
    try {
      p = fn();
    } catch (err) {
      return Promise.reject(err);
    }
    this.pending.set(source, p);
    const settle = (): void => {
      if (this.pending.get(source) === p) this.pending.delete(source);
    };
    p.then(settle, settle);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new SourceTimeoutError(`${source}: no answer within ${this.timeoutMs} ms`)), this.timeoutMs);
      timer.unref();
    });
    return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
  }
}
