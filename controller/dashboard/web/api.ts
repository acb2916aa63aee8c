// The page's only way to the controller: fetch with the bearer token from this tab's
// sessionStorage (never a URL, never localStorage), and the live stream read with fetch too,
// because EventSource cannot send an Authorization header.
const TOKEN_KEY = 'edgefleet.token';

export class Unauthorized extends Error {}

export function token(): string | null {
  return sessionStorage.getItem(TOKEN_KEY);
}

export function setToken(t: string | null): void {
  if (t === null) sessionStorage.removeItem(TOKEN_KEY);
  else sessionStorage.setItem(TOKEN_KEY, t);
}

export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const res = await fetch(path, { headers: { authorization: `Bearer ${token() ?? ''}`, accept: 'application/json' }, signal: signal ?? null });
  if (res.status === 401) throw new Unauthorized('the token was refused');
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new Error(body?.error?.message ?? `${path}: HTTP ${res.status}`);
  }
  return (await res.json()) as T;
}

export interface StreamHandlers {
  onOpen(): void;
  onEvent(name: string, data: unknown): void;
  onClose(err: unknown): void;
}

/**
 * Reads text/event-stream from `path` until it ends or `signal` aborts. Parses the fields this
 * controller sends (event, data); comment lines (heartbeats) are skipped.
 */
export async function readStream(path: string, h: StreamHandlers, signal: AbortSignal): Promise<void> {
  try {
    const res = await fetch(path, { headers: { authorization: `Bearer ${token() ?? ''}`, accept: 'text/event-stream' }, signal, cache: 'no-store' });
    if (res.status === 401) throw new Unauthorized('the token was refused');
    if (!res.ok || !res.body) throw new Error(`stream: HTTP ${res.status}`);
    h.onOpen();
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    let buf = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buf += value;
      let cut: number;
      while ((cut = buf.indexOf('\n\n')) >= 0) {
        const block = buf.slice(0, cut);
        buf = buf.slice(cut + 2);
        let name = 'message';
        const data: string[] = [];
        for (const line of block.split('\n')) {
          if (line.startsWith('event:')) name = line.slice(6).trim();
          else if (line.startsWith('data:')) data.push(line.slice(5).trimStart());
        }
        if (data.length > 0) h.onEvent(name, JSON.parse(data.join('\n')) as unknown);
      }
    }
    h.onClose(null);
  } catch (err) {
    h.onClose(err);
  }
}
