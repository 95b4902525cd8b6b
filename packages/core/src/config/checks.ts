/**
 * Checks of single list items, each returning what is wrong and how to fix it (or undefined).
 * ConfigReader.stringList reports the answer at the item's line and column.
 */
import {NAME_COMPONENT_PATTERN, ARG_NAME_PATTERN, badPlaceholder, isTag} from './rules.js';

/** `KEY=VALUE` with a valid ARG name; `${VAR}` in the value is expanded at build time. */
export function checkAssignment(value: string): string | undefined {
  const equals = value.indexOf('=');
  if (equals === -1) return `\`${value}\` must be KEY=VALUE (e.g. \`${value}=1\`)`;
  const key = value.slice(0, equals);
  if (!ARG_NAME_PATTERN.test(key)) {
    return `\`${key}\` is not a valid name: use letters, digits and _, not starting with a digit`;
  }
  return checkPlaceholders(value.slice(equals + 1));
}

export function checkPlaceholders(value: string): string | undefined {
  const bad = badPlaceholder(value);
  return bad === undefined
    ? undefined
    : `\`${bad}\` is not a valid placeholder: write \${NAME} with NAME a variable name`;
}

/** An OCI tag (`[A-Za-z0-9_][A-Za-z0-9._-]{0,127}`), where `${VAR}` stands for a valid piece. */
export function checkTag(value: string): string | undefined {
  const placeholder = checkPlaceholders(value);
  if (placeholder) return placeholder;
  if (isTag(value)) return undefined;
  return `\`${value}\` is not a valid OCI tag: use at most 128 of A-Z a-z 0-9 _ . -, not starting with . or -`;
}

/** A name that becomes part of image names and tags: a directory (depends_on) or a target name. */
export function checkNameComponent(value: string): string | undefined {
  if (NAME_COMPONENT_PATTERN.test(value)) return undefined;
  return `\`${value}\` cannot be part of an image name: use lower-case letters and digits, separated by . _ __ or -`;
}
