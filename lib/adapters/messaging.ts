import { messageOf } from '../errors';
import { browser } from 'wxt/browser';
import { t } from './i18n';
import type { Reply, Request } from '../messages';

/**
 * Sends one typed request to the background. A worker that is not there (a test, the
 * extension reloading) gives an error reply rather than a rejection, so a click never throws.
 */
export async function sendRequest(request: Request): Promise<Reply> {
  try {
    const reply = (await browser.runtime.sendMessage(request)) as Reply | undefined;
    return reply ?? { ok: false, error: t('status.noReply') };
  } catch (error) {
    return { ok: false, error: messageOf(error) };
  }
}
