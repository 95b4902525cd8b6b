/**
 * A STAND-IN of the GitLab REST API v4 (no GitLab here): a small HTTP server on 127.0.0.1 that
 * answers the calls the merge request plan makes, as gitlab.com answers them. The code under test
 * reaches it through CI_API_V4_URL, as in a job. Contract points kept:
 * - https://docs.gitlab.com/api/notes/#merge-requests: `GET
 *   /projects/:id/merge_requests/:merge_request_iid/notes` (200, an array; `per_page` at most
 *   100, default 20), `POST` there with `body` (201 and the note), `PUT .../notes/:note_id` with
 *   `body` (200 and the note). A note: `id`, `body`, `system`, `author: {id, username}`.
 * - https://docs.gitlab.com/api/rest/#offset-based-pagination: `X-Page`, `X-Per-Page`,
 *   `X-Next-Page` (empty on the last page).
 * - https://docs.gitlab.com/api/users/#retrieve-the-current-user: `GET /user`, the token's user.
 * - https://docs.gitlab.com/api/rest/authentication/: a token in `PRIVATE-TOKEN`; any other
 *   (CI_JOB_TOKEN is not a personal token) is `401 {"message":"401 Unauthorized"}`.
 */
import {createServer, type IncomingMessage, type ServerResponse} from 'node:http';
import {cleanUp} from './cleanup.js';
import {readJson, send} from './github-api.js';

export interface StandInNote {
  id: number;
  /** `<project>!<iid>`. */
  mergeRequest: string;
  body: string;
  system: boolean;
  author: {id: number; username: string};
}

export interface GitLabApiStandIn {
  /** `http://127.0.0.1:PORT/api/v4`: CI_API_V4_URL. */
  url: string;
  notes: StandInNote[];
  /** Token → the user it belongs to. */
  tokens: Map<string, {id: number; username: string}>;
  requests: {method: string; path: string}[];
}

export async function startGitLabApiStandIn(): Promise<GitLabApiStandIn> {
  const notes: StandInNote[] = [];
  const tokens = new Map<string, {id: number; username: string}>();
  const requests: GitLabApiStandIn['requests'] = [];
  let nextId = 500;
  let origin = '';
  const server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => send(res, 500, {message: String(error)}));
  });
  async function handle(req: IncomingMessage, res: ServerResponse) {
    const parsed = new URL(req.url ?? '/', origin);
    requests.push({method: req.method ?? '', path: `${parsed.pathname}${parsed.search}`});
    const user = tokens.get(String(req.headers['private-token'] ?? ''));
    if (!user) return send(res, 401, {message: '401 Unauthorized'});
    if (parsed.pathname === '/api/v4/user' && req.method === 'GET')
      return send(res, 200, {...user, state: 'active'});
    const match = /^\/api\/v4\/projects\/([^/]+)\/merge_requests\/(\d+)\/notes(?:\/(\d+))?$/.exec(
      parsed.pathname,
    );
    if (!match) return send(res, 404, {message: '404 Not Found'});
    const mergeRequest = `${decodeURIComponent(match[1] ?? '')}!${match[2]}`;
    const body = req.method === 'GET' ? undefined : ((await readJson(req)) as {body?: string});
    if (!match[3] && req.method === 'GET') {
      const perPage = Math.min(Number(parsed.searchParams.get('per_page') ?? 20), 100);
      const page = Number(parsed.searchParams.get('page') ?? 1);
      const all = notes.filter((n) => n.mergeRequest === mergeRequest);
      const next = page * perPage < all.length ? String(page + 1) : '';
      return send(res, 200, all.slice((page - 1) * perPage, page * perPage), {
        'x-page': String(page),
        'x-per-page': String(perPage),
        'x-next-page': next,
      });
    }
    if (typeof body?.body !== 'string') return send(res, 400, {error: 'body is missing'});
    if (!match[3] && req.method === 'POST') {
      const note = {id: nextId++, mergeRequest, body: body.body, system: false, author: user};
      notes.push(note);
      return send(res, 201, note);
    }
    const note = notes.find((n) => n.id === Number(match[3]) && n.mergeRequest === mergeRequest);
    if (!note || req.method !== 'PUT') return send(res, 404, {message: '404 Not found'});
    if (note.author.id !== user.id) return send(res, 403, {message: '403 Forbidden'});
    note.body = body.body;
    return send(res, 200, note);
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  cleanUp(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return {url: `${origin}/api/v4`, notes, tokens, requests};
}
