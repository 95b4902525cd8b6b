// Types of scripts/system-deps.mjs, for the tests that import it.
export interface SystemPackage {
  package: string;
  command?: string;
  file?: string;
  why: string;
  demo?: boolean;
}
export interface Probe {
  onPath(command: string): boolean;
  exists(file: string): boolean;
}
export interface SystemPorts {
  uid: number;
  probe: Probe;
  run(file: string, args: string[], env: Record<string, string>): number;
  say(text: string): void;
}
export const SYSTEM_PACKAGES: readonly SystemPackage[];
export function packagesFor(purpose: 'demo' | 'test'): SystemPackage[];
export function missingPackages(
  entries: readonly SystemPackage[],
  probe: Probe,
): {package: string; what: string}[];
export function installCommand(packages: readonly string[]): string;
export function ensureSystemPackages(purpose: 'demo' | 'test', system: SystemPorts): number;
export function thisSystem(env?: NodeJS.ProcessEnv): SystemPorts;
