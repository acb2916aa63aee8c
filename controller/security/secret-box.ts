// Secret values at rest: AES-256-GCM with a random 96-bit IV per value, under a key kept in
// <dataDir>/secret.key (0600, created on first start, never logged). A sealed value is text,
// "efs1:" + base64url(iv | tag | ciphertext), so it fits in the JSON bodies SQLite stores; a
// sealed blob (a desired-state payload) is the same bytes behind a 4-byte magic.
//
// What it protects: a copy of controller.db (a backup, a stolen disk image without the key file,
// a support bundle) does not reveal secret env values. What it does not: someone who can read
// the data dir reads secret.key too, as they can read admin.token.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ControllerError } from '../errors.js';

export const SECRET_KEY_FILE = 'secret.key';
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const TEXT_PREFIX = 'efs1:';
const BLOB_MAGIC = Buffer.from('EFS1');

export interface SecretBox {
  /** Text -> "efs1:..." (a fresh IV every time). */
  seal(plain: string): string;
  /** "efs1:..." -> text; throws EF_CTL_STORE_FAILED on a wrong key or tampered value. */
  open(sealed: string): string;
  isSealed(value: string): boolean;
  sealBytes(plain: Uint8Array): Uint8Array;
  /** Bytes without the magic are returned as they are (stored before encryption existed). */
  openBytes(stored: Uint8Array): Uint8Array;
}

/** Reads the key, creating it (0600; the dir 0700) on first start. */
export function ensureSecretKey(dataDir: string): Buffer {
  const file = join(dataDir, SECRET_KEY_FILE);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  try {
    // 'wx': never overwrite a key another process wrote first (it would orphan every sealed value).
    writeFileSync(file, `${randomBytes(KEY_BYTES).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') {
      throw new ControllerError('EF_CTL_STORE_FAILED', `cannot write the secret key ${file}: ${String(err)}`, { cause: err });
    }
  }
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  const key = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
  if (key.length !== KEY_BYTES) {
    throw new ControllerError(
      'EF_CTL_CONFIG_INVALID',
      `the secret key in ${file} is not ${KEY_BYTES} bytes of base64; restore it from backup (deleting it makes stored secrets unreadable)`,
    );
  }
  return key;
}

export function secretBox(key: Buffer): SecretBox {
  const sealRaw = (plain: Buffer): Buffer => {
    const iv = randomBytes(IV_BYTES);
    const c = createCipheriv('aes-256-gcm', key, iv);
    const body = Buffer.concat([c.update(plain), c.final()]);
    return Buffer.concat([iv, c.getAuthTag(), body]);
  };
  const openRaw = (raw: Buffer): Buffer => {
    if (raw.length < IV_BYTES + TAG_BYTES) throw bad('too short');
    try {
      const d = createDecipheriv('aes-256-gcm', key, raw.subarray(0, IV_BYTES));
      d.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      return Buffer.concat([d.update(raw.subarray(IV_BYTES + TAG_BYTES)), d.final()]);
    } catch (cause) {
      throw bad('wrong key or tampered value', cause);
    }
  };
  return {
    seal: (plain) => TEXT_PREFIX + sealRaw(Buffer.from(plain, 'utf8')).toString('base64url'),
    open: (sealed) => {
      if (!sealed.startsWith(TEXT_PREFIX)) throw bad('not a sealed value');
      return openRaw(Buffer.from(sealed.slice(TEXT_PREFIX.length), 'base64url')).toString('utf8');
    },
    isSealed: (v) => v.startsWith(TEXT_PREFIX),
    sealBytes: (plain) => Buffer.concat([BLOB_MAGIC, sealRaw(Buffer.from(plain))]),
    openBytes: (stored) => {
      const b = Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength);
      if (b.length < BLOB_MAGIC.length || !b.subarray(0, BLOB_MAGIC.length).equals(BLOB_MAGIC)) return stored;
      return new Uint8Array(openRaw(b.subarray(BLOB_MAGIC.length)));
    },
  };
}

function bad(why: string, cause?: unknown): ControllerError {
  return new ControllerError('EF_CTL_STORE_FAILED', `cannot decrypt a stored secret (${why}): is ${SECRET_KEY_FILE} the one this store was written with?`, { cause });
}
