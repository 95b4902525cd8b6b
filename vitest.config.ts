import {defineConfig} from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', './test/helpers/summary-reporter.ts'],
    unstubEnvs: true,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          setupFiles: ['test/helpers/setup-unit.ts'],
          unstubEnvs: true,
        },
      },
      {
        // Real parts: registries, git daemons, buildah, the bundles started as a runner would.
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts', 'test/e2e/**/*.test.ts'],
          testTimeout: 600_000,
          hookTimeout: 300_000,
          pool: 'forks',
          unstubEnvs: true,
          // @actions/workflow-parser imports its JSON schema without `with {type: 'json'}`, which
          // Node refuses; bundled by vite's optimizer first, it loads.
          deps: {optimizer: {ssr: {enabled: true, include: ['@actions/workflow-parser']}}},
        },
      },
    ],
  },
});
