/**
 * A STAND-IN of the GitHub REST API (api.github.com cannot be reached here): a small HTTP server
 * on 127.0.0.1 that answers the three issue-comment calls the pull request plan makes, as
 * api.github.com answers them. The code under test reaches it through GITHUB_API_URL, as on a
 * runner. Contract points kept, from https://docs.github.com/rest/issues/comments (the same paths
 * and codes as octokit/openapi `api.github.com.json`):
 * - `GET /repos/{owner}/{repo}/issues/{issue_number}/comments?per_page=&page=`: 200, an array,
 *   oldest first; `per_page` at most 100 (default 30); more pages announced in a `Link` header
 *   with `rel="next"` (https://docs.github.com/rest/using-the-rest-api/using-pagination-in-the-rest-api).
 * - `POST` to the same path with `{"body"}`: 201 and the comment.
 * - `PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}` with `{"body"}`: 200 and the comment.
 * - A comment: `id`, `html_url`, `body`, `user: {login, type}` (`github-actions[bot]`, type `Bot`,
 *   for the workflow token).
 * - The read-only token of a fork's pull request: reads work, a write is 403 with the body GitHub
 *   sends (seen in MeilCli/danger-action#390 and microsoft/azure-pipelines-tasks#20278:
 *   `x-accepted-github-permissions: issues=write; pull_requests=write`).
 * - `GET /user` (https://docs.github.com/rest/users/users#get-the-authenticated-user): 200 and
 *   the user for a person's token; 403 `Resource not accessible by integration` for an app's
 *   installation token (github.token), which has no user.
 * - An unknown token: 401 `Bad credentials`.
 */
import {createServer, type IncomingMessage, type ServerResponse} from 'node:http';
import {cleanUp} from './cleanup.js';

export interface StandInToken {
  login: string;
  type: 'Bot' | 'User';
  /** false: the read-only token GitHub gives a fork's pull request. */
  write: boolean;
}

export interface StandInComment {
  id: number;
  issue: string;
  body: string;
  user: {login: string; type: string};
}

export interface GitHubApiStandIn {
  /** `http://127.0.0.1:PORT`: GITHUB_API_URL. */
  url: string;
  comments: StandInComment[];
  /** Every request: method, path and query, and the Authorization header's scheme. */
  requests: {method: string; path: string; auth: string}[];
  tokens: Map<string, StandInToken>;
}

const FORBIDDEN = {
  message: 'Resource not accessible by integration',
  documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
  status: '403',
};

export async function startGitHubApiStandIn(): Promise<GitHubApiStandIn> {
  const comments: StandInComment[] = [];
  const requests: GitHubApiStandIn['requests'] = [];
  const tokens = new Map<string, StandInToken>();
  let nextId = 1000;
  let url = '';
  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => send(res, 500, {message: String(error)}));
  });
  const view = (c: StandInComment) => ({
    id: c.id,
    node_id: `IC_${c.id}`,
    url: `${url}/repos/${c.issue.replace('#', '/issues/')}/comments/${c.id}`,
    html_url: `https://github.com/${c.issue.replace('#', '/pull/')}#issuecomment-${c.id}`,
    body: c.body,
    user: {login: c.user.login, id: 41898282, type: c.user.type},
    author_association: 'NONE',
  });
  async function handle(req: IncomingMessage, res: ServerResponse) {
    const parsed = new URL(req.url ?? '/', url);
    const authorization = req.headers.authorization ?? '';
    requests.push({
      method: req.method ?? '',
      path: `${parsed.pathname}${parsed.search}`,
      auth: authorization.split(' ')[0] ?? '',
    });
    const token = tokens.get(authorization.replace(/^(token|bearer) /i, ''));
    if (!token)
      return send(res, 401, {
        message: 'Bad credentials',
        documentation_url: 'https://docs.github.com/rest',
        status: '401',
      });
    if (parsed.pathname === '/user' && req.method === 'GET') {
      return token.type === 'User'
        ? send(res, 200, {login: token.login, id: 1, type: 'User'})
        : send(res, 403, {
            ...FORBIDDEN,
            documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user',
          });
    }
    const body = req.method === 'GET' ? undefined : ((await readJson(req)) as {body?: string});
    const list = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(parsed.pathname);
    const one = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(parsed.pathname);
    if (list && req.method === 'GET') {
      const issue = `${list[1]}/${list[2]}#${list[3]}`;
      const perPage = Math.min(Number(parsed.searchParams.get('per_page') ?? 30), 100);
      const page = Number(parsed.searchParams.get('page') ?? 1);
      const all = comments.filter((c) => c.issue === issue);
      const last = Math.max(1, Math.ceil(all.length / perPage));
      const headers: Record<string, string> = {};
      if (page < last) {
        const link = (p: number) => `<${url}${parsed.pathname}?per_page=${perPage}&page=${p}>`;
        headers.link = `${link(page + 1)}; rel="next", ${link(last)}; rel="last"`;
      }
      return send(res, 200, all.slice((page - 1) * perPage, page * perPage).map(view), headers);
    }
    if ((list && req.method === 'POST') || (one && req.method === 'PATCH')) {
      if (!token.write)
        return send(res, 403, FORBIDDEN, {
          'x-accepted-github-permissions': 'issues=write; pull_requests=write',
        });
      if (typeof body?.body !== 'string') return send(res, 422, {message: 'Invalid request.', status: '422'});
      if (list) {
        const comment = {
          id: nextId++,
          issue: `${list[1]}/${list[2]}#${list[3]}`,
          body: body.body,
          user: {login: token.login, type: token.type},
        };
        comments.push(comment);
        return send(res, 201, view(comment));
      }
      const comment = comments.find((c) => c.id === Number(one?.[3]));
      if (!comment) return send(res, 404, {message: 'Not Found', status: '404'});
      comment.body = body.body;
      return send(res, 200, view(comment));
    }
    return send(res, 404, {
      message: 'Not Found',
      documentation_url: 'https://docs.github.com/rest',
      status: '404',
    });
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  cleanUp(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return {url, comments, requests, tokens};
}

/** A request's JSON body (undefined when empty). */
export async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : undefined;
}

/** Answers with a JSON body, as both APIs do. */
export function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {'content-type': 'application/json; charset=utf-8', ...headers});
  res.end(JSON.stringify(body));
}
