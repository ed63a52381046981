import { browser, type Browser } from 'wxt/browser';
import { autoReaderHandlers, registerAutoReader } from '../utils/auto-reader/background-wiring';
import { admitMessage, type MessageType, type Request, type Response, type SenderInfo } from '../utils/messages';
import { pictureHandlers } from '../utils/pictures/background';
import { forgetReaderEntry, openReaderInTab, readerEntryFor, toggleReaderInTab } from '../utils/reader-session';
import { t } from '../utils/i18n';

type Handlers = { [K in MessageType]: (request: Request<K>, sender: SenderInfo) => Promise<Response<K>> };

export default defineBackground(() => {
  const handlers: Handlers = {
    'reader:open': async ({ tabId, article }) => {
      try {
        const tab = await browser.tabs.get(tabId);
        await openReaderInTab(tabId, { article }, tab.url ?? article.url);
        return { ok: true };
      } catch {
        return { ok: false, message: t('menus.readerOpenFailed') };
      }
    },
    'reader:article': async (_request, sender) => (sender.tab?.id === undefined ? null : readerEntryFor(sender.tab.id)),
    ...autoReaderHandlers,
    ...pictureHandlers,
  };
  registerAutoReader();

  const extension = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    // Only our own pages, only known shapes, each from its own page; anything else gets no answer at all.
    const admitted = admitMessage(message, sender, extension);
    if (!admitted) return undefined;
    const { type, ...request } = admitted;
    const handle = handlers[type] as (request: unknown, sender: SenderInfo) => Promise<unknown>;
    return handle(request, sender);
  });

  browser.commands.onCommand.addListener((command: string, tab?: Browser.tabs.Tab) => {
    if (command !== 'toggle-reader') return;
    void (tab ? Promise.resolve([tab]) : browser.tabs.query({ active: true, currentWindow: true })).then(([active]) => toggleReaderInTab(active));
  });

  // Menus are re-created at every start: Firefox's MV2 menus do not persist, Chrome's would clash on ids.
  const toolbarContext = browser.runtime.getManifest().manifest_version === 3 ? 'action' : 'browser_action';
  void browser.contextMenus.removeAll().then(() => {
    browser.contextMenus.create({ id: 'open-library', title: t('menus.openLibrary'), contexts: [toolbarContext as 'action'] });
    browser.contextMenus.create({ id: 'toggle-reader', title: t('menus.readInReader'), contexts: ['page'] });
  });
  browser.contextMenus.onClicked.addListener((info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab) => {
    if (info.menuItemId === 'open-library') void browser.tabs.create({ url: browser.runtime.getURL('/library.html') });
    if (info.menuItemId === 'toggle-reader') void toggleReaderInTab(tab);
  });

  browser.tabs.onRemoved.addListener((tabId: number) => void forgetReaderEntry(tabId));
});
