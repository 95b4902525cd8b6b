import {describe, expect, it} from 'vitest';
import type {LocalBuildResult} from '../../../../packages/cli/src/build/pipeline.js';
import {resultJson, resultNotes, resultTable} from '../../../../packages/cli/src/build/report.js';

const digest = `sha256:${'a'.repeat(64)}`;
const result: LocalBuildResult = {
  repository: 'oci:.hephy/images',
  date: '20250101',
  why: 'all images',
  notes: [],
  images: ['base', 'top'],
  builds: [
    {
      image: 'base',
      arch: 'amd64',
      status: 'reused',
      reference: 'oci:.hephy/images:base-20250101-amd64',
      digest,
      seconds: 0.1,
      fingerprint: 'f'.repeat(64),
    },
    {
      image: 'top',
      arch: 'amd64',
      status: 'pushed',
      reference: 'oci:.hephy/images:top-20250101-amd64',
      digest,
      seconds: 3,
    },
  ],
  manifests: [],
  tags: [],
  stepErrors: [],
  ok: true,
};

describe('the result of hephy-builder build with a reused image', () => {
  it('says reused in the table, the notes and --json, with the reference and digest of a build', () => {
    expect(resultTable(result)).toMatch(
      /base\s+amd64\s+oci:\.hephy\/images:base-20250101-amd64 \(reused\)\s+sha256:a{12}/,
    );
    expect(resultNotes(result).notes).toEqual([
      'reused 1 of 2 arch images: oci:.hephy/images already held each with the same fingerprint (--no-reuse builds them all)',
    ]);
    const json = JSON.parse(resultJson(result)) as {images: Record<string, unknown>[]};
    expect(json.images[0]).toEqual({
      image: 'base',
      arch: 'amd64',
      status: 'reused',
      reference: 'oci:.hephy/images:base-20250101-amd64',
      digest,
      seconds: 0.1,
      fingerprint: 'f'.repeat(64),
    });
    expect(json.images[1]).toMatchObject({status: 'pushed', digest});
  });
});
