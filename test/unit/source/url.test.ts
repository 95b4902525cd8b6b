import {describe, expect, it} from 'vitest';
import {UserError} from '../../../packages/core/src/errors.js';
import {
  checkUpstreamUrl,
  DEFAULT_ALLOW_PROTOCOLS,
  parseAllowProtocols,
  protocolConfig,
  urlProtocol,
} from '../../../packages/core/src/source/url.js';

const allow = DEFAULT_ALLOW_PROTOCOLS;

describe('urlProtocol', () => {
  it.each([
    ['https://github.com/o/r.git', 'https'],
    ['HTTP://example.com/r', 'http'],
    ['ssh://git@example.com/r.git', 'ssh'],
    ['git+ssh://example.com/r', 'ssh'],
    ['git@github.com:o/r.git', 'ssh'],
    ['git://127.0.0.1:9418/r.git', 'git'],
    ['file:///srv/r.git', 'file'],
    ['/srv/r.git', 'file'],
    ['./r', 'file'],
    ['ext::sh -c touch% /tmp/pwned', 'ext'],
    ['fd::17', 'fd'],
  ])('%s uses %s', (url, protocol) => {
    expect(urlProtocol(url)).toBe(protocol);
  });
});

describe('checkUpstreamUrl refuses before git runs', () => {
  it.each([
    ['ext::sh -c touch% /tmp/pwned', /ext transport/],
    ['file:///etc', /file transport/],
    ['/srv/repo.git', /file transport/],
    ['http://example.com/r.git', /http transport/],
    ['fd::3', /fd transport/],
    ['-uhttps://example.com', /starts with "-"/],
    ['--upload-pack=touch /tmp/x', /starts with "-"/],
    ['ssh://-oProxyCommand=touch%20x/r', /host starting with "-"/],
    ['https://example.com/r\n.git', /control character/],
    ['', /is empty/],
  ])('%j', (url, why) => {
    expect(() => checkUpstreamUrl(url, allow)).toThrow(why);
  });

  it('names the config line and field', () => {
    try {
      checkUpstreamUrl('file:///etc', allow, {
        location: {file: 'x/build-config.yaml', line: 3, column: 16},
        field: 'upstream_repo',
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(UserError);
      expect(String(error)).toMatch(
        /^x\/build-config.yaml:3:16: upstream_repo: upstream_repo file:\/\/\/etc/,
      );
    }
  });

  it('allows file:// when allow-protocols names file', () => {
    expect(checkUpstreamUrl('file:///srv/r.git', [...allow, 'file']).protocol).toBe('file');
  });
});

describe('credentials in URLs', () => {
  it('returns the password as a secret and masks it in the display form and in errors', () => {
    const url = checkUpstreamUrl('https://bot:s3cr3t-token@example.com/o/r.git', allow);
    expect(url.secret).toBe('s3cr3t-token');
    expect(url.display).toBe('https://***@example.com/o/r.git');
    expect(url.url).toContain('s3cr3t-token');
    expect(() => checkUpstreamUrl('http://bot:s3cr3t-token@example.com/r', allow)).toThrow(
      /http:\/\/\*\*\*@example/,
    );
    try {
      checkUpstreamUrl('http://bot:s3cr3t-token@example.com/r', allow);
    } catch (error) {
      expect(String(error)).not.toContain('s3cr3t-token');
    }
  });

  it('masks a password holding @ whole, and a token written as the user part', () => {
    const url = checkUpstreamUrl('https://bot:p@ss@w0rd-x@example.com/o/r.git', allow);
    expect(url.secret).toBe('p@ss@w0rd-x');
    expect(url.display).toBe('https://***@example.com/o/r.git');
    expect(checkUpstreamUrl('https://ghp_abcdef:x-oauth-basic@github.com/o/r', allow).display).toBe(
      'https://***@github.com/o/r',
    );
  });

  it('treats a lone https user part as a token, but not an ssh login', () => {
    expect(checkUpstreamUrl('https://ghp_abcdef@github.com/o/r', allow)).toMatchObject({
      secret: 'ghp_abcdef',
      display: 'https://***@github.com/o/r',
    });
    expect(checkUpstreamUrl('ssh://git@example.com/r.git', allow).secret).toBeUndefined();
  });
});

describe('allow-protocols', () => {
  it('accepts git transports and refuses other words', () => {
    expect(parseAllowProtocols(['https', 'file'])).toEqual(['https', 'file']);
    expect(() => parseAllowProtocols(['https', 'gopher'])).toThrow(/gopher: not a git transport/);
  });

  it('becomes protocol.*.allow settings that make git enforce the list for submodules too', () => {
    expect(protocolConfig(['https', 'git'])).toEqual([
      '-c',
      'protocol.allow=never',
      '-c',
      'protocol.https.allow=always',
      '-c',
      'protocol.git.allow=always',
    ]);
  });
});
