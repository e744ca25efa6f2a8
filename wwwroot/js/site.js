// Every unsafe htmx request carries the antiforgery token in the header the server expects.
document.addEventListener("htmx:config:request", (event) => {
  const request = event.detail.ctx.request;
  if (["GET", "HEAD"].includes((request.method || "GET").toUpperCase())) return;
  const token = document.querySelector('meta[name="antiforgery-token"]')?.content;
  if (token) request.headers["RequestVerificationToken"] = token;
});

// The live stream's state, shown while it is down; after a reconnect, per-user parts of the
// page (badges, lists) refresh themselves on "live:reconnected".
(() => {
  let streamDown = false;
  let networkDown = !navigator.onLine;
  const show = () => {
    const element = document.getElementById("live-status");
    if (element) element.hidden = !(streamDown || networkDown);
  };
  // A dropped network often leaves a stream that looks open but is dead. Ending it makes hx-sse
  // reconnect (with Last-Event-ID, so nothing is missed) as soon as the network is back.
  const restartStream = () => {
    const connection = document.getElementById("live-stream")?._htmx?.sse;
    connection?.delayCanceller?.();
    connection?.reader?.cancel();
  };
  document.addEventListener("htmx:sse:error", () => { streamDown = true; show(); });
  document.addEventListener("htmx:sse:close", () => { streamDown = true; show(); });
  document.addEventListener("htmx:sse:after:connection", () => {
    const wasDown = streamDown;
    streamDown = false;
    show();
    if (wasDown) document.body.dispatchEvent(new CustomEvent("live:reconnected", { bubbles: true }));
  });
  window.addEventListener("offline", () => { networkDown = true; streamDown = true; show(); restartStream(); });
  window.addEventListener("online", () => { networkDown = false; show(); restartStream(); });
})();

// Requests the server refused outright (too fast, gone, not allowed) get a short notice instead
// of silently doing nothing.
document.addEventListener("htmx:response:error", (event) => {
  const status = event.detail?.ctx?.response?.status;
  const messages = { 429: "You're doing that too fast. Wait a few seconds and try again.", 403: "You're not allowed to do that.", 404: "That is no longer there." };
  const text = messages[status];
  const notice = document.getElementById("notice");
  if (!text || !notice) return;
  notice.textContent = text;
  notice.hidden = false;
  clearTimeout(notice.hideTimer);
  notice.hideTimer = setTimeout(() => { notice.hidden = true; }, 5000);
});

// A fragment from the live stream changed some conversation: per-reader views (the conversation
// list with its unread counts, "Seen") listen for this and re-fetch themselves.
document.addEventListener("htmx:sse:after:message", (event) => {
  if (!event.detail?.message?.event) document.dispatchEvent(new CustomEvent("conversations-changed"));
});

// Times are rendered in UTC by the server and shown in the reader's own time zone and format.
(() => {
  const time = new Intl.DateTimeFormat(undefined, { hour: "numeric", minute: "2-digit" });
  const full = new Intl.DateTimeFormat(undefined, { dateStyle: "full", timeStyle: "medium" });
  const localize = (root) => root.querySelectorAll?.("time[datetime][data-local]:not([data-localized])").forEach((element) => {
    const date = new Date(element.dateTime);
    element.textContent = time.format(date);
    element.title = full.format(date);
    element.dataset.localized = "";
  });
  document.addEventListener("DOMContentLoaded", () => localize(document));
  new MutationObserver((mutations) => mutations.forEach((m) => m.addedNodes.forEach((node) => node.nodeType === 1 && localize(node.parentNode ?? node))))
    .observe(document.documentElement, { childList: true, subtree: true });
})();

// In a composer, Enter sends and Shift+Enter starts a new line.
document.addEventListener("keydown", (event) => {
  const field = event.target;
  if (event.key !== "Enter" || event.shiftKey || event.isComposing || !field.matches?.("textarea[data-enter-sends]")) return;
  event.preventDefault();
  field.form?.requestSubmit();
});
