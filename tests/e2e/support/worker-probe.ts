import type { BrowserContext, CDPSession } from 'playwright-core';

/** One call the extension's worker made to a watched browser API. */
export interface ApiCall {
  /** e.g. `notifications.create`. */
  api: string;
  args: unknown[];
  /** Which worker start made it: 0 for the worker running when the probe attached. */
  start: number;
}

/** The browser APIs whose calls the probe records; each is an effect a user can see. */
const WATCHED = [
  ['notifications', 'create'],
  ['notifications', 'clear'],
  ['alarms', 'create'],
  ['action', 'openPopup'],
  ['action', 'setBadgeText'],
  ['windows', 'create'],
] as const;

const BINDING = '__midbreakProbeReport';

/**
 * Runs inside the worker before any of its own code: wraps the watched functions so each
 * call is reported to the test through a CDP binding. `browser` and `chrome` share these
 * objects in Chromium, so wrapping `chrome.*` covers both.
 */
const HOOK = `(() => {
  if (globalThis.__midbreakProbe) return 'already';
  globalThis.__midbreakProbe = true;
  for (const [ns, fn] of ${JSON.stringify(WATCHED)}) {
    const api = globalThis.chrome && chrome[ns];
    if (!api || typeof api[fn] !== 'function') continue;
    const original = api[fn];
    api[fn] = function (...args) {
      // The binding is looked up at call time: after a restart CDP may add it after the hook.
      try { globalThis.${BINDING}(JSON.stringify({ api: ns + '.' + fn, args })); } catch {}
      return original.apply(this, args);
    };
  }
  return 'installed';
})()`;

interface Reply {
  id?: number;
  method?: string;
  params?: Record<string, unknown>;
  result?: unknown;
  error?: { message: string };
}

/**
 * Watches the extension's service worker from outside, across restarts: which browser
 * APIs it calls (so a test can tell that a prompt was created exactly once, even by a
 * worker that was stopped and started again), how often it starts and stops, and every
 * network request it makes.
 *
 * Why this shape: Playwright hands out CDP sessions for pages only, and a browser-level
 * auto-attach must use the flat protocol that Playwright's CDPSession cannot address. An
 * explicit non-flat attach to the worker target can be driven through the browser
 * session, and it survives a worker restart (the target reports "crashed", then
 * "reloaded", and the session's Debugger state is applied again). A `beforeScriptExecution`
 * instrumentation breakpoint, set once the browser has settled after launch (armRestarts),
 * then pauses every restarted worker before its first script runs, which is when the hook
 * goes in — so no call is missed, however fast the worker acts. The worker running at
 * launch is hooked on attach: its own first calls (before any test acts) are not seen.
 */
export class WorkerProbe {
  readonly calls: ApiCall[] = [];
  /** URLs the worker requested (including its own scripts). */
  readonly requests: string[] = [];
  /** Worker starts seen since the probe attached (the running worker is start 0). */
  starts = 0;
  stops = 0;
  private nextId = 0;
  private readonly pending = new Map<number, (reply: Reply) => void>();
  /** The non-flat session on the worker target now in use. */
  private sessionId: string | null = null;
  private readonly targets = new Set<string>();
  private armed = false;
  /** While set, a starting worker stays paused before its first script until this settles. */
  private held: Promise<void> | null = null;

  private evaluations: Promise<unknown> = Promise.resolve();
  /** What the probe saw, in order (targets, stops, starts), for a failure report. */
  readonly log: string[] = [];
  private note(what: string): void {
    this.log.push(`${new Date().toISOString().slice(11, 23)} ${what}`);
  }

  private constructor(
    private readonly cdp: CDPSession,
    private readonly extensionId: string,
  ) {}

