import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {Ajv} from 'ajv';
import {describe, expect, test} from 'vitest';
import {parse} from 'yaml';
import {
  KO_CONFIG_KEYS,
  SPIN_CONFIG_KEYS,
  TARGET_KEYS,
  TOP_LEVEL_KEYS,
} from '../../../packages/core/src/config/keys.js';
import {KNOWN_PLATFORMS} from '../../../packages/core/src/config/platform-spec.js';
import {BACKENDS} from '../../../packages/core/src/config/types.js';
import {problems} from './helpers.js';

const schema = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../../schema/build-config.schema.json', import.meta.url)), 'utf8'),
);
// Strict-mode warnings (a keyword on the wrong type) fail the test: the schema stays clean for every editor.
const strictLogger = {
  log() {},
  warn: (message: unknown) => {
    throw new Error(String(message));
  },
  error: (message: unknown) => {
    throw new Error(String(message));
  },
};
const validate = new Ajv({allErrors: true, logger: strictLogger}).compile(schema);

/**
 * What the schema cannot express, so it accepts what parseBuildConfig rejects (docs/configuration.md
 * lists the same). Checks on disk (symlinks, existence, the directory's name) are in load.ts and
 * outside both; suggestions for typos come only from the validator.
 */
const LIMITATIONS = {
  'arch-label': 'two platforms with the same arch label (linux/arm64 and linux/arm64/v8)',
  'unique-names': 'repeated target names or build_args names with different values',
  'path-normalisation': '`..` inside a path (a/../../b), and dockerfile_path relative to context_path',
  'self-dependency': 'depends_on naming the image itself',
  'manual-images': 'manual_images keys against the arch labels of platforms',
  'ko-platforms': 'ko_config.platforms disagreeing with platforms',
  'reference-grammar': 'the grammar of image references (the schema checks their characters)',
} as const;

interface Case {
  name: string;
  yaml: string;
  valid: boolean;
  limitation?: keyof typeof LIMITATIONS;
}

