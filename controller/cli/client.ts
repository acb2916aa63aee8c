// The CLI's HTTP client. Server from --server, EDGEFLEET_SERVER, or the local default.
export const DEFAULT_SERVER = 'http://127.0.0.1:8080';

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly problems: { path?: string; message?: string; doc?: number }[] = [],
  ) {
    super(message);
  }
}

export function resolveServer(flag: string | undefined): string {
  return (flag ?? process.env.EDGEFLEET_SERVER ?? DEFAULT_SERVER).replace(/\/+$/, '');
}

export async function api<T>(server: string, method: string, path: string, body?: { text: string; type: string }): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`${server}${path}`, {
      method,
      headers: body ? { 'content-type': body.type } : {},
      body: body?.text,
    });
  } catch (cause) {
    throw new ApiError(0, 'EF_CLI_UNREACHABLE', `cannot reach the controller at ${server} (${String((cause as Error).cause ?? cause)}); is it running? (--server or EDGEFLEET_SERVER)`);
  }
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : {};
  } catch {
    throw new ApiError(res.status, 'EF_CLI_BAD_RESPONSE', `the controller answered ${res.status} with something that is not JSON`);
  }
  if (!res.ok) {
    const e = (json as { error?: { code?: string; message?: string; problems?: ApiError['problems'] } }).error;
    throw new ApiError(res.status, e?.code ?? `HTTP_${res.status}`, e?.message ?? text.slice(0, 500), e?.problems ?? []);
  }
  return json as T;
}
