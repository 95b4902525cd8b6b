/** What we authenticate with at one registry host. */
export type Credential =
  /** A user name and password (or an access token used as one). */
  | {kind: 'basic'; username: string; password: string}
  /** An identity (refresh) token from `docker login` with OAuth: exchanged with grant_type=refresh_token. */
  | {kind: 'identity'; username: string; token: string}
  /** A ready bearer token (`registrytoken` in config.json). */
  | {kind: 'bearer'; token: string};

/** A credential and where it came from, for messages ("from the password input"); never the secret. */
export interface ResolvedCredential {
  credential: Credential;
  source: string;
}

/** The secret parts of a credential, to register with the log masker the moment they are read. */
export function credentialSecrets(credential: Credential): string[] {
  switch (credential.kind) {
    case 'basic':
      return [credential.password, `${credential.username}:${credential.password}`];
    case 'identity':
    case 'bearer':
      return [credential.token];
  }
}
