import type { BrowserContext } from 'playwright-core';

/**
 * Evaluates `expression` in the extension's toolbar popup, if one is open, and returns its
 * value (null when no popup is open). Playwright lists no page for the popup (it is no
 * tab), but CDP has it as a page target: a one-off non-flat session reaches it through
 * the browser session (see worker-probe.ts for why non-flat).
 */
export async function evaluateInToolbarPopup<T>(context: BrowserContext, extensionId: string, expression: string): Promise<T | null> {
  const cdp = await context.browser()!.newBrowserCDPSession();
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const popup = targetInfos.find((t) => t.type === 'page' && t.url === `chrome-extension://${extensionId}/popup.html` && !t.attached);
    if (!popup) return null;
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: popup.targetId, flatten: false });
    const reply = new Promise<string>((resolve) => {
      cdp.on('Target.receivedMessageFromTarget', (event) => {
        if (event.sessionId === sessionId && JSON.parse(event.message).id === 1) resolve(event.message);
      });
    });
    const params = { expression, returnByValue: true, awaitPromise: true };
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: 1, method: 'Runtime.evaluate', params }) });
    const message = JSON.parse(await reply) as { result?: { result?: { value?: T } } };
    await cdp.send('Target.detachFromTarget', { sessionId });
    return message.result?.result?.value ?? null;
  } finally {
    await cdp.detach();
  }
}
