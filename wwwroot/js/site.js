// Every unsafe htmx request carries the antiforgery token in the header the server expects.
document.addEventListener("htmx:config:request", (event) => {
  const request = event.detail.ctx.request;
  if (["GET", "HEAD"].includes((request.method || "GET").toUpperCase())) return;
  const token = document.querySelector('meta[name="antiforgery-token"]')?.content;
  if (token) request.headers["RequestVerificationToken"] = token;
});

// The live stream's state, shown while it is down. The page opened the stream from the position
// it was rendered at; after a gap the server replays what was missed and, where other parts of the
// page may be stale, sends "stream.resync", which those parts listen for to re-fetch themselves.
(() => {
  let streamDown = false;
  let networkDown = !navigator.onLine;
  let signedOut = false;
  let attempts = 0;
  const streamElement = () => document.getElementById("live-stream");
  const show = () => {
    const element = document.getElementById("live-status");
    if (element) element.hidden = signedOut || !(streamDown || networkDown);
    const signedOutElement = document.getElementById("signed-out-status");
    if (signedOutElement) signedOutElement.hidden = !signedOut;
  };
  // A stream ends with "session.expired" when its sign-in ends; hx-sse then reconnects at once.
  // Refused with 401, the session is over (logged out, password changed elsewhere): retrying
  // cannot help, so the stream stops for good and the page says so.
  const endStream = () => {
    signedOut = true;
    streamElement()?.remove();
    show();
  };
  // A dropped network often leaves a stream that looks open but is dead. Ending it makes hx-sse
  // reconnect (with Last-Event-ID, so nothing is missed) as soon as the network is back.
  const restartStream = () => {
    const connection = streamElement()?._htmx?.sse;
    connection?.delayCanceller?.();
    connection?.reader?.cancel();
  };
  document.addEventListener("htmx:sse:error", (event) => {
    if (event.detail?.status === 401) return endStream();
    streamDown = true;
    show();
  });
  document.addEventListener("htmx:sse:close", () => { streamDown = true; show(); });
  document.addEventListener("htmx:sse:after:connection", () => { streamDown = false; attempts = 0; show(); });
  window.addEventListener("offline", () => { networkDown = true; streamDown = true; show(); restartStream(); });
  window.addEventListener("online", () => { networkDown = false; show(); restartStream(); });
  // hx-sse reconnects a stream that was open, but not one that never opened (the server was
  // restarting, the network was down): try again, less and less often.
  const connect = () => {
    const element = streamElement();
    if (element && !element._htmx?.sse) htmx.ajax("GET", element.getAttribute("hx-sse:connect"), { source: element });
  };
  document.addEventListener("htmx:finally:request", (event) => {
    if (event.target !== streamElement() || streamElement()._htmx?.sse) return;
    if (event.detail?.ctx?.response?.status === 401) return endStream();
    streamDown = true;
    show();
    setTimeout(connect, Math.min(30_000, 1000 * 2 ** attempts++));
  });
  // A page restored from the back/forward cache resumes its stream from the last event it saw
  // (or from where it was rendered), and the server tells it whether to re-fetch the rest.
  window.addEventListener("pageshow", (event) => {
    if (!event.persisted) return;
    if (streamElement()?._htmx?.sse) restartStream(); else connect();
  });
})();

// "presence.changed" (everyone whose state changed since the last one) updates every place those
// people are shown. Mirrors Features/People/_Presence.cshtml, which renders the same states.
document.addEventListener("presence.changed", (event) => {
  for (const { userId, isOnline, lastSeenAt } of JSON.parse(event.detail.data).users) {
    document.querySelectorAll(`.presence[data-presence-user="${Number(userId)}"]`).forEach((element) => {
      element.dataset.online = String(isOnline);
      if (isOnline) {
        element.textContent = "Online";
      } else if (lastSeenAt) {
        const time = document.createElement("time");
        time.dateTime = lastSeenAt;
        time.dataset.local = "datetime";
        time.textContent = lastSeenAt;
        element.replaceChildren("Last seen ", time);
      } else {
        element.textContent = "Offline";
      }
    });
  }
});

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

