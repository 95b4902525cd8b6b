import {describe, expect, it} from 'vitest';
import {
  dockerfileImages,
  expandWord,
} from '../../../../packages/core/src/steps/build-arch/dockerfile-from.js';

const refs = (dockerfile: string, args: string[] = [], platform = 'linux/amd64') => {
  const found = dockerfileImages(dockerfile, args, platform);
  return {
    images: found.images.map((i) => `${i.reference} ${i.platform} :${i.line}`),
    unresolved: found.unresolved,
  };
};

describe('dockerfileImages', () => {
  it('lists FROM, COPY --from and RUN --mount from= images; not stages, indexes or scratch', () => {
    const dockerfile = [
      '# syntax=docker/dockerfile:1',
      'FROM golang:1.25 AS build',
      'RUN --mount=type=cache,target=/root/.cache --mount=type=bind,from=ghcr.io/org/tools:1,target=/t go build',
      'FROM scratch AS empty',
      'FROM alpine:3.20',
      'COPY --from=build /app /app',
      'COPY --from=0 /app /app2',
      'COPY --from=busybox:1.36 /bin/sh /sh',
      'COPY --from=empty / /',
    ].join('\n');
    expect(refs(dockerfile)).toEqual({
      images: [
        'golang:1.25 linux/amd64 :2',
        'ghcr.io/org/tools:1 linux/amd64 :3',
        'alpine:3.20 linux/amd64 :5',
        'busybox:1.36 linux/amd64 :8',
      ],
      unresolved: [],
    });
  });

  it('expands global ARGs: the build arg given wins over the default, and ARGs in a stage do not count', () => {
    const dockerfile = [
      'ARG BASE=alpine',
      'ARG VERSION=3.19',
      'ARG ECR_REGISTRY',
      'ARG CURL_TAG',
      'FROM ${BASE}:${VERSION} AS one',
      'ARG LATER=nope',
      'FROM $ECR_REGISTRY:${CURL_TAG}',
      'FROM ${LATER:-debian}:12',
    ].join('\n');
    expect(
      refs(dockerfile, ['VERSION=3.20', 'ECR_REGISTRY=reg.example.com/t', 'CURL_TAG=curl-1']).images,
    ).toEqual([
      'alpine:3.20 linux/amd64 :5',
      'reg.example.com/t:curl-1 linux/amd64 :7',
      'debian:12 linux/amd64 :8',
    ]);
  });

  it('joins continuation lines and reads --platform with the automatic platform args', () => {
    const dockerfile =
      'FROM --platform=$BUILDPLATFORM \\\n  golang:1.25 \\\n  AS build\nFROM --platform=linux/amd64 tool:1\n';
    expect(refs(dockerfile, [], 'linux/arm/v7').images).toEqual([
      'golang:1.25 linux/arm/v7 :1',
      'tool:1 linux/amd64 :4',
    ]);
  });

  it('reads the # syntax= frontend image apart (BuildKit pulls it) and honours # escape=`', () => {
    const dockerfile = '# syntax=docker/dockerfile:1.7\n# escape=`\nFROM alpine:3.20 `\n  AS a\nFROM a\n';
    const found = dockerfileImages(dockerfile, [], 'linux/arm64');
    expect(found.syntax).toMatchObject({
      reference: 'docker/dockerfile:1.7',
      platform: 'linux/arm64',
      line: 1,
    });
    expect(found.images.map((i) => i.reference)).toEqual(['alpine:3.20']);
    // A directive after the first comment or instruction is only a comment.
    expect(
      dockerfileImages('FROM x:1\n# syntax=docker/dockerfile:1\n', [], 'linux/amd64').syntax,
    ).toBeUndefined();
  });

  it('joins a continued FROM over empty and comment lines, and never reads a here-document as instructions', () => {
    const dockerfile = [
      'FROM \\',
      '',
      '# the base',
      '  alpine:3.20 AS a',
      'RUN <<EOF',
      'FROM evil.example.com/x:1',
      'EOF',
      'COPY <<-"END" /etc/motd',
      '\tFROM other.example.com/y:2',
      '\tEND',
      'FROM busybox:1.36',
    ].join('\n');
    expect(refs(dockerfile).images).toEqual(['alpine:3.20 linux/amd64 :1', 'busybox:1.36 linux/amd64 :11']);
  });

  it('resolves $BUILDPLATFORM stages and the # syntax= frontend for the building machine under emulation', () => {
    const dockerfile =
      '# syntax=docker/dockerfile:1\nFROM --platform=$BUILDPLATFORM golang:1.25 AS build\nFROM alpine:3.20\n';
    const found = dockerfileImages(dockerfile, [], 'linux/arm64', 'linux/amd64');
    expect(found.images.map((i) => `${i.reference} ${i.platform}`)).toEqual([
      'golang:1.25 linux/amd64',
      'alpine:3.20 linux/arm64',
    ]);
    expect(found.syntax?.platform).toBe('linux/amd64');
  });

  it('counts a name that expands to nothing as unknown (an unset or stage-scoped ARG), not as no image', () => {
    expect(refs('ARG BASE\nFROM ${BASE}\n').unresolved).toEqual(['line 2: ${BASE} expands to nothing']);
    expect(refs('FROM scratch\nARG TOOLS=busybox:1\nCOPY --from=${TOOLS} /bin/sh /sh\n').unresolved).toEqual([
      'line 3: ${TOOLS} expands to nothing',
    ]);
  });

  it('reports a name it cannot expand as the builder would, with its line, instead of guessing', () => {
    expect(refs('ARG B\nFROM ${B:?required}\n').unresolved).toEqual([
      'line 2: ${B:?required} cannot be expanded',
    ]);
    expect(refs('FROM Not_A/Valid:ref\n').unresolved[0]).toMatch(/^line 1: .*not a valid image reference/);
  });
});

describe('expandWord', () => {
  const args = new Map([
    ['A', 'x'],
    ['E', ''],
  ]);
  it.each([
    ['$A-${A}', 'x-x'],
    ['${E:-d}', 'd'],
    ['${A:-d}', 'x'],
    ['${A:+set}', 'set'],
    ['${E:+set}', ''],
    ['${UNSET}', ''],
  ])('%s -> %s', (word, expanded) => expect(expandWord(word, args)).toBe(expanded));

  it('refuses forms it does not implement', () => {
    expect(expandWord('${A%x}', args)).toBeUndefined();
    expect(expandWord('${A:?}', args)).toBeUndefined();
  });
});
