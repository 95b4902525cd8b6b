import {checkNameComponent, checkTag} from './checks.js';
import type {ConfigReader, Entry} from './config-reader.js';
import {TARGET_KEYS} from './keys.js';
import type {TargetSpec} from './types.js';

/**
 * `targets`: several images from one directory, each `<dir>-<name>`. A target without `target`
 * builds the Dockerfile stage of its own name.
 */
export function readTargets(reader: ConfigReader, entry: Entry): TargetSpec[] | undefined {
  const items = reader.list(entry);
  if (!items) return undefined;
  const names = new Map<string, string>();
  const targets: TargetSpec[] = [];
  for (const item of items) {
    const target = readTarget(reader, item);
    if (!target) continue;
    const earlier = names.get(target.name);
    if (earlier !== undefined) {
      reader.report(item, `the name \`${target.name}\` is already used by ${earlier}; names must be unique`);
      continue;
    }
    names.set(target.name, item.field);
    targets.push(target);
  }
  return targets;
}

function readTarget(reader: ConfigReader, item: Entry): TargetSpec | undefined {
  const fields = reader.mapping(item, TARGET_KEYS);
  if (!fields) return undefined;
  const nameEntry = fields.get('name');
  if (!nameEntry) return reader.fail(item, 'needs a `name` (the image becomes `<dir>-<name>`)');
  const name = reader.string(nameEntry);
  const nameProblem = name === undefined ? undefined : checkNameComponent(name);
  if (nameProblem) reader.report(nameEntry, nameProblem);
  const targetEntry = fields.get('target');
  const stage = targetEntry ? reader.string(targetEntry) : name;
  const tagsEntry = fields.get('additional_tags');
  const additionalTags = tagsEntry ? reader.stringList(tagsEntry, checkTag) : [];
  if (name === undefined || nameProblem || stage === undefined || additionalTags === undefined)
    return undefined;
  return {name, target: stage, additionalTags};
}