const L = 'use_local_context: true\n';
const UP = 'upstream_repo: https://github.com/o/r\nupstream_ref: v1\n';
const KO = 'build_backend: ko\nko_config: {import_path: ./cmd}\n';
const CASES: Case[] = [
  {name: 'local', yaml: L, valid: true},
  {name: 'upstream', yaml: UP, valid: true},
  {
    name: 'upstream scp-style with submodules',
    yaml: 'upstream_repo: git@github.com:o/r.git\nupstream_ref: main\nupstream_submodules: true\n',
    valid: true,
  },
  {name: 'ko without source', yaml: KO, valid: true},
  {name: 'spin without source', yaml: 'build_backend: spin\n', valid: true},
  {
    name: 'manual build',
    yaml: 'manual_build: true\nmanual_images: {amd64: a/b:1, arm64: a/b:2}\n',
    valid: true,
  },
  {
    name: 'everything',
    yaml: `${L}dockerfile_path: Dockerfile\ncontext_path: .\ntarget: ""\ntargets: [{name: a, target: s, additional_tags: [x]}]\nbuild_args: ["A=\${B}"]\nplatforms: [linux/amd64, linux/arm/v7]\nadditional_tags: [latest, "v\${X}"]\nbuild_backend: buildah\ndepends_on: [base]\ncache: true\n`,
    valid: true,
  },
  {name: 'neither source', yaml: 'platforms: [linux/amd64]\n', valid: false},
  {name: 'use_local_context false alone', yaml: 'use_local_context: false\n', valid: false},
  {name: 'both sources', yaml: `${L}${UP}`, valid: false},
  {name: 'local and upstream_ref', yaml: `${L}upstream_ref: main\n`, valid: false},
  {name: 'repo without ref', yaml: 'upstream_repo: https://github.com/o/r\n', valid: false},
  {name: 'ref without repo', yaml: 'upstream_ref: main\n', valid: false},
  {name: 'submodules without repo', yaml: `${L}upstream_submodules: true\n`, valid: false},
  {name: 'repo without scheme', yaml: 'upstream_repo: github.com/o/r\nupstream_ref: v1\n', valid: false},
  {
    name: 'repo with credentials',
    yaml: 'upstream_repo: https://bot:tok@github.com/o/r\nupstream_ref: v1\n',
    valid: false,
  },
  {
    name: 'repo with a token',
    yaml: 'upstream_repo: https://tok@github.com/o/r\nupstream_ref: v1\n',
    valid: false,
  },
  {
    name: 'ssh repo with a password',
    yaml: 'upstream_repo: ssh://git:pw@h/o/r\nupstream_ref: v1\n',
    valid: false,
  },
  {name: 'ssh repo with a login', yaml: 'upstream_repo: ssh://git@h:22/o/r\nupstream_ref: v1\n', valid: true},
  {name: 'repo as an option', yaml: 'upstream_repo: --upload-pack=x\nupstream_ref: v1\n', valid: false},
  {name: 'ref with ..', yaml: 'upstream_repo: https://github.com/o/r\nupstream_ref: a..b\n', valid: false},
  {name: 'ref as an option', yaml: 'upstream_repo: https://github.com/o/r\nupstream_ref: -x\n', valid: false},
  {
    name: 'ref as a number',
    yaml: 'upstream_repo: https://github.com/o/r\nupstream_ref: 1.10\n',
    valid: false,
  },
  {name: 'unknown key', yaml: `${L}platfroms: [linux/amd64]\n`, valid: false},
  {
    name: 'unknown key in ko_config',
    yaml: 'build_backend: ko\nko_config: {import_path: ./cmd, ldflag: []}\n',
    valid: false,
  },
  {name: 'unknown key in targets', yaml: `${L}targets: [{name: a, tagets: b}]\n`, valid: false},
  {name: 'string for boolean', yaml: 'use_local_context: "true"\n', valid: false},
  {name: 'cache as a number', yaml: `${L}cache: 1\n`, valid: false},
  {name: 'platforms as a string', yaml: `${L}platforms: linux/amd64\n`, valid: false},
  {name: 'unknown platform', yaml: `${L}platforms: [linux/arm65]\n`, valid: false},
  {name: 'empty platforms', yaml: `${L}platforms: []\n`, valid: false},
  {name: 'repeated platform', yaml: `${L}platforms: [linux/amd64, linux/amd64]\n`, valid: false},
  {
    name: 'same arch label',
    yaml: `${L}platforms: [linux/arm64, linux/arm64/v8]\n`,
    valid: false,
    limitation: 'arch-label',
  },
  {name: 'tag with a leading dash', yaml: `${L}additional_tags: [-x]\n`, valid: false},
  {name: 'tag with a slash', yaml: `${L}additional_tags: [a/b]\n`, valid: false},
  {name: 'tag too long', yaml: `${L}additional_tags: [${'x'.repeat(129)}]\n`, valid: false},
  {name: 'tag of 128', yaml: `${L}additional_tags: [${'x'.repeat(128)}]\n`, valid: true},
  {name: 'tag as a number', yaml: `${L}additional_tags: [1.10]\n`, valid: false},
  {name: 'tag with a bad placeholder', yaml: `${L}additional_tags: ["v\${1}"]\n`, valid: false},
  {name: 'repeated tag', yaml: `${L}additional_tags: [a, a]\n`, valid: false},
  {name: 'build arg without =', yaml: `${L}build_args: [VERSION]\n`, valid: false},
  {name: 'build arg bad name', yaml: `${L}build_args: [MY-ARG=1]\n`, valid: false},
  {name: 'build arg unclosed placeholder', yaml: `${L}build_args: ["A=\${B"]\n`, valid: false},
  {
    name: 'build arg name twice',
    yaml: `${L}build_args: [A=1, A=2]\n`,
    valid: false,
    limitation: 'unique-names',
  },
  {name: 'target and targets', yaml: `${L}target: s\ntargets: [{name: a}]\n`, valid: false},
  {name: 'empty target and targets', yaml: `${L}target: ""\ntargets: [{name: a}]\n`, valid: true},
  {name: 'target without name', yaml: `${L}targets: [{target: s}]\n`, valid: false},
  {name: 'target name upper case', yaml: `${L}targets: [{name: A}]\n`, valid: false},
  {
    name: 'target names repeated',
    yaml: `${L}targets: [{name: a}, {name: a, target: b}]\n`,
    valid: false,
    limitation: 'unique-names',
  },
  {name: 'unknown backend', yaml: `${L}build_backend: docker\n`, valid: false},
  {name: 'ko without ko_config', yaml: 'build_backend: ko\n', valid: false},
  {name: 'ko_config without import_path', yaml: 'build_backend: ko\nko_config: {}\n', valid: false},
  {
    name: 'ko_config with buildah',
    yaml: `${L}build_backend: buildah\nko_config: {import_path: ./cmd}\n`,
    valid: false,
  },
  {name: 'ko_config without backend', yaml: `${L}ko_config: {import_path: ./cmd}\n`, valid: true},
  {name: 'ko import_path out', yaml: 'build_backend: ko\nko_config: {import_path: ../x}\n', valid: false},
  {
    name: 'ko go import path',
    yaml: 'build_backend: ko\nko_config: {import_path: example.com/a/cmd}\n',
    valid: true,
  },
  {
    name: 'ko env without =',
    yaml: 'build_backend: ko\nko_config: {import_path: ./cmd, env: [X]}\n',
    valid: false,
  },
  {
    name: 'ko bad base image characters',
    yaml: 'build_backend: ko\nko_config: {import_path: ./cmd, base_image: "a b"}\n',
    valid: false,
  },
  {
    name: 'ko base image upper case',
    yaml: 'build_backend: ko\nko_config: {import_path: ./cmd, base_image: Alpine}\n',
    valid: false,
    limitation: 'reference-grammar',
  },
  {
    name: 'ko platforms differ',
    yaml: 'build_backend: ko\nko_config: {import_path: ./cmd, platforms: [linux/arm64]}\nplatforms: [linux/amd64]\n',
    valid: false,
    limitation: 'ko-platforms',
  },
  {name: 'spin_config with kaniko', yaml: `${L}build_backend: kaniko\nspin_config: {}\n`, valid: false},
  {
    name: 'spin manifest absolute',
    yaml: 'build_backend: spin\nspin_config: {manifest: /spin.toml}\n',
    valid: false,
  },
  {name: 'manual build without images', yaml: 'manual_build: true\n', valid: false},
  {name: 'images without manual build', yaml: `${L}manual_images: {amd64: a/b:1}\n`, valid: false},
  {
    name: 'manual images for another arch',
    yaml: 'manual_build: true\nmanual_images: {amd64: a/b:1, arm64: a/b:2, s390x: a/b:3}\n',
    valid: false,
    limitation: 'manual-images',
  },
  {
    name: 'manual image not a reference',
    yaml: 'manual_build: true\nmanual_images: {amd64: "a b", arm64: a/b:2}\n',
    valid: false,
  },
  {name: 'depends_on self', yaml: `${L}depends_on: [curl]\n`, valid: false, limitation: 'self-dependency'},
  {name: 'depends_on a path', yaml: `${L}depends_on: [../x]\n`, valid: false},
  {name: 'depends_on repeated', yaml: `${L}depends_on: [a, a]\n`, valid: false},
  {name: 'context ..', yaml: `${L}context_path: ..\n`, valid: false},
  {name: 'context ../x', yaml: `${L}context_path: ../x\n`, valid: false},
  {name: 'context absolute', yaml: `${L}context_path: /src\n`, valid: false},
  {name: 'context empty', yaml: `${L}context_path: ""\n`, valid: false},
  {
    name: 'context climbing in the middle',
    yaml: `${L}context_path: a/../../b\n`,
    valid: false,
    limitation: 'path-normalisation',
  },
  {name: 'dockerfile absolute', yaml: `${L}dockerfile_path: /Dockerfile\n`, valid: false},
  {
    name: 'dockerfile ../ from the directory',
    yaml: `${L}dockerfile_path: ../Dockerfile\n`,
    valid: false,
    limitation: 'path-normalisation',
  },
  {
    name: 'dockerfile ../ from a sub-context',
    yaml: `${L}context_path: app\ndockerfile_path: ../Dockerfile\n`,
    valid: true,
  },
  {name: 'null value', yaml: `${L}build_args:\n`, valid: false},
  {name: 'top level list', yaml: '- a\n', valid: false},
];

