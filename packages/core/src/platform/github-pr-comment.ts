/**
 * The pull request plan as one comment per pull request, through `@actions/github`'s Octokit:
 * found again by its marker and updated in place on every push. REST paths and answers as
 * documented at https://docs.github.com/rest/issues/comments (list: `GET
 * /repos/{owner}/{repo}/issues/{issue_number}/comments`, paged by `Link`; create: `POST` there,
 * 201; update: `PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}`, 200), and
 * https://docs.github.com/rest/users/users#get-the-authenticated-user (`GET /user`).
 */
import type {Env, Ports} from '../ports.js';

export interface PullRequestComment {
  /** The token (`github.token` by default); never logged. */
  token: string;
  /** `owner/name`, GITHUB_REPOSITORY. */
  repository: string;
  number: number;
  /** The comment's text; its first line is `marker`. */
  body: string;
  marker: string;
}

export type CommentResult =
  | {posted: 'created' | 'updated'; id: number; url: string}
  /** The token may not write here (a fork's pull request: 403), or the API failed: why, in words. */
  | {posted: false; status: number; why: string};

/** GITHUB_API_URL as the runner sets it (GitHub Enterprise Server: `https://HOST/api/v3`). */
export function githubApiUrl(env: Env): string {
  return env.GITHUB_API_URL || 'https://api.github.com';
}

/**
 * Creates the comment, or updates the one this step posted before: the first comment whose body
 * starts with the marker and whose author is the token's user (`GET /user`, for a person's
 * token), or a bot where the token may not ask who it is (`github.token`: `github-actions[bot]`,
 * or a GitHub App's). A comment by anyone else is never taken for ours, even if it copies the marker.
 */
export async function upsertPullRequestComment(
  comment: PullRequestComment,
  ports: Pick<Ports, 'env' | 'fetch'>,
): Promise<CommentResult> {
  const [owner = '', repo = ''] = comment.repository.split('/');
  // Loaded here, on a pull request only: importing @actions/github costs about half a second
  // unbundled (Octokit, undici), which no other run of the step should pay.
  const {getOctokit} = await import('@actions/github');
  const octokit = getOctokit(comment.token, {
    baseUrl: githubApiUrl(ports.env),
    request: {fetch: ports.fetch},
  });
  const target = {owner, repo, issue_number: comment.number};
  try {
    // A person's token (a PAT) says who it is; an app's, github.token included, may not ask (403).
    const me = await octokit.rest.users.getAuthenticated().then(
      ({data}) => data.login,
      () => undefined,
    );
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {...target, per_page: 100});
    const ours = comments.find(
      (existing) =>
        (me === undefined ? existing.user?.type === 'Bot' : existing.user?.login === me) &&
        (existing.body ?? '').startsWith(comment.marker),
    );
    if (ours) {
      const {data} = await octokit.rest.issues.updateComment({
        owner,
        repo,
        comment_id: ours.id,
        body: comment.body,
      });
      return {posted: 'updated', id: data.id, url: data.html_url};
    }
    const {data} = await octokit.rest.issues.createComment({...target, body: comment.body});
    return {posted: 'created', id: data.id, url: data.html_url};
  } catch (error) {
    if (!isRequestError(error)) throw error;
    const message = (error.response?.data as {message?: unknown} | undefined)?.message;
    return {posted: false, status: error.status, why: typeof message === 'string' ? message : error.message};
  }
}

/** Octokit's `RequestError` (an HTTP answer that is not a success), by shape: its class is not exported here. */
function isRequestError(error: unknown): error is Error & {status: number; response?: {data?: unknown}} {
  return (
    error instanceof Error &&
    error.name === 'HttpError' &&
    typeof (error as {status?: unknown}).status === 'number'
  );
}
