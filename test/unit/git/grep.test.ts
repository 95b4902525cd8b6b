import {describe, expect, it} from 'vitest';
import {parseGrepOutput} from '../../../packages/core/src/git/grep.js';

describe('parseGrepOutput', () => {
  it('reads file, line and text of each hit', () => {
    const output =
      'manifest-tool/Dockerfile\x002\x00ARG CURL_TAG\napp/build-config.yaml\x0012\x00depends_on: [manifest-tool]\n';
    expect(parseGrepOutput(output)).toEqual([
      {file: 'manifest-tool/Dockerfile', line: 2, text: 'ARG CURL_TAG'},
      {file: 'app/build-config.yaml', line: 12, text: 'depends_on: [manifest-tool]'},
    ]);
    expect(parseGrepOutput('')).toEqual([]);
  });
});
