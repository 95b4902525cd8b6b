import {mkdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {errorMessage} from '../../../packages/core/src/errors.js';
import type {Exec, ExecOptions} from '../../../packages/core/src/ports.js';
import {writeAuthFile} from '../../../packages/core/src/registry/auth-file.js';
import {resolveCredential} from '../../../packages/core/src/registry/credentials.js';
import {tempDir} from '../../helpers/tmp.js';
import {fakePorts} from './fake-ports.js';

const b64 = (text: string) => Buffer.from(text).toString('base64');

/** A fake `docker-credential-*` (no helper binary is installed here): records argv and stdin. */
function fakeHelpers(answers: Record<string, {exitCode: number; stdout: string}>) {
  const calls: {file: string; args: readonly string[]; input: string}[] = [];
  const exec: Exec = {
    run: async (file, args, options: ExecOptions = {}) => {
      calls.push({file, args, input: String(options.input ?? '')});
      const answer = answers[file];
      if (!answer) throw new Error(`could not start ${file}`);
      return {...answer, stderr: ''};
    },
  };
  return {exec, calls};
}

function dockerConfig(config: unknown): string {
  const dir = tempDir('hephy-docker-');
  writeFileSync(path.join(dir, 'config.json'), JSON.stringify(config));
  return dir;
}

describe('credential resolution', () => {
  it('takes credHelpers[host] before credsStore before auths, with the server URL on stdin', async () => {
    const dir = dockerConfig({
      credHelpers: {'123.dkr.ecr.eu-west-1.amazonaws.com': 'ecr-login'},
      credsStore: 'desktop',
      auths: {'registry.example.com': {auth: b64('file-user:file-pass')}},
    });
    const {exec, calls} = fakeHelpers({
      'docker-credential-ecr-login': {exitCode: 0, stdout: '{"Username":"AWS","Secret":"ecr-secret"}'},
      'docker-credential-desktop': {exitCode: 1, stdout: 'credentials not found in native keychain'},
    });
    const {ports, secrets} = fakePorts(() => new Response(), {env: {DOCKER_CONFIG: dir}, exec});
    const ecr = await resolveCredential('123.dkr.ecr.eu-west-1.amazonaws.com', {}, ports);
    expect(ecr?.credential).toEqual({kind: 'basic', username: 'AWS', password: 'ecr-secret'});
    expect(calls[0]).toEqual({
      file: 'docker-credential-ecr-login',
      args: ['get'],
      input: '123.dkr.ecr.eu-west-1.amazonaws.com',
    });
    const file = await resolveCredential('registry.example.com', {}, ports);
    expect(file?.credential).toEqual({kind: 'basic', username: 'file-user', password: 'file-pass'});
    expect(calls[1]?.file).toBe('docker-credential-desktop');
    expect(secrets()).toEqual(expect.arrayContaining(['ecr-secret', 'file-pass']));
  });

  it('reads identity tokens, from helpers (<token>) and from auths, and Hub under its v1 key', async () => {
    const dir = dockerConfig({
      auths: {'https://index.docker.io/v1/': {identitytoken: 'refresh-abc'}},
      credHelpers: {'ghcr.io': 'gh'},
    });
    const {exec, calls} = fakeHelpers({
      'docker-credential-gh': {exitCode: 0, stdout: '{"Username":"<token>","Secret":"id-xyz"}'},
    });
    const {ports} = fakePorts(() => new Response(), {env: {DOCKER_CONFIG: dir}, exec});
    expect((await resolveCredential('index.docker.io', {}, ports))?.credential).toEqual({
      kind: 'identity',
      username: '<token>',
      token: 'refresh-abc',
    });
    expect((await resolveCredential('ghcr.io', {}, ports))?.credential).toMatchObject({
      kind: 'identity',
      token: 'id-xyz',
    });
    expect(calls[0]?.input).toBe('ghcr.io');
  });

  it("prefers the username/password inputs for their host, then the CI job's own login for its host", async () => {
    const env = {HOME: tempDir()};
    const {ports} = fakePorts(() => new Response(), {env});
    const job = {host: 'registry.gitlab.com', username: 'gitlab-ci-token', password: 'job-token'};
    const inputs = {username: 'me', password: 'input-pw', host: 'registry.example.com', job};
    expect((await resolveCredential('registry.example.com', inputs, ports))?.source).toBe(
      'the username and password inputs',
    );
    const gitlab = await resolveCredential('registry.gitlab.com', inputs, ports);
    expect(gitlab?.credential).toEqual({kind: 'basic', username: 'gitlab-ci-token', password: 'job-token'});
    expect(await resolveCredential('other.example.com', inputs, ports)).toBeUndefined();
  });

  it('names the config file when it is not JSON, and the helper when it cannot start', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'config.json'), '{nope');
    const {ports} = fakePorts(() => new Response(), {env: {DOCKER_CONFIG: dir}});
    const error = await resolveCredential('r.example.com', {}, ports).catch((e: unknown) => e);
    expect(errorMessage(error)).toBe(
      `${path.join(dir, 'config.json')}:1:2: is not valid JSON (its text is not shown: it holds credentials)`,
    );
    const helperDir = dockerConfig({credsStore: 'pass'});
    const {ports: p2} = fakePorts(() => new Response(), {
      env: {DOCKER_CONFIG: helperDir},
      exec: fakeHelpers({}).exec,
    });
    await expect(resolveCredential('r.example.com', {}, p2)).rejects.toThrow(
      /docker-credential-pass could not be started/,
    );
  });

  it('never quotes a malformed config file, whose text holds the credentials', async () => {
    const dir = tempDir();
    const auth = b64('ci-user:config-secret-pw');
    // An unquoted value: V8's message quotes the text around it ('Unexpected token ..."auth": Y2kt"...').
    for (const text of [
      `{"auths": {"r.example.com": {"auth": ${auth}}}}`,
      `${auth}`,
      `{"auths": {"r.example.com": {"auth": "${auth}"}} "x"}`,
      `{"auths": {"r.example.com": {"auth": "${auth}"`,
    ]) {
      writeFileSync(path.join(dir, 'config.json'), text);
      const {ports} = fakePorts(() => new Response(), {env: {DOCKER_CONFIG: dir}});
      const error = await resolveCredential('r.example.com', {}, ports).catch((e: unknown) => e);
      const message = errorMessage(error);
      expect(message).not.toContain(auth.slice(0, 8));
      expect(message).not.toContain('auths');
      expect(String((error as Error).stack)).not.toContain(auth.slice(0, 8));
      expect(message).toMatch(/^\/.*\/config\.json(:\d+:\d+)?: is not valid JSON/);
    }
  });

  it('writes an auth file a backend can read, owner-only, with the same credentials', async () => {
    const dir = dockerConfig({auths: {'registry.example.com': {auth: b64('u:p-1')}}});
    const {ports} = fakePorts(() => new Response(), {env: {DOCKER_CONFIG: dir}});
    const out = path.join(tempDir(), 'kaniko', 'config.json');
    mkdirSync(path.dirname(out), {recursive: true});
    const hosts = await writeAuthFile(
      out,
      ['registry.example.com', 'docker.io', 'ghcr.io'],
      {username: 'bot', password: 'hub-pw', host: 'docker.io'},
      ports,
    );
    expect(hosts).toEqual(['registry.example.com', 'https://index.docker.io/v1/']);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual({
      auths: {
        'registry.example.com': {auth: b64('u:p-1')},
        'https://index.docker.io/v1/': {auth: b64('bot:hub-pw')},
      },
    });
    expect(statSync(out).mode & 0o777).toBe(0o600);
  });
});
