/**
 * Remembers the secrets seen in this run and masks them in any text. Every logger and every
 * error message passes through `mask`, on GitHub (which masks too, once told) and on GitLab
 * (which cannot mask a value discovered at run time at all).
 */
export class SecretMasker {
  private readonly secrets = new Set<string>();

  add(secret: string): void {
    // A one- or two-character "secret" would mask half the log; such values are not secrets.
    if (secret.length < 3) return;
    this.secrets.add(secret);
    // Basic auth puts user:password in base64; mask that form as well.
    if (!secret.includes('\n')) this.secrets.add(Buffer.from(secret).toString('base64'));
  }

  get values(): readonly string[] {
    return [...this.secrets];
  }

  mask(text: string): string {
    let out = text;
    // Longest first, so a secret containing another is masked whole.
    for (const secret of [...this.secrets].sort((a, b) => b.length - a.length)) {
      out = out.split(secret).join('***');
    }
    return out;
  }
}
