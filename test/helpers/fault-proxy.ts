import {request as httpRequest, createServer, type IncomingMessage, type ServerResponse} from 'node:http';
import {afterAll} from 'vitest';
import {freePort} from './registry.js';

/**
 * An HTTP proxy between a client and a registry that injects the faults registries and their
 * load balancers produce, and counts every request. Faults are drawn from a seeded generator, so
 * a failing run can be repeated, and never hit the same request more than `maxConsecutive` times
 * in a row, so a client with a few retries always gets through.
 */
export type Fault =
  | 'pass'
  /** 503 with a registry error body. */
  | '503'
  /** 429 with `Retry-After: <retryAfterSeconds>`. */
  | '429'
  /** The connection is closed before the request reaches the registry. */
  | 'drop-before'
  /** The registry handles the request, then the connection is closed before the answer. */
  | 'drop-after'
  /** The answer comes `slowMs` late. */
  | 'slow';

export interface ProxiedRequest {
  method: string;
  /** Path without the query. */
  path: string;
  fault: Fault;
  /** The registry's status ('' when it never answered to us). */
  status: number | '';
}

export interface FaultProxyOptions {
  /** Share of requests that get a fault (0 = a counting proxy only). */
  rate?: number;
  faults?: readonly Exclude<Fault, 'pass'>[];
  seed?: number;
  maxConsecutive?: number;
  retryAfterSeconds?: number;
  slowMs?: number;
}

export interface FaultProxy {
  /** `127.0.0.1:PORT`: use it in references instead of the registry's. */
  host: string;
  requests: ProxiedRequest[];
  /** Requests the registry answered (faults before forwarding excluded), optionally by method. */
  forwarded: (method?: string) => number;
  reset: () => void;
  configure: (options: FaultProxyOptions) => void;
  stop: () => Promise<void>;
}

/** mulberry32: small, seedable, good enough to spread faults. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function startFaultProxy(
  upstream: string,
  initial: FaultProxyOptions = {},
): Promise<FaultProxy> {
  let options: Required<FaultProxyOptions>;
  let next: () => number;
  const streak = new Map<string, number>();
  const configure = (o: FaultProxyOptions) => {
    options = {
      rate: 0,
      faults: ['503', '429', 'drop-before', 'drop-after', 'slow'],
      seed: 1,
      maxConsecutive: 2,
      retryAfterSeconds: 1,
      slowMs: 300,
      ...o,
    };
    next = random(options.seed);
    streak.clear();
  };
  configure(initial);
  const requests: ProxiedRequest[] = [];
  const choose = (key: string): Fault => {
    const count = streak.get(key) ?? 0;
    const roll = next();
    if (count >= options.maxConsecutive || roll >= options.rate) {
      streak.set(key, 0);
      return 'pass';
    }
    streak.set(key, count + 1);
    return options.faults[Math.floor(next() * options.faults.length)] ?? 'pass';
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = (req.url ?? '/').split('?')[0] as string;
      const fault = choose(`${req.method} ${path}`);
      const entry: ProxiedRequest = {method: req.method ?? '', path, fault, status: ''};
      requests.push(entry);
      void handle(req, res, Buffer.concat(chunks), fault, entry);
    });
  });
  const handle = async (
    req: IncomingMessage,
    res: ServerResponse,
    body: Buffer,
    fault: Fault,
    entry: ProxiedRequest,
  ) => {
    if (fault === 'drop-before') return void req.socket.destroy();
    if (fault === '503' || fault === '429') {
      const headers: Record<string, string> = {'Content-Type': 'application/json'};
      if (fault === '429') headers['Retry-After'] = String(options.retryAfterSeconds);
      res.writeHead(fault === '503' ? 503 : 429, headers);
      const code = fault === '503' ? 'UNAVAILABLE' : 'TOOMANYREQUESTS';
      return void res.end(JSON.stringify({errors: [{code, message: `injected ${fault}`}]}));
    }
    if (fault === 'slow') await new Promise((resolve) => setTimeout(resolve, options.slowMs));
    forward(
      req,
      body,
      (status, headers, answer) => {
        entry.status = status;
        if (fault === 'drop-after') return void req.socket.destroy();
        res.writeHead(status, headers);
        res.end(answer);
      },
      () => req.socket.destroy(),
    );
  };
  const forward = (
    req: IncomingMessage,
    body: Buffer,
    done: (status: number, headers: Record<string, string | string[]>, body: Buffer) => void,
    failed: () => void,
  ) => {
    const [hostname, port] = upstream.split(':');
    const out = httpRequest(
      {hostname, port: Number(port), method: req.method, path: req.url, headers: req.headers},
      (answer) => {
        const parts: Buffer[] = [];
        answer.on('data', (c: Buffer) => parts.push(c));
        answer.on('end', () => {
          const headers = Object.fromEntries(
            Object.entries(answer.headers).filter(
              (e): e is [string, string | string[]] => e[1] !== undefined,
            ),
          );
          done(answer.statusCode ?? 502, headers, Buffer.concat(parts));
        });
      },
    );
    out.on('error', failed);
    out.end(body);
  };
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  let stopped: Promise<void> | undefined;
  const stop = () => {
    stopped ??= new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
    return stopped;
  };
  afterAll(stop);
  return {
    host: `127.0.0.1:${port}`,
    requests,
    forwarded: (method) => requests.filter((r) => r.status !== '' && (!method || r.method === method)).length,
    reset: () => void requests.splice(0),
    configure,
    stop,
  };
}
