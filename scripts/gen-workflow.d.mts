export function buildJobNames(options: {levels: number; shards: number}): string[];
export function workflowWithBuildJobs(text: string, options: {levels: number; shards: number}): string;
