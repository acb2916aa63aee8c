// A TCP proxy in front of the controller's MQTT port that a test drives, for faults `tc netem`
// cannot make here: `hold` is a silent partition (connections stay open, every byte is dropped,
// so only keepalive can notice: a half-open link); `reset` kills every connection with an RST and
// refuses new ones; `pass` forwards, with optional latency per chunk. Only 127.0.0.1 is used.
// On a switch back to `pass`, held connections are reset: their streams lost bytes mid-packet,
// and a real healed partition would leave such a connection to die by keepalive anyway.
import { createConnection, createServer, type Server, type Socket } from 'node:net';

export type FaultMode = 'pass' | 'hold' | 'reset';

export interface FaultProxy {
  readonly port: number;
  mode(m: FaultMode, opts?: { latencyMs?: number }): void;
  /** Connections accepted so far (each reconnect of the agent is one). */
  readonly accepted: number;
  close(): Promise<void>;
}

interface Pair {
  client: Socket;
  upstream: Socket;
}

export async function startFaultProxy(targetPort: number, targetHost = '127.0.0.1'): Promise<FaultProxy> {
  let current: FaultMode = 'pass';
  let latencyMs = 0;
  let accepted = 0;
  const pairs = new Set<Pair>();

  const kill = (p: Pair): void => {
    p.client.resetAndDestroy();
    p.upstream.resetAndDestroy();
    pairs.delete(p);
  };
  const forward = (from: Socket, to: Socket): void => {
    from.on('data', (chunk: Buffer) => {
      if (current !== 'pass') return; // dropped on the floor, like iptables DROP
      if (latencyMs > 0) setTimeout(() => to.destroyed || to.write(chunk), latencyMs);
      else to.write(chunk);
    });
  };

  const server: Server = createServer((client) => {
    accepted++;
    if (current === 'reset') {
      client.resetAndDestroy();
      return;
    }
    client.setNoDelay(true);
    const upstream = createConnection({ host: targetHost, port: targetPort });
    upstream.setNoDelay(true);
    const p: Pair = { client, upstream };
    pairs.add(p);
    const drop = (): void => {
      if (!pairs.has(p)) return;
      pairs.delete(p);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
    forward(client, upstream);
    forward(upstream, client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;

  return {
    port,
    get accepted() {
      return accepted;
    },
    mode(m, opts = {}) {
      const was = current;
      current = m;
      latencyMs = opts.latencyMs ?? 0;
      if (m === 'reset' || (m === 'pass' && was === 'hold')) for (const p of [...pairs]) kill(p);
    },
    close() {
      for (const p of [...pairs]) kill(p);
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
