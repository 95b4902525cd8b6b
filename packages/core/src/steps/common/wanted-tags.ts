import {expandVariables, isSecretName, variableNames} from '../../config/variables.js';
import {UserError, UserErrors} from '../../errors.js';
import {extraTagRef, type TaggedReference, type TagScheme} from '../../plan/names.js';
import {TAG_PATTERN} from '../../shared/reference.js';
import {formatReference} from '../../registry/reference.js';
import type {PlannedImage} from '../../plan/types.js';
import type {Env, SourceLocation} from '../../ports.js';

/** One extra tag of one image, expanded and checked. */
export interface WantedTag {
  image: string;
  /** As written (`latest`, `${CI_PIPELINE_IID}`). */
  written: string;
  /** `registry/path:curl-latest` (or `registry/path/curl:latest`). */
  reference: string;
  /** The same, parsed. */
  ref: TaggedReference;
}

/** Where a config's tag was written: `additional_tags[i]` or `targets[j].additional_tags[i]`. */
function tagLocation(image: PlannedImage, tag: string): {location: SourceLocation; field: string} {
  const {config} = image;
  const candidates = [
    ...config.additionalTags.map((t, i) => [t, `additional_tags[${i}]`] as const),
    ...config.targets.flatMap((target, j) =>
      image.image === `${config.name}-${target.name}`
        ? target.additionalTags.map((t, i) => [t, `targets[${j}].additional_tags[${i}]`] as const)
        : [],
    ),
  ];
  const field = candidates.find(([t]) => t === tag)?.[1] ?? 'additional_tags';
  const at = config.positions[field];
  return {location: {file: config.file, ...(at ? {line: at.line, column: at.column} : {})}, field};
}

/**
 * Every extra tag of every image: the config's `additional_tags` (and its target's) and the
 * `tags` input, `${VAR}` expanded, each checked to make a valid tag. Problems are collected so
 * that a run with one bad tag fails before the first write, naming every bad line.
 */
export function wantedTags(
  images: readonly PlannedImage[],
  extra: readonly string[],
  scheme: TagScheme,
  env: Env,
): WantedTag[] {
  const problems: UserError[] = [];
  const wanted = new Map<string, WantedTag>();
  for (const image of images) {
    const written = [
      ...image.additionalTags.map((tag) => ({tag, ...tagLocation(image, tag)})),
      ...extra.map((tag) => ({tag, location: undefined, field: 'input tags'})),
    ];
    for (const {tag, location, field} of written) {
      // Unlike a build arg, an unset variable is an error: an empty tag part is never meant.
      // A tag is public: it never reads a secret (`${CI_JOB_TOKEN}` would be pushed as a name).
      const secret = variableNames(tag).filter(isSecretName);
      const missing: string[] = [];
      const value = secret.length ? '' : expandVariables(tag, env, (name) => missing.push(name));
      const ref = extraTagRef(scheme, image.image, value);
      const problem = secret.length
        ? `"${tag}" uses ${secret.map((m) => `\${${m}}`).join(', ')}, which looks like a secret (a step input, a runner variable, or a name with TOKEN, PASSWORD, SECRET, KEY, AUTH, ...): a tag never reads one`
        : missing.length
          ? `"${tag}" uses ${missing.map((m) => `\${${m}}`).join(', ')}, which ${missing.length > 1 ? 'are' : 'is'} not set in the environment`
          : !TAG_PATTERN.test(value) || !TAG_PATTERN.test(ref.tag)
            ? `"${tag}" becomes the tag "${ref.tag}", which is not a valid tag (at most 128 of A-Z a-z 0-9 _ . -, not starting with . or -)`
            : undefined;
      if (problem) {
        problems.push(new UserError(problem, {...(location ? {location} : {}), field}));
        continue;
      }
      const reference = formatReference(ref);
      wanted.set(reference, {image: image.image, written: tag, reference, ref});
    }
  }
  if (problems.length > 0)
    throw problems.length === 1 ? (problems[0] as UserError) : new UserErrors(problems);
  return [...wanted.values()];
}
