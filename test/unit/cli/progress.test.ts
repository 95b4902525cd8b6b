import {describe, expect, it} from 'vitest';
import {createProgressView, renderTable} from '../../../packages/cli/src/progress.js';

const ESC = String.fromCharCode(27);

function recorder(isTTY: boolean) {
  const chunks: string[] = [];
  return {stream: {isTTY, write: (t: string) => chunks.push(t)}, chunks};
}

describe('progress view', () => {
  it('prints one plain line per change of state when not on a terminal (CI logs)', () => {
    let clock = 1_000;
    const {stream, chunks} = recorder(false);
    const view = createProgressView(stream, () => clock);
    view.update('greeter', 'amd64', 'building');
    clock += 2_500;
    view.update('greeter', 'amd64', 'pushed', 'sha256:abc');
    view.finish();
    expect(chunks).toEqual([
      '[   0.0s] greeter amd64 building\n',
      '[   2.5s] greeter amd64 pushed sha256:abc\n',
    ]);
    expect(chunks.join('')).not.toContain('\u001b');
  });

  it('redraws the table in place on a terminal, with elapsed time per job', () => {
    let clock = 0;
    const {stream, chunks} = recorder(true);
    const view = createProgressView(stream, () => clock);
    view.update('hello', 'amd64', 'building');
    view.update('hello', 'arm64', 'waiting');
    clock += 1_200;
    view.update('hello', 'amd64', 'pushed');
    view.finish();
    const last = chunks.at(-1) ?? '';
    // The frame moves the cursor up over the previous one (3 lines: header + 2 jobs).
    expect(last.startsWith('\u001b[3A')).toBe(true);
    const plain = last.replace(new RegExp(`${ESC}\\[[0-9]*[A-Z]`, 'g'), '');
    expect(plain).toMatch(/hello\s+amd64\s+pushed\s+1\.2s/);
    expect(plain).toMatch(/hello\s+arm64\s+waiting/);
  });
});

describe('renderTable', () => {
  it('aligns columns to the widest cell', () => {
    expect(
      renderTable(
        ['A', 'BB'],
        [
          ['xxx', 'y'],
          ['z', 'wwww'],
        ],
      ),
    ).toBe('A    BB\nxxx  y\nz    wwww');
  });
});
