// What the embedded broker accepts while no enrollment exists: any client whose id is a valid node
// id, without credentials (acl.ts canConnect). The HTTP auth endpoint uses it too until the
// controller is given a real ClientAuthenticator, so both brokers accept the same clients.
import { canConnect } from './acl.js';
import type { AuthDecision, ClientAuthenticator, ClientCredentials } from './auth-port.js';

export class IdOnlyAuthenticator implements ClientAuthenticator {
  authenticate(c: ClientCredentials): AuthDecision {
    const d = canConnect(c.clientId);
    return d.allow ? { allow: true, nodeId: c.clientId, role: 'node' } : d;
  }
}
