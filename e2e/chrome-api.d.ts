/** The few `chrome.*` calls the browser tests make inside the extension's service worker and pages. */
declare const chrome: {
  tabs: {
    create(options: { url: string; active?: boolean }): Promise<{ id?: number }>;
    remove(tabId: number): Promise<void>;
  };
  commands: {
    getAll(): Promise<{ name?: string; shortcut?: string }[]>;
  };
  permissions: {
    contains(permissions: { origins: string[] }): Promise<boolean>;
  };
};
