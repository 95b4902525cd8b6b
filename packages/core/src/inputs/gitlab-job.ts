/**
 * The inputs a GitLab component has for its job rather than its step (the stage, the runner image
 * and where the bundles are in it, runner tags, OIDC for ECR). They are written by hand in each
 * template; every other `spec:inputs` entry is a step input, generated from the step's table.
 */
export const GITLAB_JOB_INPUTS: readonly string[] = [
  'stage',
  'job-prefix',
  'image',
  'image-repository',
  'dist-dir',
  'runner-tag',
  'amd64-runner-tag',
  'aws-role-arn',
  'oidc-audience',
];
