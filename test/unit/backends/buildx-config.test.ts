import {describe, expect, it} from 'vitest';
import {dockerAuthConfigAuths, mergeDockerConfig} from '../../../packages/core/src/backends/buildx-config.js';
import {UserError} from '../../../packages/core/src/errors.js';

describe('mergeDockerConfig', () => {
  const user = {
    auths: {'ghcr.io': {auth: 'dXNlcg=='}, 'registry.example.com': {auth: 'b2xk'}},
    credsStore: 'desktop',
    credHelpers: {'123.dkr.ecr.us-east-1.amazonaws.com': 'ecr-login', 'registry.example.com': 'pass'},
    proxies: {default: {httpProxy: 'http://proxy:3128'}},
    currentContext: 'ci',
    cliPluginsExtraDirs: ['/opt/plugins'],
  };

  it("puts our hosts over the user's, each sent to the file store, and keeps the rest", () => {
    const merged = mergeDockerConfig(
      user,
      {auths: {'registry.example.com': {auth: 'bmV3'}}},
      {'env.example.com': {auth: 'ZW52'}},
      '/home/u/.docker',
    );
    expect(merged).toEqual({
      auths: {
        'ghcr.io': {auth: 'dXNlcg=='},
        'registry.example.com': {auth: 'bmV3'},
        'env.example.com': {auth: 'ZW52'},
      },
      credsStore: 'desktop',
      credHelpers: {
        '123.dkr.ecr.us-east-1.amazonaws.com': 'ecr-login',
        'registry.example.com': '',
        'env.example.com': '',
      },
      proxies: {default: {httpProxy: 'http://proxy:3128'}},
      currentContext: 'ci',
      cliPluginsExtraDirs: ['/opt/plugins', '/home/u/.docker/cli-plugins'],
    });
  });

  it("ours win over DOCKER_AUTH_CONFIG's for the same host", () => {
    const merged = mergeDockerConfig({}, {auths: {h: {auth: 'b3Vycw=='}}}, {h: {auth: 'ZW52'}}, '/d');
    expect(merged.auths).toEqual({h: {auth: 'b3Vycw=='}});
  });
});

describe('dockerAuthConfigAuths', () => {
  it("reads DOCKER_AUTH_CONFIG's auths, {} when unset", () => {
    expect(dockerAuthConfigAuths({})).toEqual({});
    expect(dockerAuthConfigAuths({DOCKER_AUTH_CONFIG: '{"auths":{"h":{"auth":"eA=="}}}'})).toEqual({
      h: {auth: 'eA=='},
    });
  });

  it('rejects invalid JSON without quoting it', () => {
    const call = () => dockerAuthConfigAuths({DOCKER_AUTH_CONFIG: '{"auths": secret-value'});
    expect(call).toThrow(UserError);
    expect(call).not.toThrow(/secret-value/);
  });
});
