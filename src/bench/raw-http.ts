/**
 * GET requests over kept-alive sockets, with no more HTTP than a benchmark needs: the request is
 * a few bytes written as they are, and of the answer only the status and the body's length are
 * read (from its Content-Length, which is how our server sends every page). Node's own client
 * parses every header into objects and wraps the body in a stream: 0.6 ms of processor time a
 * request, taken on the same two cores from the server it measures; this takes a fraction.
 */
import { connect, type Socket } from 'node:net';

export interface RawAnswer {
  status: number;
  bytes: number;
}

interface Waiting {
  path: string;
  resolve: (a: RawAnswer) => void;
  reject: (e: Error) => void;
}

const HEAD_END = Buffer.from('\r\n\r\n');
const EMPTY = Buffer.alloc(0);

/** One socket, one request at a time: the answer to the request in flight is read from its data. */
class Connection {
  private heldHead: Buffer = EMPTY;
  private head: { status: number; length: number; left: number } | null = null;
  private current: Waiting | null = null;
  private gone = false;
  readonly socket: Socket;

  constructor(host: string, port: number, private readonly done: (c: Connection) => void, private readonly failed: (c: Connection, e: Error) => void) {
    this.socket = connect({ host, port, noDelay: true });
    this.socket.on('data', (chunk: Buffer) => this.read(chunk));
    this.socket.on('error', (e) => this.fail(e));
    this.socket.on('close', () => this.fail(new Error('the server closed the connection')));
  }

  send(w: Waiting, hostHeader: string): void {
    this.current = w;
    this.socket.write(`GET ${w.path} HTTP/1.1\r\nHost: ${hostHeader}\r\nAccept-Encoding: identity\r\n\r\n`);
  }

  private fail(e: Error): void {
    if (this.gone) return;
    this.gone = true;
    const w = this.current;
    this.current = null;
    w?.reject(e);
    this.failed(this, e);
  }

  /** The body is counted as it comes, never kept; only the head is gathered until it is whole. */
  private read(chunk: Buffer): void {
    let at = 0;
    while (at < chunk.length) {
      if (!this.head) {
        const held = this.heldHead.length;
        this.heldHead = held === 0 ? chunk.subarray(at) : Buffer.concat([this.heldHead, chunk.subarray(at)]);
        const end = this.heldHead.indexOf(HEAD_END);
        if (end < 0) return;
        const lines = this.heldHead.toString('latin1', 0, end).split('\r\n');
        const lengthLine = lines.find((l) => /^content-length:/i.test(l));
        if (!lengthLine) {
          this.socket.destroy();
          return this.fail(new Error('an answer without Content-Length (this client reads no other framing)'));
        }
        const length = Number(lengthLine.slice(lengthLine.indexOf(':') + 1));
        this.head = { status: Number(lines[0]!.split(' ')[1]), length, left: length };
        at += end + HEAD_END.length - held;
        this.heldHead = EMPTY;
      }
      const take = Math.min(this.head.left, chunk.length - at);
      this.head.left -= take;
      at += take;
      if (this.head.left > 0) return;
      const { status, length } = this.head;
      this.head = null;
      const w = this.current!;
      this.current = null;
      w.resolve({ status, bytes: length });
      this.done(this);
    }
  }
}

/** Up to `maxSockets` connections to `base` (http://host:port); a request finding them all busy waits its turn. */
export class RawHttpClient {
  private readonly idle: Connection[] = [];
  private readonly all = new Set<Connection>();
  private readonly queue: Waiting[] = [];
  private readonly host: string;
  private readonly port: number;
  private readonly hostHeader: string;
  private closed = false;

  constructor(base: string, private readonly maxSockets: number) {
    const url = new URL(base);
    this.host = url.hostname;
    this.port = Number(url.port || 80);
    this.hostHeader = url.host;
  }

  get(path: string): Promise<RawAnswer> {
    return new Promise((resolve, reject) => {
      const w = { path, resolve, reject };
      const c = this.idle.pop() ?? (this.all.size < this.maxSockets ? this.open() : null);
      if (c) c.send(w, this.hostHeader);
      else this.queue.push(w);
    });
  }

  close(): void {
    this.closed = true;
    for (const c of this.all) c.socket.destroy();
    this.all.clear();
    this.idle.length = 0;
  }

  private open(): Connection {
    const c = new Connection(this.host, this.port, (free) => this.free(free), (gone) => {
      this.all.delete(gone);
      const i = this.idle.indexOf(gone);
      if (i >= 0) this.idle.splice(i, 1);
      // A request waiting for a connection gets a new one.
      const w = this.closed ? undefined : this.queue.shift();
      if (w) this.open().send(w, this.hostHeader);
    });
    this.all.add(c);
    return c;
  }

  private free(c: Connection): void {
    const w = this.queue.shift();
    if (w) c.send(w, this.hostHeader);
    else this.idle.push(c);
  }
}
