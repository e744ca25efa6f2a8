// The unread count in the tab title, browser notifications while the tab is hidden, and Web Push
// for when no tab is open. Live events only say that something changed; the server answers with
// the count and with the messages worth a notification (direct messages and mentions of you, not
// your own, not in muted chats) since the newest one this page has seen. Permission is asked only
// when the button is pressed.
(() => {
  const toggle = document.getElementById("notifications-toggle");
  if (!toggle) return;
  const offKey = "hybridchat-notifications-off";
  const canNotify = "Notification" in window;
  const canPush = canNotify && "serviceWorker" in navigator && "PushManager" in window && window.isSecureContext;
  let after = null;
  let timer = null;

  const titled = (count) => {
    const base = document.title.replace(/^\(\d+\) /, "");
    document.title = count > 0 ? `(${count}) ${base}` : base;
  };

  const notify = async (notice) => {
    const options = { body: notice.body, tag: notice.tag, icon: "/favicon.svg", data: { url: notice.url } };
    try {
      const notification = new Notification(notice.title, options);
      notification.onclick = () => { window.focus(); location.href = notice.url; notification.close(); };
    } catch {
      // Some browsers (Android) show notifications only through the service worker.
      const registration = canPush && await navigator.serviceWorker.getRegistration("/");
      registration?.showNotification(notice.title, options);
    }
  };

  const refresh = async () => {
    const response = await fetch(after === null ? "/notifications" : `/notifications?after=${after}`,
      { headers: { Accept: "application/json" }, credentials: "same-origin" });
    if (!response.ok) return;
    const state = await response.json();
    after = state.latestMessageId;
    titled(state.unreadCount);
    if (document.hidden && canNotify && Notification.permission === "granted" && !localStorage.getItem(offKey)) {
      state.notices.forEach(notify);
    }
  };
  const refreshSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => refresh().catch(() => {}), 200);
  };
  ["conversations-changed", "receipt.updated", "conversation.updated", "member.added", "member.removed", "stream.resync", "htmx:sse:after:connection"]
    .forEach((type) => document.addEventListener(type, refreshSoon));
  refreshSoon();

  const send = (method, url, body) => fetch(url, {
    method,
    credentials: "same-origin",
    headers: {
      "Content-Type": "application/json",
      RequestVerificationToken: document.querySelector('meta[name="antiforgery-token"]')?.content ?? "",
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

  const applicationServerKey = () => {
    const text = toggle.dataset.vapidPublicKey.replace(/-/g, "+").replace(/_/g, "/");
    return Uint8Array.from(atob(text + "=".repeat((4 - text.length % 4) % 4)), (c) => c.charCodeAt(0));
  };

  const subscribe = async () => {
    if (!canPush) return;
    const registration = await navigator.serviceWorker.register("/sw.js", { scope: "/" });
    await navigator.serviceWorker.ready;
    const subscription = await registration.pushManager.getSubscription()
      ?? await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: applicationServerKey() });
    await send("POST", "/push-subscriptions", subscription.toJSON());
  };

  const unsubscribe = async () => {
    if (!canPush) return;
    const registration = await navigator.serviceWorker.getRegistration("/");
    const subscription = await registration?.pushManager.getSubscription();
    if (!subscription) return;
    await send("DELETE", `/push-subscriptions?endpoint=${encodeURIComponent(subscription.endpoint)}`);
    await subscription.unsubscribe();
  };

  const on = () => canNotify && Notification.permission === "granted" && !localStorage.getItem(offKey);
  const show = () => {
    toggle.hidden = !canNotify || Notification.permission === "denied";
    toggle.textContent = on() ? "Turn off notifications" : "Turn on notifications";
  };

  toggle.addEventListener("click", async () => {
    if (on()) {
      localStorage.setItem(offKey, "1");
      show();
      await unsubscribe().catch(() => {});
      return;
    }
    localStorage.removeItem(offKey);
    if (Notification.permission !== "granted" && await Notification.requestPermission() !== "granted") return show();
    show();
    await subscribe().catch(() => {});
  });

  // Permission given earlier: keep this browser's push subscription registered (it may have
  // been renewed, or this user may be new on this browser). Asks nothing.
  if (on()) subscribe().catch(() => {});
  show();
})();
