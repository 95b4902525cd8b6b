import {parseRepository} from '../../packages/core/src/registry/reference.js';
import type {Reference} from '../../packages/core/src/shared/reference.js';

/**
 * Step inputs a test writes by hand, with `target` parsed from their `repository` as
 * checkRegistryInputs parses it where the inputs are read.
 */
export function withParsedTarget<T extends {repository: string}>(inputs: T): T & {target: Reference} {
  return {...inputs, target: parseRepository(inputs.repository)};
}
