import {spawn} from 'node:child_process';

export interface ProcessResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a process without blocking the test worker's event loop. A synchronous spawn that
 * outlasts vitest's 60 s RPC timeout (the dist build does on a loaded CI machine) makes the
 * worker report "Timeout calling onTaskUpdate" and fails the run with every test green.
 */
export function runProcess(
  file: string,
  args: readonly string[],
  options: {cwd?: string; env?: NodeJS.ProcessEnv} = {},
): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {...options, stdio: ['ignore', 'pipe', 'pipe']});
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({status, stdout, stderr}));
  });
}
