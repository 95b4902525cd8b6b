/** The keys of build-config.yaml v1, per mapping. The JSON Schema and the docs list the same. */
export const TOP_LEVEL_KEYS = [
  'use_local_context',
  'upstream_repo',
  'upstream_ref',
  'upstream_submodules',
  'dockerfile_path',
  'context_path',
  'target',
  'targets',
  'build_args',
  'platforms',
  'additional_tags',
  'build_backend',
  'ko_config',
  'spin_config',
  'manual_build',
  'manual_images',
  'depends_on',
  'cache',
] as const;

export const TARGET_KEYS = ['name', 'target', 'additional_tags'] as const;
export const KO_CONFIG_KEYS = [
  'import_path',
  'base_image',
  'env',
  'ldflags',
  'platforms',
  'working_dir',
] as const;
export const SPIN_CONFIG_KEYS = ['manifest'] as const;
