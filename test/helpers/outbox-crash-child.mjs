// Child process for test/integration/outbox-crash.test.ts: opens the built outbox in DIR and
// works it hard (appends, flushes, peeks a batch, "sends" it, acks it) until it is killed.
// Every line is one synchronous write(2) to the pipe, shorter than PIPE_BUF, so a SIGKILL never
// leaves half a line; a line is written only after the step it reports has returned.
//
//   node outbox-crash-child.mjs DIR MODE SEED     MODE: plain | pressure | drain
import { Buffer } from 'node:buffer';
import { writeSync } from 'node:fs';
import process from 'node:process';
import { Outbox } from '../../dist/agent/outbox/outbox.js';

const [dir, mode = 'plain', seedArg = '1'] = process.argv.slice(2);
const say = (o) => writeSync(1, `${JSON.stringify(o)}\n`);
let seed = Number(seedArg) >>> 0 || 1;
const rand = () => {
  // xorshift32: a reproducible run for a given seed
  seed ^= seed << 13;
  seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  seed >>>= 0;
  return seed / 2 ** 32;
};
const log = (level) => (obj, msg) => say({ t: 'LOG', level, msg, reason: obj?.reason });
const logger = { info: () => undefined, warn: log('warn'), error: log('error') };
const pressure = mode === 'pressure';
const box = Outbox.open({ dir, maxBytes: pressure ? 24 * 1024 : 64 * 1024 * 1024, segmentBytes: pressure ? 1024 : 16 * 1024, logger });
const bootId = `boot-${seedArg}`;
const STREAMS = ['telemetry', 'events'];

const head = {};
for (const s of STREAMS) {
  head[s] = box.peek(s, 1, 1e9)[0]?.id ?? null;
  box.peek(s, 0, 0); // clear the in-flight mark
}
say({ t: 'OPEN', head, records: box.stats().records });

function sendBatch(stream) {
  const batch = box.peek(stream, 1 + Math.floor(rand() * 20), 1e9);
  if (batch.length === 0) return false;
  const last = batch[batch.length - 1].id;
  say({ t: 'SEND', stream, ids: batch.map((r) => r.id), p: batch.map((r) => Buffer.from(r.payload).toString()), dropped: box.pendingDropped(stream, last) });
  box.ack(stream, last);
  say({ t: 'ACKED', stream, upTo: last });
  return true;
}

if (mode === 'drain') {
  for (const s of STREAMS) while (sendBatch(s));
  say({ t: 'DONE', stats: box.stats() });
  box.close();
  process.exit(0);
}

let n = 0;
const first = {};
const lastId = {};
for (;;) {
  const appends = 1 + Math.floor(rand() * 8);
  for (let i = 0; i < appends; i++) {
    const stream = rand() < 0.7 ? 'telemetry' : 'events';
    const size = pressure ? 40 + Math.floor(rand() * 200) : 10 + Math.floor(rand() * 60);
    const id = box.append(stream, bootId, Buffer.from(`${bootId}/${n++}/`.padEnd(size, 'x')));
    lastId[stream] = id;
    if (first[stream] === undefined) {
      first[stream] = id;
      say({ t: 'FIRST', stream, id });
    }
  }
  if (rand() < 0.5) {
    if (box.flush()) say({ t: 'FLUSHED', upTo: lastId });
  }
  // Send less than is appended under pressure, so the budget is hit and thinning runs.
  if (rand() < (pressure ? 0.3 : 0.6)) sendBatch(STREAMS[rand() < 0.6 ? 0 : 1]);
}