describe('the JSON Schema and parseBuildConfig agree', () => {
  test.each(CASES)('$name', ({yaml, valid, limitation}) => {
    const found = problems(yaml);
    expect(found.length === 0, found.join('\n')).toBe(valid);
    const schemaValid = validate(parse(yaml));
    expect(schemaValid, JSON.stringify(validate.errors)).toBe(limitation ? true : valid);
  });

  test('every seed config is valid for the schema', () => {
    for (const file of [
      'curl/build-config.yaml',
      'manifest-tool/build-config.yaml',
      'test-app/build-config.yaml',
      'ko-test/build-config.yaml',
      'examples-ko-demo/build-config.yaml',
      'kaniko/disabled-build-config.yaml',
    ]) {
      const text = readFileSync(
        fileURLToPath(new URL(`../../fixtures/seed/${file}`, import.meta.url)),
        'utf8',
      );
      expect(validate(parse(text)), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });
});

describe('the JSON Schema lists what the validator knows', () => {
  const keys = (object: {properties: Record<string, unknown>}) => Object.keys(object.properties);
  test('the same keys in every mapping', () => {
    expect(keys(schema)).toEqual([...TOP_LEVEL_KEYS]);
    expect(keys(schema.properties.ko_config)).toEqual([...KO_CONFIG_KEYS]);
    expect(keys(schema.properties.spin_config)).toEqual([...SPIN_CONFIG_KEYS]);
    expect(keys(schema.properties.targets.items)).toEqual([...TARGET_KEYS]);
  });

  test('the same platforms and backends', () => {
    expect(schema.properties.platforms.items.enum).toEqual([...KNOWN_PLATFORMS]);
    expect(schema.properties.ko_config.properties.platforms.items.enum).toEqual([...KNOWN_PLATFORMS]);
    expect(schema.properties.build_backend.enum).toEqual([...BACKENDS]);
  });

  test('every property has a description (the README table is made from them)', () => {
    const missing: string[] = [];
    interface SchemaNode {
      description?: string;
      properties?: Record<string, SchemaNode>;
      items?: SchemaNode;
    }
    const walk = (node: SchemaNode, prefix: string) => {
      for (const [key, value] of Object.entries(node.properties ?? {})) {
        if (!value.description) missing.push(`${prefix}${key}`);
        walk(value, `${prefix}${key}.`);
        if (value.items) walk(value.items, `${prefix}${key}[].`);
      }
    };
    walk(schema, '');
    expect(missing).toEqual([]);
  });

  test('every limitation is exercised by a case', () => {
    const used = new Set(CASES.map((c) => c.limitation).filter(Boolean));
    expect([...used].sort()).toEqual(Object.keys(LIMITATIONS).sort());
  });
});
