import {data, Evaluator, Lexer, Parser} from '@actions/expressions';
import type {FunctionDefinition} from '@actions/expressions/funcs/info';
import {truthy} from '@actions/expressions/result';

/**
 * GitHub Actions expressions evaluated by GitHub's own library (@actions/expressions, what
 * actionlint's and the VS Code extension's checks are built on): `${{ }}` templates in strings,
 * and `if:` conditions with the status functions the runner adds.
 */
export type Contexts = Readonly<Record<string, unknown>>;

/** The status of the job so far, which `success()`, `failure()` and `always()` read. */
export interface JobStatus {
  failed: boolean;
}

const STATUS_FUNCTIONS = ['success', 'failure', 'always', 'cancelled'];

function statusFunctions(status: JobStatus): Map<string, FunctionDefinition> {
  const results: Record<string, () => boolean> = {
    success: () => !status.failed,
    failure: () => status.failed,
    always: () => true,
    cancelled: () => false,
  };
  return new Map(
    Object.entries(results).map(([name, result]) => [
      name,
      {name, minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(result())},
    ]),
  );
}

/** Plain JSON as expression data (objects become case-insensitive dictionaries, as the runner's). */
function toData(value: unknown): data.ExpressionData {
  return JSON.parse(JSON.stringify(value ?? null), data.reviver) as data.ExpressionData;
}

export function evaluate(expression: string, contexts: Contexts, status: JobStatus): data.ExpressionData {
  const {tokens} = new Lexer(expression).lex();
  const functions = STATUS_FUNCTIONS.map((name) => ({name, minArgs: 0, maxArgs: 0}));
  const tree = new Parser(tokens, Object.keys(contexts), functions).parse();
  const context = new data.Dictionary(
    ...Object.entries(contexts).map(([key, value]) => ({key, value: toData(value)})),
  );
  return new Evaluator(tree, context, statusFunctions(status)).evaluate();
}

/**
 * A string with `${{ }}` templates: each evaluated and coerced to a string, the text between
 * kept. A `}}` inside a quoted string of the expression does not end it.
 */
export function interpolate(text: string, contexts: Contexts, status: JobStatus): string {
  let result = '';
  let rest = text;
  for (let start = rest.indexOf('${{'); start !== -1; start = rest.indexOf('${{')) {
    const end = closingBraces(rest, start + 3);
    if (end === -1) throw new Error(`unclosed \${{ in ${JSON.stringify(text)}`);
    result += rest.slice(0, start) + evaluate(rest.slice(start + 3, end), contexts, status).coerceString();
    rest = rest.slice(end + 2);
  }
  return result + rest;
}

function closingBraces(text: string, from: number): number {
  let quoted = false;
  for (let i = from; i < text.length - 1; i++) {
    if (text[i] === "'") quoted = !quoted;
    else if (!quoted && text[i] === '}' && text[i + 1] === '}') return i;
  }
  return -1;
}

/**
 * A step's `if:` as the runner reads it: an expression with or without `${{ }}`, and
 * `success() && (...)` around it unless it calls a status function itself. No `if:`: success().
 */
export function condition(raw: unknown, contexts: Contexts, status: JobStatus): boolean {
  if (raw === undefined || raw === null || raw === '') return !status.failed;
  let expression = typeof raw === 'string' ? raw.trim() : String(raw);
  const whole = /^\$\{\{([\s\S]*)\}\}$/.exec(expression);
  if (whole) expression = whole[1] as string;
  if (!new RegExp(`\\b(${STATUS_FUNCTIONS.join('|')})\\s*\\(`, 'i').test(expression))
    expression = `success() && (${expression})`;
  return truthy(evaluate(expression, contexts, status));
}
