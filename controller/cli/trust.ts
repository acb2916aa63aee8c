// The CA the CLI trusts for an https:// controller besides the system's roots: --ca FILE or
// EDGEFLEET_CA, usually the controller's own CA (<data-dir>/pki/ca.crt, copied to the operator's
// machine). NODE_EXTRA_CA_CERTS keeps working; this needs no process-wide setting.
import { X509Certificate } from 'node:crypto';
import { request } from 'node:https';
import { Readable } from 'node:stream';
import { rootCertificates } from 'node:tls';

/** A CA bundle is a few KiB; anything near this is not one. */
export const MAX_CA_FILE_CHARS = 1024 * 1024;
const PEM_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;
const WHERE_CA = "the controller's CA is <data-dir>/pki/ca.crt on its machine";

/** Validates PEM text holding one or more CA certificates; returns them, normalised. `where` names the source in errors. */
export function parseCaBundle(text: string, where: string): string {
  if (text.length > MAX_CA_FILE_CHARS) throw new Error(`${where} is larger than ${MAX_CA_FILE_CHARS} characters; expected a PEM CA certificate (${WHERE_CA})`);
  const blocks = text.match(PEM_BLOCK) ?? [];
  if (blocks.length === 0) throw new Error(`${where} holds no PEM certificate (-----BEGIN CERTIFICATE-----); expected a CA certificate (${WHERE_CA})`);
  for (const [i, pem] of blocks.entries()) {
    let cert: X509Certificate;
    try {
      cert = new X509Certificate(pem);
    } catch (err) {
      throw new Error(`${where}: certificate ${i + 1} is not a valid X.509 certificate (${(err as Error).message})`, { cause: err });
    }
    if (!cert.ca) throw new Error(`${where}: certificate ${i + 1} (${cert.subject.replace(/\n/g, ', ')}) is not a CA certificate; pass the CA that signed the controller's certificate (${WHERE_CA})`);
  }
  return `${blocks.join('\n')}\n`;
}

/** OpenSSL's verdicts on a server certificate that no trusted CA vouches for (or another CA of the same name signed). */
const UNTRUSTED = new Set(['SELF_SIGNED_CERT_IN_CHAIN', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'UNABLE_TO_GET_ISSUER_CERT', 'CERT_UNTRUSTED', 'CERT_SIGNATURE_FAILURE']);

/** The error a failed request gave (fetch wraps it in `cause`), described with what to do about it. */
export function describeRequestError(server: string, err: unknown): string {
  const inner = (err as { cause?: unknown }).cause ?? err;
  const code = (inner as { code?: unknown }).code;
  if (typeof code === 'string' && UNTRUSTED.has(code)) {
    return `the controller at ${server} presented a certificate this machine does not trust (${code}); pass its CA with --ca FILE or EDGEFLEET_CA (${WHERE_CA})`;
  }
  return `cannot reach the controller at ${server} (${String(inner)}); is it running? (--server or EDGEFLEET_SERVER)`;
}

export interface CliRequest {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  signal?: AbortSignal;
}

/**
 * fetch(), except that an https:// URL with `ca` trusts that CA besides the system's roots. The
 * global fetch takes no CA, so that case goes through node:https and is handed back as a Response.
 */
export function cliFetch(url: string, init: CliRequest, ca: string | undefined): Promise<Response> {
  if (!ca || !url.startsWith('https:')) return fetch(url, init);
  return new Promise((resolve, reject) => {
    const req = request(url, { method: init.method ?? 'GET', headers: init.headers, ca: [...rootCertificates, ca], signal: init.signal }, (res) => {
      const status = res.statusCode ?? 0;
      if (status < 200 || status > 599) {
        res.destroy();
        reject(new Error(`unexpected HTTP status ${status} from ${url}`));
        return;
      }
      const headers = new Headers();
      for (const [k, v] of Object.entries(res.headers)) for (const x of v === undefined ? [] : Array.isArray(v) ? v : [v]) headers.append(k, x);
      const noBody = status === 204 || status === 205 || status === 304;
      if (noBody) res.resume();
      const body = noBody ? null : (Readable.toWeb(res) as unknown as ReadableStream<Uint8Array>);
      resolve(new Response(body, { status, statusText: res.statusMessage ?? '', headers }));
    });
    req.on('error', reject);
    req.end(init.body);
  });
}
