// Who is connecting: the one contract between broker authentication (the embedded aedes hooks, the
// HTTP auth endpoint for brokers that delegate auth, the generated Mosquitto configuration) and the
// enrollment/identity code that knows which nodes exist. A node's identity is its node id: the
// Common Name of its client certificate on TLS listeners, or the username (equal to the client id)
// with the per-node secret it received at enrollment on the loopback plaintext listener. Anonymous
// clients are always refused.
export interface ClientCredentials {
  clientId: string;
  username?: string;
  password?: Buffer;
  /** CN of a client certificate the TLS layer already verified against the controller's CA. */
  certificateCommonName?: string;
  /** Serial (hex) of that certificate: a re-enrolled node's older certificate is refused. */
  certificateSerial?: string;
  transport: 'tls' | 'tcp';
  remoteAddress?: string;
}

export type AuthDecision =
  | { allow: true; nodeId: string; role: 'node' | 'controller' }
  | { allow: false; reason: string };

export interface ClientAuthenticator {
  authenticate(c: ClientCredentials): AuthDecision;
}
