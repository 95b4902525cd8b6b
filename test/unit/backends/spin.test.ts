import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {spin} from '../../../packages/core/src/backends/spin.js';
import {tempDir} from '../../helpers/tmp.js';
import {fullRequest} from './request.js';

/** A request whose auth file holds `auths` (the file build-arch writes). */
function withAuths(auths: Record<string, object>, push = true) {
  const dir = tempDir('hephy-spin-auth-');
  const authFile = path.join(dir, 'config.json');
  writeFileSync(authFile, JSON.stringify({auths}));
  return fullRequest({authFile, push, spin: {manifest: 'spin.toml'}});
}

describe('spin warnings: credentials spin does not use', () => {
  const host = '127.0.0.1:5000';

  it('warns for an identity token, naming the host and never the token', async () => {
    const warnings = await spin.warnings!(
      withAuths({[host]: {username: '<token>', identitytoken: 'tok-secret'}}),
    );
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(`for ${host} is an identity token`);
    expect(warnings.join('\n')).not.toContain('tok-secret');
  });

  it('warns for a registry token too (spin reads no such key)', async () => {
    expect(await spin.warnings!(withAuths({[host]: {registrytoken: 'rt-secret'}}))).toEqual([
      expect.stringContaining('is a registry token'),
    ]);
  });

  it('says nothing for a username and password, for another host, or without a push', async () => {
    expect(await spin.warnings!(withAuths({[host]: {auth: Buffer.from('u:p').toString('base64')}}))).toEqual(
      [],
    );
    expect(await spin.warnings!(withAuths({'other.example.com': {identitytoken: 't'}}))).toEqual([]);
    expect(await spin.warnings!(withAuths({[host]: {identitytoken: 't'}}, false))).toEqual([]);
    expect(await spin.warnings!(fullRequest({authFile: undefined}))).toEqual([]);
  });
});
