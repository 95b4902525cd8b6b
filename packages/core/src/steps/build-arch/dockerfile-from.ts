import {errorMessage} from '../../errors.js';
import {parseReference} from '../../registry/reference.js';
import type {Reference} from '../../shared/reference.js';

/**
 * The images a Dockerfile builds from, as its builder would resolve them: `FROM`, `COPY --from`
 * and `RUN --mount=...,from=` naming an image (not a stage), with the global `ARG`s (those before
 * the first `FROM`) and the automatic platform args expanded. A name that cannot be expanded the
 * way the builder would (an unknown `${VAR:?}` form) is reported as unresolved: the caller then
 * treats the build as having unknown inputs.
 */
export interface DockerfileImage {
  /** The image reference after expansion (`alpine:3.20`, `host/repo:tag@sha256:...`). */
  reference: string;
  ref: Reference;
  /** The platform it is pulled for: `--platform=` when given, else the build's. */
  platform: string;
  /** 1-based line of the instruction, for messages. */
  line: number;
}

export interface DockerfileImages {
  images: DockerfileImage[];
  /** Names that could not be expanded, with their line (`line 3: ${X:?} cannot be expanded`). */
  unresolved: string[];
  /**
   * The `# syntax=` parser directive: the frontend image BuildKit (and buildx) runs to read this
   * Dockerfile, pulled for the build's platform. buildah and kaniko ignore it.
   */
  syntax?: DockerfileImage;
}

/** The parser directives (`# syntax=...`, `# escape=...`): comment lines before anything else. */
function directives(dockerfile: string): Map<string, {value: string; line: number}> {
  const found = new Map<string, {value: string; line: number}>();
  const lines = dockerfile.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const match = /^#\s*([A-Za-z]+)\s*=\s*(\S+)\s*$/.exec(lines[i] as string);
    if (!match) break;
    found.set((match[1] as string).toLowerCase(), {value: match[2] as string, line: i + 1});
  }
  return found;
}

interface Instruction {
  keyword: string;
  rest: string;
  line: number;
}

