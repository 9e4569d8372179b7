import { Agent, request } from 'node:http';

/** One client's request: where, and the JSON body. */
export interface LoadRequest {
  readonly path: string;
  readonly body: unknown;
  readonly key: string;
}

export interface LoadResult {
  readonly commands: number;
  readonly ms: number;
  /** Each request's time from send to full answer, ms. */
  readonly latencies: number[];
  /** Answers that were not 201, by status. */
  readonly refused: Record<number, number>;
}

function post(agent: Agent, base: URL, r: LoadRequest): Promise<number> {
  const payload = JSON.stringify(r.body);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: base.hostname,
        port: base.port,
        method: 'POST',
        path: r.path,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          'idempotency-key': r.key,
          'x-recorded-by': 'bench',
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/**
 * `clients` concurrent clients, each with its own kept-alive connection, sending the requests
 * one after another (a client waits for its answer before the next), until all are sent.
 */
export async function runLoad(
  url: string,
  requests: readonly LoadRequest[],
  clients: number,
): Promise<LoadResult> {
  const base = new URL(url);
  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  const latencies: number[] = [];
  const refused: Record<number, number> = {};
  let next = 0;
  const started = performance.now();
  const client = async (): Promise<void> => {
    while (next < requests.length) {
      const r = requests[next++];
      const sent = performance.now();
      const status = await post(agent, base, r);
      latencies.push(performance.now() - sent);
      if (status !== 201) refused[status] = (refused[status] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  const ms = performance.now() - started;
  agent.destroy();
  return { commands: requests.length, ms, latencies, refused };
}

/** The q-th quantile (0..1) of the values, nearest rank. */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

function get(agent: Agent, base: URL, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ agent, host: base.hostname, port: base.port, method: 'GET', path }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** What the readers got while the writers ran. */
export interface PollResult {
  readonly reads: number;
  readonly latencies: number[];
  readonly refused: Record<number, number>;
}

/**
 * `readers` clients each sending GET `path` one after another (each waits for its answer) until
 * `until` settles: the readers that run beside a write load.
 */
export async function pollWhile(
  url: string,
  path: string,
  readers: number,
  until: Promise<unknown>,
): Promise<PollResult> {
  const base = new URL(url);
  const agent = new Agent({ keepAlive: true, maxSockets: readers });
  const latencies: number[] = [];
  const refused: Record<number, number> = {};
  let done = false;
  const stop = () => {
    done = true;
  };
  until.then(stop, stop);
  const reader = async (): Promise<void> => {
    while (!done) {
      const sent = performance.now();
      const status = await get(agent, base, path);
      latencies.push(performance.now() - sent);
      if (status !== 200) refused[status] = (refused[status] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: readers }, reader));
  agent.destroy();
  return { reads: latencies.length, latencies, refused };
}

/** GET `path` once, as JSON. */
export async function getJson(url: string, path: string): Promise<unknown> {
  const response = await fetch(new URL(path, url));
  if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}
