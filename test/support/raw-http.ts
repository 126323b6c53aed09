import { connect, type Socket } from 'node:net';

export interface RawResponse {
  status: number;
  /** Header names in lower case. */
  headers: Record<string, string>;
  body: string;
}

/** How a connection ended: the server closed it, or reset it (`error`). */
export interface Ended {
  at: number;
  error?: string;
}

/**
 * One HTTP/1.1 connection driven by hand, so a test decides exactly which bytes go out when (half a body, a
 * second request on a kept connection) and sees how the server ends the connection, which fetch hides.
 */
export class RawConnection {
  /** Settles when the connection ends, never rejects. */
  readonly ended: Promise<Ended>;
  /** Resolves once established; rejects if it could not be. */
  readonly connected: Promise<void>;
  private received = Buffer.alloc(0);
  private endedWith: Ended | null = null;
  private readonly waiting = new Set<() => void>();

  private constructor(private readonly socket: Socket) {
    this.connected = new Promise((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('error', reject);
    });
    // Awaiting it is optional: a connection that could not be made also shows in `ended`.
    this.connected.catch(() => {});
    this.ended = new Promise((resolve) => {
      const end = (ended: Ended) => {
        this.endedWith ??= ended;
        resolve(this.endedWith);
        this.notify();
      };
      socket.on('error', (error: NodeJS.ErrnoException) => end({ at: Date.now(), error: error.code ?? error.message }));
      socket.on('close', () => end({ at: Date.now() }));
    });
    socket.on('data', (chunk: Buffer) => {
      this.received = Buffer.concat([this.received, chunk]);
      this.notify();
    });
  }

  /** A connection once it is established (the server may not have accepted it yet: it can wait in the backlog). */
  static async open(port: number): Promise<RawConnection> {
    const connection = RawConnection.start(port);
    await connection.connected;
    return connection;
  }

  /** A connection still being made: what is sent meanwhile goes out as soon as it is established. */
  static start(port: number): RawConnection {
    return new RawConnection(connect(port, '127.0.0.1'));
  }

  /** On an established connection, writes at once: on loopback the bytes are in the server's buffer when this returns. */
  send(bytes: string): void {
    this.socket.write(bytes);
  }

  /** The next complete response (it must carry Content-Length); rejects if the connection ends before. */
  response(): Promise<RawResponse> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const parsed = this.takeResponse();
        if (parsed) finish(() => resolve(parsed));
        else if (this.endedWith) finish(() => reject(new Error(`connection ended before a complete response: ${JSON.stringify(this.received.toString())}`)));
      };
      const finish = (settle: () => void) => {
        this.waiting.delete(check);
        settle();
      };
      this.waiting.add(check);
      check();
    });
  }

  close(): void {
    this.socket.destroy();
  }

  private takeResponse(): RawResponse | null {
    const headEnd = this.received.indexOf('\r\n\r\n');
    if (headEnd < 0) return null;
    const [statusLine, ...headerLines] = this.received.subarray(0, headEnd).toString('latin1').split('\r\n');
    const headers = Object.fromEntries(
      headerLines.map((line) => [line.slice(0, line.indexOf(':')).trim().toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
    );
    if (headers['content-length'] === undefined) throw new Error(`response without Content-Length: ${statusLine}`);
    const bodyEnd = headEnd + 4 + Number(headers['content-length']);
    if (this.received.length < bodyEnd) return null;
    const body = this.received.subarray(headEnd + 4, bodyEnd).toString('utf8');
    this.received = this.received.subarray(bodyEnd);
    return { status: Number(statusLine!.split(' ')[1]), headers, body };
  }

  private notify(): void {
    for (const check of [...this.waiting]) check();
  }
}

/** An HTTP/1.1 request as it goes over the wire, with Content-Length when it has a body. */
export function requestText(method: string, path: string, headers: Record<string, string> = {}, body = ''): string {
  const all = { host: '127.0.0.1', connection: 'keep-alive', ...headers, ...(body ? { 'content-length': String(Buffer.byteLength(body)) } : {}) };
  return `${method} ${path} HTTP/1.1\r\n${Object.entries(all)
    .map(([name, value]) => `${name}: ${value}`)
    .join('\r\n')}\r\n\r\n${body}`;
}