/** Instructions with their continuation lines joined (`\`, or the `# escape=` directive's), comments dropped. */
function instructions(dockerfile: string, escape: string): Instruction[] {
  const result: Instruction[] = [];
  const lines = dockerfile.split(/\r?\n/);
  const continues = (text: string) => text.trimEnd().endsWith(escape);
  for (let i = 0; i < lines.length; i++) {
    const start = i;
    let text = lines[i] as string;
    if (/^\s*#/.test(text) || text.trim() === '') continue;
    while (continues(text) && i + 1 < lines.length) {
      i++;
      const next = lines[i] as string;
      // Comment lines and empty lines inside a continued instruction are dropped, as the parser does.
      if (/^\s*#/.test(next) || next.trim() === '') continue;
      text = `${text.trimEnd().slice(0, -1)} ${next}`;
    }
    const match = /^\s*([A-Za-z]+)\s*(.*)$/.exec(text);
    if (!match) continue;
    result.push({keyword: (match[1] as string).toUpperCase(), rest: match[2] as string, line: start + 1});
    // A here-document's lines (`RUN <<EOF` ... `EOF`) are its content, never instructions.
    for (const heredoc of text.matchAll(/<<(-?)(["']?)([A-Za-z_][A-Za-z0-9_]*)\2/g)) {
      const [, dash, , word] = heredoc;
      while (i + 1 < lines.length) {
        i++;
        const body = lines[i] as string;
        if ((dash ? body.replace(/^\t+/, '') : body) === word) break;
      }
    }
  }
  return result;
}

/** The automatic platform args BuildKit and buildah define for every `FROM`. */
function platformArgs(target: string, build: string): Map<string, string> {
  const args = new Map<string, string>();
  for (const [side, platform] of [
    ['TARGET', target],
    ['BUILD', build],
  ] as const) {
    const [os = '', arch = '', variant = ''] = platform.split('/');
    args.set(`${side}PLATFORM`, platform);
    args.set(`${side}OS`, os);
    args.set(`${side}ARCH`, arch);
    args.set(`${side}VARIANT`, variant);
  }
  return args;
}

const WORD = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?:(:[-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g;

/** `$A`, `${A}`, `${A:-word}` and `${A:+word}` as the Dockerfile frontend expands them; undefined otherwise. */
export function expandWord(text: string, args: ReadonlyMap<string, string>): string | undefined {
  const rest = text.replace(WORD, '');
  if (rest.includes('$')) return undefined;
  return text.replace(
    WORD,
    (
      _m,
      braced: string | undefined,
      op: string | undefined,
      word: string | undefined,
      bare: string | undefined,
    ) => {
      const value = args.get((braced ?? bare) as string) ?? '';
      if (op === ':-') return value === '' ? (word ?? '') : value;
      if (op === ':+') return value === '' ? '' : (word ?? '');
      return value;
    },
  );
}

/** `--flag=value` options at the start of an instruction, and what follows them. */
function splitFlags(rest: string): {flags: Map<string, string[]>; words: string[]} {
  const words = rest.trim().split(/\s+/).filter(Boolean);
  const flags = new Map<string, string[]>();
  while (words[0]?.startsWith('--')) {
    const word = words.shift() as string;
    const eq = word.indexOf('=');
    const name = (eq < 0 ? word.slice(2) : word.slice(2, eq)).toLowerCase();
    flags.set(name, [...(flags.get(name) ?? []), eq < 0 ? '' : word.slice(eq + 1)]);
  }
  return {flags, words};
}

/** `ARG A=1 B` as name/default pairs. */
function argDeclarations(rest: string): [string, string | undefined][] {
  return rest
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => {
      const eq = word.indexOf('=');
      return eq < 0 ? [word, undefined] : [word.slice(0, eq), word.slice(eq + 1).replace(/^"(.*)"$/, '$1')];
    });
}

/**
 * The images `dockerfile` pulls for a build on `platform` with `buildArgs` (`KEY=VALUE`, as the
 * backend gets them), on a machine of `buildPlatform` (`$BUILDPLATFORM`: the same, but for a
 * build under emulation). `scratch`, stage names and stage indexes are not images.
 */
export function dockerfileImages(
  dockerfile: string,
  buildArgs: readonly string[],
  platform: string,
  buildPlatform: string = platform,
): DockerfileImages {
  const given = new Map(
    buildArgs.map((arg) => [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]),
  );
  const globals = platformArgs(platform, buildPlatform);
  const stages = new Set<string>();
  const images: DockerfileImage[] = [];
  const unresolved: string[] = [];
  let seenFrom = false;
  /** The image `raw` names, expanded; undefined for none (a stage, scratch) or an unresolved name. */
  const image = (raw: string, line: number, platformFlag?: string): DockerfileImage | undefined => {
    const reference = expandWord(raw, globals);
    if (reference === undefined) return void unresolved.push(`line ${line}: ${raw} cannot be expanded`);
    const lower = reference.toLowerCase();
    // An empty name (an ARG the build does not set, or one scoped to a stage) is unknown, not nothing.
    if (reference === '') return void unresolved.push(`line ${line}: ${raw} expands to nothing`);
    if (lower === 'scratch' || stages.has(lower) || /^\d+$/.test(reference)) return;
    const wanted = platformFlag ? expandWord(platformFlag, globals) : platform;
    if (!wanted) return void unresolved.push(`line ${line}: --platform=${platformFlag} cannot be expanded`);
    try {
      return {reference, ref: parseReference(reference), platform: wanted, line};
    } catch (error) {
      return void unresolved.push(`line ${line}: ${errorMessage(error)}`);
    }
  };
  const add = (raw: string, line: number, platformFlag?: string) => {
    const found = image(raw, line, platformFlag);
    if (found) images.push(found);
  };
  const parser = directives(dockerfile);
  const directive = parser.get('syntax');
  // The frontend runs on the building machine: it is pulled for that machine's platform.
  const syntax = directive ? image(directive.value, directive.line, buildPlatform) : undefined;
  const escape = parser.get('escape')?.value === '`' ? '`' : '\\';
  for (const {keyword, rest, line} of instructions(dockerfile, escape)) {
    if (keyword === 'ARG' && !seenFrom) {
      for (const [name, fallback] of argDeclarations(rest)) {
        const value = given.get(name) ?? (fallback !== undefined ? expandWord(fallback, globals) : undefined);
        if (value !== undefined) globals.set(name, value);
      }
    } else if (keyword === 'FROM') {
      seenFrom = true;
      const {flags, words} = splitFlags(rest);
      add(words[0] ?? '', line, flags.get('platform')?.[0]);
      if (words[1]?.toUpperCase() === 'AS' && words[2]) stages.add(words[2].toLowerCase());
    } else if (keyword === 'COPY' || keyword === 'ADD') {
      const from = splitFlags(rest).flags.get('from')?.[0];
      if (from) add(from, line);
    } else if (keyword === 'RUN') {
      for (const mount of splitFlags(rest).flags.get('mount') ?? []) {
        const from = /(?:^|,)from=([^,]+)/.exec(mount)?.[1];
        if (from) add(from, line);
      }
    }
  }
  return {images, unresolved, ...(syntax ? {syntax} : {})};
}
