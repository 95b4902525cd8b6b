import type {SourceLocation} from './ports.js';

/**
 * A problem the user can fix (a config, an input, a ref). It carries where the problem is, so
 * that the message reads `curl/build-config.yaml:12:3: platforms[1]: ...` and the platform can
 * annotate the line. Anything else thrown is a bug in hephy-builder.
 */
export class UserError extends Error {
  readonly location: SourceLocation | undefined;
  readonly field: string | undefined;
  constructor(message: string, options: {location?: SourceLocation; field?: string; cause?: unknown} = {}) {
    super(shortenQuoted(message), options.cause === undefined ? undefined : {cause: options.cause});
    this.name = 'UserError';
    this.location = options.location;
    this.field = options.field;
  }

  /** The message with its file, line, column and field in front. */
  override toString(): string {
    return formatLocated(this.message, this.location, this.field);
  }
}

/** The longest piece of a user's file an error quotes; longer ones are cut (the file is hostile). */
const MAX_QUOTED_CHARS = 200;

/**
 * `text` cut to MAX_QUOTED_CHARS with the length it had: an error names the offending token so the
 * user can find it, and never carries a file's content (a value of megabytes, a token copied
 * from a secret) into logs and annotations.
 */
export function shortToken(text: string): string {
  if (text.length <= MAX_QUOTED_CHARS) return text;
  return `${text.slice(0, MAX_QUOTED_CHARS)}... (${text.length} characters)`;
}

/** Every `quoted` or "quoted" piece of a message, cut by shortToken. */
function shortenQuoted(message: string): string {
  if (message.length <= MAX_QUOTED_CHARS) return message;
  return message
    .replace(/`[^`]*`/g, (quoted) => `\`${shortToken(quoted.slice(1, -1))}\``)
    .replace(/"[^"]*"/g, (quoted) => `"${shortToken(quoted.slice(1, -1))}"`);
}

/** Several user errors found together (every bad field of every config, not just the first). */
export class UserErrors extends UserError {
  readonly errors: readonly UserError[];
  constructor(errors: readonly UserError[]) {
    super('');
    // Each error's quotes are cut already; cutting the joined text could pair quotes across errors.
    this.message = errors.map((e) => e.toString()).join('\n');
    this.name = 'UserErrors';
    this.errors = errors;
  }
  override toString(): string {
    return this.message;
  }
}

/**
 * A process, a registry or the network failed: neither the user's input nor a bug in
 * hephy-builder. It is reported as its message alone, without a stack trace.
 */
export class ExternalError extends Error {
  constructor(message: string, options: {cause?: unknown} = {}) {
    super(message, options.cause === undefined ? undefined : {cause: options.cause});
    this.name = 'ExternalError';
  }
}

/** A process exited non-zero. The argv is kept for the message; stderr is already masked. */
export class ExecError extends ExternalError {
  constructor(
    readonly file: string,
    readonly args: readonly string[],
    readonly exitCode: number,
    readonly stderr: string,
  ) {
    const tail = stderr.trim().split('\n').slice(-20).join('\n');
    super(`${[file, ...args].join(' ')} exited with ${exitCode}${tail ? `:\n${tail}` : ''}`);
    this.name = 'ExecError';
  }
}

export function formatLocated(message: string, location?: SourceLocation, field?: string): string {
  let where = '';
  if (location) {
    where = location.file;
    if (location.line !== undefined) where += `:${location.line}`;
    if (location.line !== undefined && location.column !== undefined) where += `:${location.column}`;
    where += ': ';
  }
  return `${where}${field ? `${field}: ` : ''}${message}`;
}

/** A thrown value as text, whatever was thrown (a string must not leave a step green). */
export function errorMessage(error: unknown): string {
  if (error instanceof UserError) return error.toString();
  if (error instanceof Error) return error.message;
  return String(error);
}

/** Whether a thrown value is a bug in hephy-builder: anything but a user's or an outside failure. */
export function isBug(error: unknown): boolean {
  return !(error instanceof UserError || error instanceof ExternalError);
}

/** Appended to a bug's message, so that nobody hunts for the mistake in their own config. */
export const BUG_NOTE = 'this is a bug in hephy-builder: please report it with the stack trace';