  /**
   * Attaches to the extension's worker target in `context`, and to any later one: at launch
   * Chromium may replace the first worker target (install, then activate), after which only
   * a new target runs the worker. A stop and restart keeps the same target.
   */
  static async attach(context: BrowserContext, extensionId: string): Promise<WorkerProbe> {
    const browser = context.browser();
    if (!browser) throw new Error('WorkerProbe needs the Browser behind the context');
    const cdp = await browser.newBrowserCDPSession();
    const probe = new WorkerProbe(cdp, extensionId);
    cdp.on('Target.targetCreated', ({ targetInfo }) => void probe.follow(targetInfo));
    cdp.on('Target.targetDestroyed', ({ targetId }) => {
      if (probe.targets.has(targetId)) probe.note(`worker target ${targetId.slice(0, 8)} destroyed`);
    });
    cdp.on('Target.receivedMessageFromTarget', (event) => {
      if (event.sessionId === probe.sessionId) probe.receive(JSON.parse(event.message) as Reply);
    });
    await cdp.send('Target.setDiscoverTargets', { discover: true }); // reports the existing targets too
    return probe;
  }

  /** Whether the probe is attached to a live worker that answers, with the hook and its binding in place. */
  async alive(): Promise<boolean> {
    if (!this.sessionId) return false;
    const check = `globalThis.__midbreakProbe === true && typeof globalThis.${BINDING} === 'function'`;
    const answer = Promise.race([
      this.evaluate<boolean>(check).catch(() => false),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 1_000)),
    ]);
    return answer;
  }

  private async follow(target: { targetId: string; type: string; url: string }): Promise<void> {
    if (target.type !== 'service_worker' || !target.url.startsWith(`chrome-extension://${this.extensionId}/`)) return;
    if (this.targets.has(target.targetId)) return;
    this.targets.add(target.targetId);
    this.note(`worker target ${target.targetId.slice(0, 8)} found; attaching`);
    const { sessionId } = await this.cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
    this.sessionId = sessionId;
    await this.send('Runtime.enable');
    await this.send('Runtime.addBinding', { name: BINDING });
    await this.send('Network.enable');
    await this.send('Runtime.evaluate', { expression: HOOK });
    if (this.armed) await this.pauseNewWorkers();
  }

  /**
   * From now on, every start of the worker pauses before its first script so the hook goes
   * in first. Called once the browser has settled after launch: a debugger pause while
   * Chromium is still bringing up the extension at launch crashed its renderer now and
   * then (seen on Chromium 156), while pauses on later restarts never did.
   */
  async armRestarts(): Promise<void> {
    this.armed = true;
    await this.pauseNewWorkers();
  }

  /**
   * Stops pausing new workers (their API calls are no longer recorded): for a test that
   * stops the worker in its first milliseconds, where a stop during a debugger pause
   * crashes the extension's renderer (seen on Chromium 156), pages included.
   */
  async disarm(): Promise<void> {
    this.armed = false;
    await this.send('Debugger.disable').catch(() => undefined);
  }

  private async pauseNewWorkers(): Promise<void> {
    await this.send('Debugger.enable');
    await this.send('Debugger.setInstrumentationBreakpoint', { instrumentation: 'beforeScriptExecution' });
  }
  /**
   * Runs `expression` in the worker (awaiting a promise it returns) and gives back its
   * value. The worker must be running: wake it first with a message.
   */
  evaluate<T>(expression: string): Promise<T> {
    const run = this.evaluations.then(() => this.evaluateNow<T>(expression));
    this.evaluations = run.catch(() => undefined);
    return run;
  }

  /**
   * One evaluation at a time, with the start-of-script breakpoint lifted around it: the
   * test's own script would otherwise pause the worker it runs in, and a pause nested in
   * an evaluation now and then left the worker's reports lost.
   */
  private async evaluateNow<T>(expression: string): Promise<T> {
    // Disabling the debugger drops the breakpoint (this worker has no removeInstrumentationBreakpoint).
    if (this.armed) await this.send('Debugger.disable');
    try {
      const reply = await this.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
      const { result, exceptionDetails } = reply.result as {
        result: { value?: unknown };
        exceptionDetails?: { text: string; exception?: { description?: string } };
      };
      if (exceptionDetails) throw new Error(`in the worker: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
      return result.value as T;
    } finally {
      if (this.armed) await this.pauseNewWorkers().catch(() => undefined);
    }
  }

  /**
   * Keeps the next worker starts paused before any of their code runs, as if Chrome had not
   * got round to running the worker yet; returns the function that lets them go.
   */
  hold(): () => void {
    let release = () => {};
    this.held = new Promise<void>((resolve) => (release = resolve));
    return () => {
      this.held = null;
      release();
    };
  }

  /** The probe's log and the calls it recorded, one per line, for a failure report. */
  report(): string {
    const calls = this.calls.map((c) => `start ${c.start}: ${c.api}(${JSON.stringify(c.args[0] ?? '').slice(0, 60)})`);
    return [`starts ${this.starts}, stops ${this.stops}`, ...this.log, ...calls].join('\n  ');
  }

  /** How many times the worker called `api` (e.g. `notifications.create`) with `firstArg` first, when given. */
  count(api: string, firstArg?: unknown): number {
    return this.calls.filter((c) => c.api === api && (firstArg === undefined || c.args[0] === firstArg)).length;
  }

  /** Calls made since `start` (a value of `starts` read earlier). */
  callsSince(start: number): ApiCall[] {
    return this.calls.filter((c) => c.start >= start);
  }

  async detach(): Promise<void> {
    await this.cdp.detach().catch(() => undefined); // the browser may already be gone
  }

  private send(method: string, params: Record<string, unknown> = {}): Promise<Reply> {
    const sessionId = this.sessionId;
    if (!sessionId) return Promise.reject(new Error('the probe is not attached to a worker'));
    const id = ++this.nextId;
    const reply = new Promise<Reply>((resolve) => this.pending.set(id, resolve));
    void this.cdp
      .send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) })
      .catch(() => this.pending.get(id)?.({ id, error: { message: 'session closed' } }));
    return reply.then((r) => {
      if (r.error) throw new Error(`${method}: ${r.error.message}`);
      return r;
    });
  }

  private receive(message: Reply): void {
    if (message.id !== undefined) {
      this.pending.get(message.id)?.(message);
      this.pending.delete(message.id);
      return;
    }
    const params = message.params ?? {};
    switch (message.method) {
      case 'Runtime.exceptionThrown':
        this.note(`exception in the worker: ${JSON.stringify(params).slice(0, 300)}`);
        return;
      case 'Runtime.consoleAPICalled':
        if (params.type === 'error' || params.type === 'warning') this.note(`console.${String(params.type)} in the worker: ${JSON.stringify(params.args).slice(0, 300)}`);
        return;
      case 'Runtime.bindingCalled':
        if (params.name === BINDING) {
          const { api, args } = JSON.parse(String(params.payload)) as { api: string; args: unknown[] };
          this.calls.push({ api, args, start: this.starts });
        }
        return;
      case 'Network.requestWillBeSent':
        this.requests.push(String((params.request as { url: string }).url));
        return;
      case 'Inspector.targetCrashed':
        this.stops++; // how a stopped worker shows on a non-flat session
        this.note('worker stopped');
        return;
      case 'Debugger.paused':
        void this.onPaused().catch((error: unknown) => this.note(`pause handling failed: ${String(error)}`));
        return;
    }
  }

  /** A new worker is about to run a script: hook it (once per start), then let it go. */
  private async onPaused(): Promise<void> {
    try {
      const reply = await this.send('Runtime.evaluate', { expression: HOOK, returnByValue: true });
      const value = (reply.result as { result?: { value?: unknown } }).result?.value;
      const bound = await this.send('Runtime.evaluate', { expression: `typeof globalThis.${BINDING}`, returnByValue: true });
      if ((bound.result as { result?: { value?: unknown } }).result?.value !== 'function') {
        await this.send('Runtime.addBinding', { name: BINDING }); // not yet restored on this start
      }
      if (value === 'installed') this.starts++;
      this.note(`worker paused before a script: hook ${String(value)}`);
      if (this.held) await this.held;
    } finally {
      await this.send('Debugger.resume').catch(() => undefined);
    }
  }
}
