// Keeps a Mosquitto's password file in step with enrollment, from inside the controller: when a
// node enrolls (its secret is at hand only then) its mosquitto_passwd hash is kept in
// <dataDir>/broker/nodes.passwd; when it is removed the hash goes. With --mosquitto-dir the
// controller then rewrites <dir>/passwd (the controller's line and every node's) and, with
// --mosquitto-pid-file, sends SIGHUP so mosquitto reloads it without dropping anyone.
// `edgefleet broker config mosquitto` writes the same passwd from the same files, so either may run.
// A failed rewrite or signal is logged with what to do, never thrown: enrollment itself succeeded,
// and the node's credentials are on record for the next refresh.
import type { Logger } from 'pino';
import { mosquittoPasswd, mosquittoPasswordHash } from './mosquitto-config.js';
import { ensureControllerPassword, forgetNodeSecret, readNodeHashes, recordNodeSecret, signalReload, writeMosquittoFiles } from './mosquitto-files.js';

export interface MosquittoSyncOptions {
  dataDir: string;
  /** Where mosquitto reads passwd (as written by `broker config mosquitto --out-dir`); null: only record hashes. */
  dir: string | null;
  pidFile: string | null;
  controllerUsername: string;
  /** Group owning passwd, as the CLI's --group. */
  group?: string | null;
  logger: Logger;
}

export class MosquittoSync {
  private readonly log: Logger;

  constructor(private readonly opts: MosquittoSyncOptions) {
    this.log = opts.logger.child({ component: 'mosquitto-sync' });
  }

  nodeEnrolled(nodeId: string, secret: string): void {
    try {
      recordNodeSecret(this.opts.dataDir, nodeId, secret);
    } catch (err) {
      this.log.error({ err, node: nodeId }, 'could not record the node for Mosquitto; it cannot log in there until it enrolls again');
      return;
    }
    this.refresh(`node ${nodeId} enrolled`);
  }

  nodeRemoved(nodeId: string): void {
    let had: boolean;
    try {
      had = forgetNodeSecret(this.opts.dataDir, nodeId);
    } catch (err) {
      this.log.error({ err, node: nodeId }, 'could not drop the node from the Mosquitto records: fix <data-dir>/broker/nodes.passwd');
      return;
    }
    if (had) this.refresh(`node ${nodeId} removed`);
  }

  /** Rewrites <dir>/passwd and signals mosquitto; returns false when something failed (logged). */
  refresh(why: string): boolean {
    const { dir, pidFile } = this.opts;
    if (!dir) return true;
    try {
      const nodes = readNodeHashes(this.opts.dataDir);
      const controller = ensureControllerPassword(this.opts.dataDir);
      const passwd = mosquittoPasswd({ username: this.opts.controllerUsername, passwordHash: mosquittoPasswordHash(controller.password) }, nodes);
      writeMosquittoFiles(dir, { passwd }, this.opts.group === undefined ? 'mosquitto' : this.opts.group);
      const pid = pidFile ? signalReload(pidFile) : null;
      this.log.info({ why, nodes: nodes.size, dir, pid }, pid === null ? "rewrote Mosquitto's password file (no --mosquitto-pid-file: reload mosquitto yourself)" : "rewrote Mosquitto's password file and signalled mosquitto");
      return true;
    } catch (err) {
      this.log.error({ err, why, dir, pidFile }, "could not refresh Mosquitto's password file: run `edgefleet broker config mosquitto --out-dir ... --reload-pid-file ...`");
      return false;
    }
  }
}
