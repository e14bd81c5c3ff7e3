// A minimal Chrome DevTools Protocol client over --remote-debugging-pipe.
// The bench talks CDP itself instead of through Playwright because Playwright auto-attaches
// to every service worker, pausing each new one until it resumes it, and an attached
// debugger may keep an idle worker alive: a round trip added to each cold start and a
// worker that never sleeps would skew the two things the bench measures. With nothing
// attached, an idle worker is seen to stop after ~30 s as in normal use.

/** Sends commands and dispatches events on one pipe pair (fd 3 to the browser, fd 4 from it). */
export class Cdp {
  #out;
  #nextId = 1;
  #pending = new Map();
  #listeners = new Set();
  #buffer = '';
  closed = false;

  /** `input` is the browser's readable fd 4, `output` its writable fd 3. */
  constructor(input, output) {
    this.#out = output;
    input.setEncoding('utf8');
    input.on('data', (chunk) => this.#read(chunk));
    input.on('close', () => {
      this.closed = true;
      for (const { reject, method } of this.#pending.values()) reject(new Error(`CDP closed during ${method}`));
      this.#pending.clear();
    });
  }

  #read(chunk) {
    this.#buffer += chunk;
    let end;
    while ((end = this.#buffer.indexOf('\0')) !== -1) {
      const message = JSON.parse(this.#buffer.slice(0, end));
      this.#buffer = this.#buffer.slice(end + 1);
      if (message.id !== undefined) {
        const waiter = this.#pending.get(message.id);
        this.#pending.delete(message.id);
        if (!waiter) continue;
        if (message.error) waiter.reject(new Error(`${waiter.method}: ${message.error.message}`));
        else waiter.resolve(message.result);
      } else {
        for (const listener of this.#listeners) listener(message);
      }
    }
  }

  /** Sends one command (to a flat session when `sessionId` is given) and resolves to its result. */
  send(method, params = {}, sessionId = undefined) {
    if (this.closed) return Promise.reject(new Error(`CDP closed before ${method}`));
    const id = this.#nextId++;
    const message = { id, method, params, ...(sessionId ? { sessionId } : {}) };
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject, method });
      this.#out.write(JSON.stringify(message) + '\0');
    });
  }

  /** Calls `listener({ method, params, sessionId })` for every event; returns a disposer. */
  onEvent(listener) {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Resolves with the first event of `method` that `match` accepts, or rejects after `timeoutMs`. */
  waitFor(method, match = () => true, timeoutMs = 30_000) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        off();
        reject(new Error(`timed out waiting for ${method}`));
      }, timeoutMs);
      const off = this.onEvent((event) => {
        if (event.method !== method || !match(event.params, event.sessionId)) return;
        clearTimeout(timer);
        off();
        resolve(event.params);
      });
    });
  }
}
