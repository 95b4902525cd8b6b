/** A registry login the CI job itself was handed (GitLab's `CI_REGISTRY_USER` for `CI_REGISTRY`). */
export interface RegistryLogin {
  host: string;
  username: string;
  password: string;
}
