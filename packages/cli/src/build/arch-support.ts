import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';

/** Where the kernel lists the interpreters it runs foreign binaries with (qemu-user via binfmt_misc). */
export const BINFMT_DIR = '/proc/sys/fs/binfmt_misc';

/** What this machine can run: its own arch, and the arches an emulator is registered for. */
export interface ArchSupport {
  host: string;
  emulated: ReadonlySet<string>;
}

/** qemu-user's binfmt entry names (`qemu-aarch64`) by our arch labels. */
const QEMU_ARCHS: Readonly<Record<string, string>> = {
  'qemu-x86_64': 'amd64',
  'qemu-aarch64': 'arm64',
  'qemu-arm': 'armv7',
  'qemu-i386': '386',
  'qemu-ppc64le': 'ppc64le',
  'qemu-s390x': 's390x',
  'qemu-riscv64': 'riscv64',
  'qemu-mips64el': 'mips64le',
  'qemu-loong64': 'loong64',
};

/**
 * The arches an enabled binfmt_misc entry emulates. Entries are read by name (docker/binfmt and
 * Debian's qemu-user-static both register `qemu-<cpu>`); an unreadable or unmounted directory
 * means no emulator, which is the safe answer.
 */
export function emulatedArchs(dir: string = BINFMT_DIR): Set<string> {
  const found = new Set<string>();
  let entries: string[];
  try {
    entries = readdirSync(dir);
    if (!readFileSync(path.join(dir, 'status'), 'utf8').startsWith('enabled')) return found;
  } catch {
    return found;
  }
  for (const entry of entries) {
    const arch = QEMU_ARCHS[entry];
    if (!arch) continue;
    try {
      if (readFileSync(path.join(dir, entry), 'utf8').startsWith('enabled')) found.add(arch);
    } catch {
      // Removed while we looked: not registered.
    }
  }
  if (found.has('armv7')) found.add('armv6');
  return found;
}

/** One Dockerfile instruction: its keyword (upper case) and the rest of its text. */
interface Instruction {
  keyword: string;
  rest: string;
}

/** Instructions with line continuations joined; comments and parser directives dropped. */
function instructions(dockerfile: string): Instruction[] {
  const joined = dockerfile.replace(/\\[ \t]*\r?\n/g, ' ');
  const result: Instruction[] = [];
  for (const line of joined.split(/\r?\n/)) {
    const match = /^[ \t]*([A-Za-z]+)(?:[ \t]+(.*))?$/.exec(line);
    if (match && !line.trimStart().startsWith('#')) {
      result.push({keyword: (match[1] as string).toUpperCase(), rest: match[2] ?? ''});
    }
  }
  return result;
}

/**
 * Whether building `target` (a stage name; '' = the last stage) runs a command inside the image,
 * which needs a CPU that can execute it. Stages after the target are never built; stages before
 * it are counted, since a builder may build them (buildah does unless told to skip them).
 */
export function runsCommands(dockerfile: string, target = ''): boolean {
  let runs = false;
  let inTarget = false;
  for (const {keyword, rest} of instructions(dockerfile)) {
    if (keyword === 'FROM') {
      if (inTarget) return runs;
      const stage = /\bAS[ \t]+(\S+)/i.exec(rest)?.[1];
      inTarget = target !== '' && stage !== undefined && stage.toLowerCase() === target.toLowerCase();
    }
    if (keyword === 'RUN') runs = true;
  }
  return runs;
}