// Times are rendered in UTC by the server and shown in the reader's own time zone and format:
// data-local alone is a time of day, data-local="datetime" a date and time.
(() => {
  const formats = {
    "": new Intl.DateTimeFormat(undefined, { hour: "numeric", minute: "2-digit" }),
    datetime: new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" }),
  };
  const full = new Intl.DateTimeFormat(undefined, { dateStyle: "full", timeStyle: "medium" });
  const localize = (root) => root.querySelectorAll?.("time[datetime][data-local]:not([data-localized])").forEach((element) => {
    const date = new Date(element.dateTime);
    element.textContent = (formats[element.dataset.local] ?? formats[""]).format(date);
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

// Live updates re-render parts of the page (the conversation list, "Seen by", friend requests)
// while someone may be working in them with the keyboard. Whatever had focus keeps it, found again
// in the new content by its id, or else by what it is (its nearest ancestor with an id, and its
// name, link, form action or label), and whatever was scrolled stays where it was.
(() => {
  const signature = (element) => [
    element.tagName,
    element.getAttribute("name") ?? "",
    element.getAttribute("href") ?? "",
    element.form?.getAttribute("action") ?? element.closest?.("form")?.getAttribute("action") ?? "",
    element.getAttribute("value") ?? "",
    element.matches("input, textarea, select") ? "" : element.textContent.trim().replace(/\s+/g, " "),
  ].join("|");
  const find = (saved) => {
    if (saved.id) return document.getElementById(saved.id);
    const scope = saved.scopeId ? document.getElementById(saved.scopeId) : document.body;
    if (!scope) return null;
    const sameTag = [...scope.querySelectorAll(saved.tagName)];
    const candidates = sameTag.filter((element) => signature(element) === saved.signature);
    // Its text may have changed ("Seen by 1" is now "Seen by 2"): then the one in the same place.
    return candidates[saved.index] ?? candidates[0] ?? sameTag[saved.tagIndex] ?? null;
  };
  let saved = null;
  document.addEventListener("htmx:before:swap", (event) => {
    const active = document.activeElement;
    // Only what a swap replaces: an outerHTML swap replaces its target, an innerHTML one what is in it.
    const tasks = (event.detail?.tasks ?? []).filter((task) => task.target?.isConnected && ["outerHTML", "innerHTML"].includes(task.swapSpec?.style));
    const targets = tasks.map((task) => task.target);
    const scrolled = [];
    for (const task of tasks) {
      const replaced = [...task.target.querySelectorAll("[id]")];
      if (task.swapSpec.style === "outerHTML") replaced.unshift(task.target);
      for (const element of replaced) {
        if (element.id && (element.scrollTop || element.scrollLeft)) scrolled.push({ id: element.id, top: element.scrollTop, left: element.scrollLeft });
      }
    }
    saved = { scrolled, x: window.scrollX, y: window.scrollY, focus: null };
    if (!active || active === document.body || !targets.some((target) => target.contains(active))) return;
    const scope = active.parentElement?.closest("[id]");
    const sameTag = [...(scope ?? document.body).querySelectorAll(active.tagName)];
    const same = sameTag.filter((element) => signature(element) === signature(active));
    saved.focus = {
      element: active, id: active.id, scopeId: scope?.id, tagName: active.tagName,
      signature: signature(active), index: Math.max(0, same.indexOf(active)), tagIndex: sameTag.indexOf(active),
      start: active.selectionStart, end: active.selectionEnd,
    };
  });
  const restore = () => {
    if (!saved) return;
    const { scrolled, x, y, focus } = saved;
    for (const { id, top, left } of scrolled) {
      const element = document.getElementById(id);
      if (element) { element.scrollTop = top; element.scrollLeft = left; }
    }
    if (focus && !focus.element.isConnected && (document.activeElement === document.body || !document.activeElement)) {
      const element = find(focus);
      if (element) {
        element.focus({ preventScroll: true });
        if (focus.start != null) { try { element.setSelectionRange(focus.start, focus.end); } catch { /* not a text field */ } }
      }
    }
    if (focus && (window.scrollX !== x || window.scrollY !== y)) window.scrollTo(x, y);
  };
  // Each swapped part settles on its new element (still in the page); the whole swap ends on the
  // element that asked, which an outerHTML swap may have taken out of the page.
  document.addEventListener("htmx:before:settle", restore);
  document.addEventListener("htmx:after:swap", () => { restore(); saved = null; });
})();
