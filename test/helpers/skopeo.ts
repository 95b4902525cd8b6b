import {runProcess} from './process.js';

export async function skopeo(args: string[]): Promise<string> {
  const result = await runProcess('skopeo', args);
  if (result.status !== 0) throw new Error(`skopeo ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

/** Every tag of a repository with what it is: `index linux/amd64,linux/arm64` or `image`. */
export async function describeRepository(repository: string): Promise<Record<string, string>> {
  const {Tags: tags} = JSON.parse(
    await skopeo(['list-tags', '--tls-verify=false', `docker://${repository}`]),
  ) as {Tags: string[]};
  const result: Record<string, string> = {};
  for (const tag of tags) {
    const raw = JSON.parse(
      await skopeo(['inspect', '--raw', '--tls-verify=false', `docker://${repository}:${tag}`]),
    ) as {
      manifests?: {platform?: {os: string; architecture: string}}[];
    };
    result[tag] = raw.manifests
      ? `index ${raw.manifests.map((m) => `${m.platform?.os}/${m.platform?.architecture}`).join(',')}`
      : 'image';
  }
  return result;
}
