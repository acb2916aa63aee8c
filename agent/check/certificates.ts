// Certificate expiry: every certificate the agent keeps in its state dir (its own client
// certificate and the controller's CA it pinned at enrollment), by file, whatever they are named.
// Expired or not yet valid is an error (the broker refuses the node); less than 14 days is a
// warning.
import { X509Certificate } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { result, type CheckResult } from './types.js';

export const WARN_DAYS = 14;
const MAX_FILE = 64 * 1024;
const MAX_FILES = 32;
const DAY = 86_400_000;

export interface CertInfo {
  file: string;
  subject: string;
  notBefore: string;
  notAfter: string;
  daysLeft: number;
}

/** `*.pem` and `*.crt` files in the state dir and one level below it. */
export function findCertificateFiles(stateDir: string): string[] {
  const out: string[] = [];
  const visit = (dir: string, depth: number): void => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const n of names) {
      if (out.length >= MAX_FILES) return;
      const p = join(dir, n);
      let st;
      try {
        st = statSync(p);
      } catch {
        continue;
      }
      if (st.isDirectory() && depth === 0) visit(p, 1);
      else if (st.isFile() && /\.(pem|crt)$/.test(n) && st.size <= MAX_FILE) out.push(p);
    }
  };
  visit(stateDir, 0);
  return out;
}

/** The first certificate in each file (a chain file is dated by its leaf). Files with none are skipped. */
export function readCertificates(files: readonly string[], nowMs: number): CertInfo[] {
  const out: CertInfo[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    const m = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.exec(text);
    if (!m) continue;
    const c = new X509Certificate(m[0]);
    const notAfter = Date.parse(c.validTo);
    out.push({
      file,
      subject: c.subject.replace(/\n/g, ', '),
      notBefore: new Date(Date.parse(c.validFrom)).toISOString(),
      notAfter: new Date(notAfter).toISOString(),
      daysLeft: Math.floor((notAfter - nowMs) / DAY),
    });
  }
  return out;
}

export function certificatesResult(stateDir: string | undefined, nowMs: number): CheckResult {
  if (!stateDir) return result('certificates', 'skip', 'no state dir configured');
  let certs: CertInfo[];
  try {
    certs = readCertificates(findCertificateFiles(stateDir), nowMs);
  } catch (err) {
    return result('certificates', 'error', `a certificate in ${stateDir} cannot be read: ${(err as Error).message}`);
  }
  if (certs.length === 0) return result('certificates', 'skip', `no certificate in ${stateDir} (this node has not enrolled with one)`);
  const details = { certificates: certs };
  const bad = certs.filter((c) => Date.parse(c.notAfter) <= nowMs || Date.parse(c.notBefore) > nowMs);
  if (bad.length > 0) {
    const words = bad.map((c) => `${c.file} (${c.subject}) ${Date.parse(c.notAfter) <= nowMs ? `expired ${c.notAfter}` : `not valid before ${c.notBefore}`}`);
    return result('certificates', 'error', `${words.join('; ')}: re-enroll the node (or fix the clock)`, details);
  }
  const soonest = certs.reduce((a, b) => (a.daysLeft <= b.daysLeft ? a : b));
  const head = `${certs.length} certificate${certs.length === 1 ? '' : 's'}; the first to expire is ${soonest.file} on ${soonest.notAfter.slice(0, 10)} (${soonest.daysLeft} days)`;
  if (soonest.daysLeft < WARN_DAYS) return result('certificates', 'warn', `${head}: renew it soon`, details);
  return result('certificates', 'ok', head, details);
}
