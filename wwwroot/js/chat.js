// The open chat: keeps the newest message in view while the reader is at the bottom (and offers
// "N new messages" when they have scrolled up), reads out new messages from others, moves the read
// marker as messages are seen, and keeps day headings and runs of one author's messages right in
// the reader's own calendar as messages arrive live and older history loads. Also the message
// actions menu: one open at a time, Escape or a choice closes it.
(() => {
  const chat = document.querySelector(".chat[data-conversation-id]");
  if (!chat) return;
  const conversationId = chat.dataset.conversationId;
  const list = chat.querySelector(".messages");
  const pill = chat.querySelector("[data-new-messages]");
  const announcer = document.getElementById(`conversation-${conversationId}-announcer`);
  const me = document.querySelector("script[data-user-id]")?.dataset.userId;
  const token = () => document.querySelector('meta[name="antiforgery-token"]')?.content ?? "";
  const nearBottom = () => list.scrollHeight - list.scrollTop - list.clientHeight < 120;
  const messages = () => [...list.querySelectorAll(":scope > .message[data-id]")];
  const newestId = () => Math.max(0, ...messages().map((m) => Number(m.dataset.id)));

  let readUpTo = 0;
  let pending;
  const markRead = () => {
    clearTimeout(pending);
    pending = setTimeout(() => {
      const upTo = newestId();
      if (document.visibilityState !== "visible" || upTo <= readUpTo) return;
      readUpTo = upTo;
      fetch(`/conversations/${conversationId}/read`, {
        method: "POST",
        headers: { "RequestVerificationToken": token(), "Content-Type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ upToMessageId: String(upTo) }),
      });
    }, 400);
  };

  // Day headings and runs (the server draws them in UTC; see MessageTimeline). Changes nothing
  // when all is right, so that observing the list does not loop.
  const runGap = 5 * 60 * 1000;
  const dayKey = (date) => `${date.getFullYear()}-${date.getMonth() + 1}-${date.getDate()}`;
  const thisYear = new Intl.DateTimeFormat(undefined, { weekday: "long", day: "numeric", month: "long" });
  const otherYear = new Intl.DateTimeFormat(undefined, { dateStyle: "full" });
  const dayLabel = (date) => {
    const today = new Date();
    const yesterday = new Date();
    yesterday.setDate(today.getDate() - 1);
    if (dayKey(date) === dayKey(today)) return "Today";
    if (dayKey(date) === dayKey(yesterday)) return "Yesterday";
    return (date.getFullYear() === today.getFullYear() ? thisYear : otherYear).format(date);
  };
  const timeOf = (message) => {
    const time = message.querySelector(":scope > header time[datetime]");
    return time ? new Date(time.dateTime) : null;
  };
  const layout = () => {
    let previous = null;
    let previousTime = null;
    let headings = [];
    let divider = false;
    for (const child of [...list.children]) {
      if (child.matches(".day-separator")) { headings.push(child); continue; }
      if (child.matches(".unread-divider")) { divider = true; continue; }
      if (!child.matches(".message[data-id]")) continue;
      const time = timeOf(child);
      const day = time ? dayKey(time) : "";
      const newDay = !previous || day !== (previousTime ? dayKey(previousTime) : "");
      if (newDay) {
        let heading = headings.shift();
        if (!heading) {
          heading = document.createElement("h2");
          heading.className = "day-separator";
          heading.append(document.createElement("span"));
          child.before(heading);
        }
        const label = time ? dayLabel(time) : "";
        if (heading.dataset.day !== day) heading.dataset.day = day;
        if (heading.firstElementChild.textContent !== label) heading.firstElementChild.textContent = label;
      }
      headings.forEach((heading) => heading.remove());
      headings = [];
      const continued = !newDay && !divider && previous.dataset.authorId === child.dataset.authorId
        && !previous.matches(".call-record") && !child.matches(".call-record") && time && previousTime && time - previousTime <= runGap;
      if (child.classList.contains("continued") !== Boolean(continued)) child.classList.toggle("continued", Boolean(continued));
      previous = child;
      previousTime = time;
      divider = false;
    }
    headings.forEach((heading) => heading.remove());
  };

  // New messages: read out those from others (the list itself is not a live region, so older
  // history loads silently), and either follow them or count them on the pill.
  let known = newestId();
  let unseen = 0;
  let stick = true;
  const clearPill = () => { unseen = 0; if (pill) pill.hidden = true; };
  const toBottom = () => { list.scrollTop = list.scrollHeight; stick = true; clearPill(); };
  const announce = (fresh) => {
    if (!announcer || fresh.length === 0) return;
    announcer.textContent = fresh.map((message) => {
      const author = message.querySelector(".author")?.textContent.trim() ?? "";
      const text = message.querySelector(".text")?.textContent.trim() || "sent a file";
      return `${author}: ${text}`;
    }).join("\n");
  };
  list.addEventListener("scroll", () => {
    stick = nearBottom();
    if (stick) clearPill();
  });
  pill?.addEventListener("click", () => { toBottom(); list.focus({ preventScroll: true }); });

  new MutationObserver((mutations) => {
    const fresh = new Map();
    for (const mutation of mutations) {
      for (const node of mutation.addedNodes) {
        if (node.nodeType === 1 && node.matches(".message[data-id]") && Number(node.dataset.id) > known && node.isConnected) fresh.set(node.dataset.id, node);
      }
    }
    layout();
    if (fresh.size > 0) {
      known = Math.max(known, ...[...fresh.keys()].map(Number));
      const others = [...fresh.values()].filter((message) => message.dataset.authorId !== me);
      announce(others);
      if (stick || others.length < fresh.size) {
        toBottom();
      } else if (pill) {
        unseen += others.length;
        pill.textContent = unseen === 1 ? "1 new message" : `${unseen} new messages`;
        pill.hidden = false;
      }
    } else if (stick) {
      list.scrollTop = list.scrollHeight;
    }
    markRead();
  }).observe(list, { childList: true });
  document.addEventListener("visibilitychange", markRead);

  // The actions menu of a message (<details class="message-menu">).
  const closeMenus = (except) => chat.querySelectorAll(".message-menu[open]").forEach((menu) => { if (menu !== except) menu.open = false; });
  chat.addEventListener("toggle", (event) => {
    if (event.target.matches?.(".message-menu") && event.target.open) closeMenus(event.target);
  }, true);
  chat.addEventListener("keydown", (event) => {
    const menu = event.target.closest?.(".message-menu[open]");
    if (event.key !== "Escape" || !menu) return;
    event.preventDefault();
    menu.open = false;
    menu.querySelector("summary").focus();
  });
  document.addEventListener("click", (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const choice = target?.closest(".message-menu-items button");
    if (choice) setTimeout(() => { choice.closest(".message-menu").open = false; });
    else closeMenus(target?.closest(".message-menu"));
  });

  layout();
  list.scrollTop = list.scrollHeight;
  readUpTo = newestId();
})();
