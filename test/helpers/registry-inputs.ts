import type {BuildArchInputs} from '../../packages/core/src/steps/build-arch/inputs.js';
import {parseRepository} from '../../packages/core/src/registry/reference.js';
import type {Reference} from '../../packages/core/src/shared/reference.js';

/**
 * Step inputs a test writes by hand, with `target` parsed from their `repository` as
 * checkRegistryInputs parses it where the inputs are read.
 */
export function withParsedTarget<T extends {repository: string}>(inputs: T): T & {target: Reference} {
  return {...inputs, target: parseRepository(inputs.repository)};
}

/**
 * build-arch's inputs for a test that builds with buildah: the table's defaults where a test has
 * no reason to differ, the repository parsed, and what the test names on top.
 */
export function buildArchInputs(
  given: Pick<BuildArchInputs, 'repository' | 'root' | 'outputDir'> & Partial<BuildArchInputs>,
): BuildArchInputs {
  return withParsedTarget({
    arch: 'amd64',
    naming: 'tag-prefix',
    backend: 'buildah',
    date: '20250101',
    dirs: '',
    only: [],
    push: true,
    cache: '',
    insecureRegistries: [],
    username: '',
    password: '',
    artifactName: 'hephy-sources',
    buildArgEnv: [],
    jobs: 0,
    reuse: true,
    ...given,
  });
}
