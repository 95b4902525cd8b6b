/**
 * The merge request plan as one note per merge request, found again by its marker and updated in
 * place. REST paths and answers as documented at https://docs.gitlab.com/api/notes/#merge-requests
 * (list: `GET /projects/:id/merge_requests/:iid/notes`, paged by `X-Next-Page`; create: `POST`
 * there, 201; update: `PUT .../notes/:note_id`, 200) and https://docs.gitlab.com/api/users/
 * (`GET /user`: who the token is). `CI_JOB_TOKEN` may not call these: the token is an input.
 */
import type {Env, Ports} from '../ports.js';
import type {CommentResult} from './github-pr-comment.js';

export interface MergeRequestNote {
  /** A personal, project or group access token with api scope; sent as PRIVATE-TOKEN, never logged. */
  token: string;
  /** CI_PROJECT_ID. */
  project: string;
  /** CI_MERGE_REQUEST_IID. */
  iid: string;
  body: string;
  marker: string;
}

interface Note {
  id: number;
  body?: string;
  system?: boolean;
  author?: {id?: number};
}

const MAX_PAGES = 50;

/** CI_API_V4_URL as the runner sets it (`https://gitlab.example.com/api/v4`). */
export function gitlabApiUrl(env: Env): string {
  return (env.CI_API_V4_URL || 'https://gitlab.com/api/v4').replace(/\/+$/, '');
}

/** Creates the note, or updates the one the token's own user posted before (its body starts with the marker). */
export async function upsertMergeRequestNote(
  note: MergeRequestNote,
  ports: Pick<Ports, 'env' | 'fetch'>,
): Promise<CommentResult> {
  const api = gitlabApiUrl(ports.env);
  const notes = `${api}/projects/${encodeURIComponent(note.project)}/merge_requests/${encodeURIComponent(note.iid)}/notes`;
  const call = async (method: string, url: string, body?: object) => {
    const response = await ports.fetch(url, {
      method,
      headers: {'PRIVATE-TOKEN': note.token, ...(body ? {'content-type': 'application/json'} : {})},
      ...(body ? {body: JSON.stringify(body)} : {}),
    });
    const data: unknown = await response.json().catch(() => undefined);
    return {response, data};
  };
  const failed = (response: Response, data: unknown): CommentResult => {
    const message = (data as {message?: unknown} | undefined)?.message;
    return {
      posted: false,
      status: response.status,
      why: typeof message === 'string' ? message : JSON.stringify(message ?? response.statusText),
    };
  };
  const me = await call('GET', `${api}/user`);
  if (!me.response.ok) return failed(me.response, me.data);
  const myId = (me.data as {id?: number}).id;
  let ours: Note | undefined;
  for (let page = '1', count = 0; page && !ours && count < MAX_PAGES; count++) {
    const listed = await call('GET', `${notes}?per_page=100&page=${page}&sort=asc&order_by=created_at`);
    if (!listed.response.ok) return failed(listed.response, listed.data);
    ours = (listed.data as Note[]).find(
      (n) => !n.system && n.author?.id === myId && (n.body ?? '').startsWith(note.marker),
    );
    page = listed.response.headers.get('x-next-page') ?? '';
  }
  const written = ours
    ? await call('PUT', `${notes}/${ours.id}`, {body: note.body})
    : await call('POST', notes, {body: note.body});
  if (!written.response.ok) return failed(written.response, written.data);
  const id = (written.data as Note).id;
  return {posted: ours ? 'updated' : 'created', id, url: `${notes}/${id}`};
}
