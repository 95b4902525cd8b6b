import {describe, expect, it} from 'vitest';
import {parseBuildConfig} from '../../../../packages/core/src/config/parse.js';
import {UserError, UserErrors} from '../../../../packages/core/src/errors.js';
import {expandImages} from '../../../../packages/core/src/plan/load.js';
import {resolveTagScheme} from '../../../../packages/core/src/plan/names.js';
import {parseRepository} from '../../../../packages/core/src/registry/reference.js';
import {wantedTags} from '../../../../packages/core/src/steps/common/wanted-tags.js';

const config = (text: string) =>
  expandImages(parseBuildConfig(text, {file: 'curl/build-config.yaml', dir: 'curl'}), []);
const scheme = resolveTagScheme(
  {repository: parseRepository('registry.example.com/team/images'), naming: 'tag-prefix', date: '20250101'},
  {},
  new Date(),
);

describe('retag: the tags wanted', () => {
  it('expands ${VAR} from the environment and prefixes the image', () => {
    const images = config('use_local_context: true\nadditional_tags:\n  - latest\n  - "build-${RUN}"\n');
    const tags = wantedTags(images, ['extra'], scheme, {RUN: '42'});
    expect(tags.map((t) => t.reference)).toEqual([
      'registry.example.com/team/images:curl-latest',
      'registry.example.com/team/images:curl-build-42',
      'registry.example.com/team/images:curl-extra',
    ]);
  });

  it('fails on an unset variable or an invalid result, naming the config line, before anything else', () => {
    const images = config(
      'use_local_context: true\nadditional_tags:\n  - latest\n  - "v-${BRANCH}"\n  - "${SLASHY}"\n',
    );
    let error: unknown;
    try {
      wantedTags(images, [], scheme, {SLASHY: 'feature/x'});
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UserErrors);
    const [unset, invalid] = (error as UserErrors).errors as UserError[];
    expect(unset?.toString()).toBe(
      'curl/build-config.yaml:4:5: additional_tags[1]: "v-${BRANCH}" uses ${BRANCH}, which is not set in the environment',
    );
    expect(invalid?.toString()).toMatch(
      /^curl\/build-config.yaml:5:5: additional_tags\[2\]: "\$\{SLASHY\}" becomes the tag "curl-feature\/x", which is not a valid tag/,
    );
  });

  it('names a target entry by its own line, and the tags input by name', () => {
    const images = config(
      'use_local_context: true\ntargets:\n  - name: cli\n    target: cli\n    additional_tags: ["${NOPE}"]\n',
    );
    expect(() => wantedTags(images, [], scheme, {})).toThrow(/NOPE/);
    const error = (() => {
      try {
        wantedTags(images, [], scheme, {});
      } catch (e) {
        return e as UserError;
      }
    })();
    expect(error?.toString()).toMatch(/^curl\/build-config.yaml:5:\d+: targets\[0\]\.additional_tags\[0\]:/);
    expect(() => wantedTags(config('use_local_context: true\n'), ['..bad'], scheme, {})).toThrow(UserError);
  });

  it('treats an empty variable as unset, in the tags input too', () => {
    const images = config('use_local_context: true\n');
    expect(wantedTags(images, ['v${X}'], scheme, {X: '1'}).map((t) => t.written)).toEqual(['v${X}']);
    expect(() => wantedTags(images, ['v${X}'], scheme, {X: ''})).toThrow(
      /"v\$\{X\}" uses \$\{X\}, which is not set/,
    );
  });

  it('never reads a secret into a tag, which the registry would show to anyone who can list tags', () => {
    const images = config('use_local_context: true\nadditional_tags:\n  - "t-${CI_JOB_TOKEN}"\n');
    const env = {CI_JOB_TOKEN: 'glcbt-abc123', INPUT_PASSWORD: 'hunter2pw'};
    const error = (() => {
      try {
        return wantedTags(images, ['${INPUT_PASSWORD}'], scheme, env);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(UserErrors);
    const lines = (error as UserErrors).errors.map(String);
    expect(lines[0]).toBe(
      'curl/build-config.yaml:3:5: additional_tags[0]: "t-${CI_JOB_TOKEN}" uses ${CI_JOB_TOKEN}, which looks like a secret (a step input, a runner variable, or a name with TOKEN, PASSWORD, SECRET, KEY, AUTH, ...): a tag never reads one',
    );
    expect(lines[1]).toMatch(
      /^input tags: "\$\{INPUT_PASSWORD\}" uses \$\{INPUT_PASSWORD\}, which looks like a secret/,
    );
    expect(lines.join('\n')).not.toMatch(/glcbt|hunter2/);
  });
});
