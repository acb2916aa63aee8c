// The CLI's HTTP client. Server and token: see credentials.ts.
import { DEFAULT_SERVER, resolveTarget, unauthorizedHint, type ApiTarget } from './credentials.js';
import { cliFetch, describeRequestError } from './trust.js';

export { DEFAULT_SERVER, resolveTarget, type ApiTarget };

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
  return resolveTarget({ server: flag }).server;
}

/** A bare server URL gets its token the usual way (EDGEFLEET_TOKEN, config file, local data dir). */
export async function api<T>(to: ApiTarget | string, method: string, path: string, body?: { text: string; type: string }): Promise<T> {
  const target = typeof to === 'string' ? resolveTarget({ server: to }) : to;
  const server = target.server;
  let res: Response;
  try {
    res = await cliFetch(
      `${server}${path}`,
      {
        method,
        headers: {
          ...(body ? { 'content-type': body.type } : {}),
          ...(target.token ? { authorization: `Bearer ${target.token}` } : {}),
        },
        ...(body ? { body: body.text } : {}),
      },
      target.ca,
    );
  } catch (cause) {
    throw new ApiError(0, 'EF_CLI_UNREACHABLE', describeRequestError(server, cause));
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
    if (res.status === 401) throw new ApiError(401, e?.code ?? 'HTTP_401', `${e?.message ?? 'unauthorized'}: ${unauthorizedHint(target)}`);
    throw new ApiError(res.status, e?.code ?? `HTTP_${res.status}`, e?.message ?? text.slice(0, 500), e?.problems ?? []);
  }
  return json as T;
}
