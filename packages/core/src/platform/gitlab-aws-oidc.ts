/**
 * Writes the OIDC token of `id_tokens` where the AWS SDK of the `ecr-login` credential helper
 * reads it, and points the Docker config at that helper for the repository's registry. The same
 * line is in every template; it does nothing unless `AWS_ROLE_ARN` is set.
 */
export const AWS_OIDC_SETUP =
  'if [ -n "${AWS_ROLE_ARN:-}" ]; then export AWS_WEB_IDENTITY_TOKEN_FILE="${TMPDIR:-/tmp}/hephy-oidc-token" DOCKER_CONFIG="${TMPDIR:-/tmp}/hephy-docker"; printf %s "$HEPHY_OIDC_TOKEN" > "$AWS_WEB_IDENTITY_TOKEN_FILE"; mkdir -p "$DOCKER_CONFIG"; printf \'{"credHelpers":{"%s":"ecr-login"}}\' "${INPUT_REPOSITORY%%/*}" > "$DOCKER_CONFIG/config.json"; fi';

/** A child job's OIDC token for AWS (`id_tokens`) and the ecr-login set-up; nothing without a role. */
export function awsOidc(roleArn: string, audience: string): Record<string, unknown> {
  if (!roleArn) return {};
  return {
    id_tokens: {HEPHY_OIDC_TOKEN: {aud: audience}},
    before_script: [AWS_OIDC_SETUP],
  };
}
