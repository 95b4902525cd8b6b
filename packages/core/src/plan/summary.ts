import {markdownCode, markdownText, mermaidLabel} from '../markdown.js';
import type {Plan, PlannedImage} from './types.js';

/** Beyond this many images the table is cut (a job summary holds at most 1 MiB). */
const MAX_ROWS = 300;
/** Beyond this many nodes a Mermaid graph stops being readable (and hits Mermaid's edge limit). */
const MAX_GRAPH_NODES = 80;
const MAX_REASONS = 5;

/**
 * The report a person reads after the step: what will be built, why (the files that changed),
 * for which platforms, and the dependency graph as Mermaid (GitHub and GitLab render it).
 */
export function planSummary(plan: Plan, notes: readonly string[] = []): string {
  const lines = [headline(plan), ''];
  for (const note of notes) lines.push(`> ${markdownText(note)}`, '');
  if (plan.images.length === 0) return lines.join('\n');
  lines.push('| # | image | directory | platforms | why |', '|---|---|---|---|---|');
  plan.images.slice(0, MAX_ROWS).forEach((image, index) => {
    const platforms = markdownText(image.platforms.join(', '));
    lines.push(
      `| ${index + 1} | ${markdownCode(image.image)} | ${markdownCode(image.dir)} | ${image.config.manualBuild ? `${platforms} (manual)` : platforms} | ${reasonsCell(image)} |`,
    );
  });
  if (plan.images.length > MAX_ROWS)
    lines.push('', `… and ${plan.images.length - MAX_ROWS} more images (see plan.json).`);
  const graph = mermaidGraph(plan.images);
  if (graph) lines.push('', '```mermaid', graph, '```');
  return lines.join('\n');
}

function headline(plan: Plan): string {
  const count = plan.images.length;
  const what = count === 0 ? 'Nothing to build' : `${count} image${count === 1 ? '' : 's'} to build`;
  const archs = plan.archs.length > 0 ? ` for ${markdownText(plan.archs.join(', '))}` : '';
  const range =
    plan.base && plan.head
      ? ` (${markdownCode(`${plan.base.slice(0, 12)}..${plan.head.slice(0, 12)}`)})`
      : '';
  return `**${what}**${archs}. ${markdownText(plan.why ?? '')}${range}`.trim();
}

function reasonsCell(image: PlannedImage): string {
  const shown = image.reasons.slice(0, MAX_REASONS).map(markdownText);
  if (image.reasons.length > MAX_REASONS) shown.push(`… ${image.reasons.length - MAX_REASONS} more`);
  return shown.join('<br>');
}

/**
 * `graph LR` with an arrow from each dependency to the image built on it. Dependencies outside
 * the plan (already built) are drawn dashed. Undefined when there are no edges or too many nodes.
 */
export function mermaidGraph(images: readonly PlannedImage[]): string | undefined {
  const planned = new Set(images.map((image) => image.dir));
  const edges = images.flatMap((image) => image.dependsOn.map((dep) => [dep, image.image] as const));
  if (edges.length === 0) return undefined;
  const nodes = [...new Set([...images.map((i) => i.image), ...edges.map(([dep]) => dep)])];
  if (nodes.length > MAX_GRAPH_NODES) return undefined;
  const id = new Map(nodes.map((node, index) => [node, `n${index}`]));
  const lines = ['graph LR'];
  for (const node of nodes) {
    const label = mermaidLabel(node);
    lines.push(
      planned.has(node) || images.some((i) => i.image === node)
        ? `  ${id.get(node)}["${label}"]`
        : `  ${id.get(node)}(["${label}"]):::built`,
    );
  }
  for (const [dep, image] of edges) lines.push(`  ${id.get(dep)} --> ${id.get(image)}`);
  lines.push('  classDef built stroke-dasharray: 4 4');
  return lines.join('\n');
}
