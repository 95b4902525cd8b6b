import {describe, expect, it} from 'vitest';
import {UserError, UserErrors} from '../../packages/core/src/errors.js';

describe('UserError quotes a token, never a file', () => {
  const digestRef = `registry.example.com:5000/team/images/curl@sha256:${'a'.repeat(64)}`;

  it('keeps a quoted image reference with its digest whole, and the prose around it', () => {
    const message = `\`${digestRef}\` is not in the repository; the words after a quote stay too`;
    expect(new UserError(message).message).toBe(message);
  });

  it('cuts a long quoted value to its first 200 characters and its length, in both quote styles', () => {
    const value = 'v'.repeat(10_000);
    const error = new UserError(`\`${value}\` is wrong; so is "${value}"; \`short\` stays`, {
      location: {file: 'a/build-config.yaml', line: 3, column: 5},
    });
    const cut = `${'v'.repeat(200)}... (10000 characters)`;
    expect(error.toString()).toBe(
      `a/build-config.yaml:3:5: \`${cut}\` is wrong; so is "${cut}"; \`short\` stays`,
    );
  });

  it('joins several errors without cutting across them', () => {
    const errors = new UserErrors([new UserError('one `a'), new UserError('b` two '.padEnd(300, 'x'))]);
    expect(errors.message).toBe(`one \`a\n${'b` two '.padEnd(300, 'x')}`);
  });
});
