import {platformInputs} from '../../inputs/read.js';
import type {Platform} from '../../platform/platform.js';
import {DEFAULT_SOURCES_ARTIFACT} from '../common/handoff.js';
import {DEFAULT_ALLOW_PROTOCOLS, parseAllowProtocols, type GitProtocol} from '../../source/url.js';

export interface CloneUpstreamInputs {
  /** The `dirs` input as given ('' = `<outputDir>/dirs.txt`). */
  dirs: string;
  /** The repository root holding the image directories. */
  root: string;
  allowProtocols: GitProtocol[];
  outputDir: string;
  /** The GitHub artifact the archives travel in. */
  artifactName: string;
}

export function readCloneUpstreamInputs(platform: Platform): CloneUpstreamInputs {
  const input = platformInputs(platform);
  return {
    dirs: input.string('dirs'),
    root: input.string('root', '.'),
    allowProtocols: parseAllowProtocols(input.list('allow-protocols', DEFAULT_ALLOW_PROTOCOLS)),
    outputDir: input.string('output-dir', '.'),
    artifactName: input.stringOrOff('artifact-name', DEFAULT_SOURCES_ARTIFACT),
  };
}
