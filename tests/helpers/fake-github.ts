// A local fake of the parts of the GitHub REST API that fid-gate uses, on 127.0.0.1: issue comments (paginated list,
// create, update), the token's user, workflow runs, run artifacts with the 302 zip download, pull requests. Records
// every request.
import http from 'node:http';
import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';

export interface FakeComment {
  id: number;
  body: string;
  html_url: string;
  user: { login: string; type: string };
}
export interface FakeRun {
  id: number;
  workflow_id: number;
  head_branch: string;
  created_at: string;
  status: string;
  conclusion: string | null;
  html_url: string;
}
export interface FakeArtifact {
  id: number;
  name: string;
  zip: Buffer;
  created_at: string;
}
export interface RecordedRequest {
  method: string;
  path: string;
  authorization?: string;
  body?: string;
}

export class FakeGitHub {
  readonly comments = new Map<number, FakeComment[]>();
  readonly runs = new Map<number, FakeRun>();
  readonly artifacts = new Map<number, FakeArtifact[]>();
  readonly pulls = new Map<number, { number: number; head: { sha: string }; base: { ref: string } }>();
  readonly requests: RecordedRequest[] = [];
  /**
   * The login of a user's token: GET /user answers it and comments are created under it. Undefined: the token is a
   * workflow's GITHUB_TOKEN, GET /user answers 403 and comments are github-actions[bot]'s.
   */
  tokenUser: string | undefined = undefined;
  /** Comment endpoints answer 403 (a read-only token). */
  commentsForbidden = false;
  /** The next N requests whose path matches `match` fail with `status` (and Retry-After when given). */
  failures: { match: RegExp; status: number; retryAfter?: string; count: number }[] = [];
  /** The next N requests whose path matches `match` get no answer: the server destroys the socket (ECONNRESET). */
  resets: { match: RegExp; count: number }[] = [];
  private nextId = 1000;
  private server = http.createServer((req, res) => {
    this.handle(req, res).catch((err) => {
      res.writeHead(500);
      res.end(String(err));
    });
  });
  url = '';

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** Adds a comment by `login` (a comment fid-gate did not write, whatever its body). */
  addComment(issue: number, body: string, login: string, type = 'User'): FakeComment {
    const c = this.comment(body, login, type);
    this.comments.set(issue, [...(this.comments.get(issue) ?? []), c]);
    return c;
  }

  /** Adds `n` comments by other people to an issue (so the marker comment lands on a later page). */
  addOtherComments(issue: number, n: number): void {
    const list = this.comments.get(issue) ?? [];
    for (let i = 0; i < n; i++) list.push(this.comment(`unrelated comment ${i}`, 'someone', 'User'));
    this.comments.set(issue, list);
  }

  addRun(run: Partial<FakeRun> & { id: number; workflow_id: number }): FakeRun {
    const r: FakeRun = {
      head_branch: 'main',
      created_at: new Date(Date.UTC(2024, 0, 1) + run.id * 1000).toISOString(),
      status: 'completed',
      conclusion: 'success',
      html_url: `https://github.com/o/r/actions/runs/${run.id}`,
      ...run,
    };
    this.runs.set(r.id, r);
    return r;
  }

  addArtifact(runId: number, name: string, zip: Buffer): FakeArtifact {
    const a = { id: this.nextId++, name, zip, created_at: new Date().toISOString() };
    this.artifacts.set(runId, [...(this.artifacts.get(runId) ?? []), a]);
    return a;
  }

