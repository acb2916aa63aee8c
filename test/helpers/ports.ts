// A TCP port that was free a moment ago on `host` (127.0.0.1 unless a test binds elsewhere, such as
// the host end of a veth pair): for processes that must be told their port up front, or that must
// come back on the same one after a restart. Anything that can listen on port 0 should do that.
import { createServer } from 'node:net';

export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, host, () => {
      const a = s.address();
      const port = typeof a === 'object' && a ? a.port : 0;
      s.close(() => (port > 0 ? resolve(port) : reject(new Error(`no port from the kernel on ${host}`))));
    });
  });
}
