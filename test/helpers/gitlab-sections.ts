const ESC = String.fromCharCode(0x1b);
const MARKER = new RegExp(
  `section_(start|end):(\\d+):([a-zA-Z0-9_.-]+)(\\[(?:\\w+=\\w+)(?:, ?(?:\\w+=\\w+))*\\])?\\r${ESC}\\[0K`,
  'g',
);

/**
 * The log sections GitLab reads in a job log, as `action:name` (`start:hephy_1`), with
 * Gitlab::Regex.build_trace_section_regex: `section_<start|end>:<time>:<name>[options]\r\e[0K`.
 */
export function sectionMarkers(log: string): string[] {
  return [...log.matchAll(MARKER)].map((m) => `${m[1]}:${m[3]}`);
}