  private comment(body: string, login = 'github-actions[bot]', type = 'Bot'): FakeComment {
    const id = this.nextId++;
    return { id, body, html_url: `https://github.com/o/r/pull/7#issuecomment-${id}`, user: { login, type } };
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const bodyText = Buffer.concat(chunks).toString('utf8');
    const u = new URL(req.url ?? '/', this.url);
    const p = u.pathname;
    this.requests.push({
      method: req.method ?? '',
      path: p + u.search,
      authorization: req.headers.authorization,
      body: bodyText || undefined,
    });
    const json = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(JSON.stringify(data));
    };
    const reset = this.resets.find((f) => f.count > 0 && f.match.test(p));
    if (reset) {
      reset.count--;
      req.socket.destroy();
      return;
    }
    const fail = this.failures.find((f) => f.count > 0 && f.match.test(p));
    if (fail) {
      fail.count--;
      return json(
        fail.status,
        { message: `fake failure ${fail.status}` },
        fail.retryAfter !== undefined ? { 'retry-after': fail.retryAfter } : {},
      );
    }
    let m: RegExpMatchArray | null;
    if ((m = p.match(/^\/blob\/(\d+)\.zip$/)) && req.method === 'GET') {
      const a = [...this.artifacts.values()].flat().find((x) => x.id === Number(m![1]));
      if (!a) return json(404, { message: 'Not Found' });
      res.writeHead(200, { 'content-type': 'application/zip', 'content-length': String(a.zip.length) });
      res.end(a.zip);
      return;
    }
    if (!/^(token|Bearer) \S+$/.test(req.headers.authorization ?? ''))
      return json(401, { message: 'Requires authentication' });
    if (p === '/user' && req.method === 'GET') {
      return this.tokenUser
        ? json(200, { login: this.tokenUser, type: 'User' })
        : json(403, { message: 'Resource not accessible by integration' });
    }
    if ((m = p.match(/^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/))) {
      if (this.commentsForbidden) return json(403, { message: 'Resource not accessible by integration' });
      const issue = Number(m[3]);
      const list = this.comments.get(issue) ?? [];
      if (req.method === 'GET') {
        const perPage = Math.min(100, Number(u.searchParams.get('per_page') ?? 30));
        const page = Number(u.searchParams.get('page') ?? 1);
        const last = Math.max(1, Math.ceil(list.length / perPage));
        const links: string[] = [];
        const link = (n: number, rel: string) => `<${this.url}${p}?per_page=${perPage}&page=${n}>; rel="${rel}"`;
        if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
        return json(
          200,
          list.slice((page - 1) * perPage, page * perPage),
          links.length ? { link: links.join(', ') } : {},
        );
      }
      if (req.method === 'POST') {
        const c = this.tokenUser
          ? this.comment(JSON.parse(bodyText).body, this.tokenUser, 'User')
          : this.comment(JSON.parse(bodyText).body);
        this.comments.set(issue, [...list, c]);
        return json(201, c);
      }
    }
    if ((m = p.match(/^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/)) && req.method === 'PATCH') {
      if (this.commentsForbidden) return json(403, { message: 'Resource not accessible by integration' });
      const c = [...this.comments.values()].flat().find((x) => x.id === Number(m![3]));
      if (!c) return json(404, { message: 'Not Found' });
      c.body = JSON.parse(bodyText).body;
      return json(200, c);
    }
    if ((m = p.match(/^\/repos\/([^/]+)\/([^/]+)\/actions\/runs\/(\d+)$/)) && req.method === 'GET') {
      const r = this.runs.get(Number(m[3]));
      return r ? json(200, r) : json(404, { message: 'Not Found' });
    }
    if ((m = p.match(/^\/repos\/([^/]+)\/([^/]+)\/actions\/workflows\/(\d+)\/runs$/)) && req.method === 'GET') {
      const branch = u.searchParams.get('branch');
      const status = u.searchParams.get('status');
      const runs = [...this.runs.values()]
        .filter(
          (r) =>
            r.workflow_id === Number(m![3]) &&
            (!branch || r.head_branch === branch) &&
            (!status || r.conclusion === status),
        )
        .sort((a, b) => b.created_at.localeCompare(a.created_at));
      const perPage = Number(u.searchParams.get('per_page') ?? 30);
      return json(200, { total_count: runs.length, workflow_runs: runs.slice(0, perPage) });
    }
    if ((m = p.match(/^\/repos\/([^/]+)\/([^/]+)\/actions\/runs\/(\d+)\/artifacts$/)) && req.method === 'GET') {
      const name = u.searchParams.get('name');
      const list = (this.artifacts.get(Number(m[3])) ?? []).filter((a) => !name || a.name === name);
      return json(200, {
        total_count: list.length,
        artifacts: list.map((a) => ({
          id: a.id,
          name: a.name,
          size_in_bytes: a.zip.length,
          created_at: a.created_at,
          digest: `sha256:${createHash('sha256').update(a.zip).digest('hex')}`,
        })),
      });
    }
    if ((m = p.match(/^\/repos\/([^/]+)\/([^/]+)\/actions\/artifacts\/(\d+)\/zip$/)) && req.method === 'GET') {
      res.writeHead(302, { location: `${this.url}/blob/${m[3]}.zip` });
      res.end();
      return;
    }
    if ((m = p.match(/^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)$/)) && req.method === 'GET') {
      const pr = this.pulls.get(Number(m[3]));
      return pr ? json(200, pr) : json(404, { message: 'Not Found' });
    }
    json(404, { message: `fake: no route for ${req.method} ${p}` });
  }
}
