// The open chat: keeps the newest message in view, moves the read marker as messages are seen,
// and labels the first message of each day in the reader's own calendar.
(() => {
  const chat = document.querySelector(".chat[data-conversation-id]");
  if (!chat) return;
  const conversationId = chat.dataset.conversationId;
  const list = chat.querySelector(".messages");
  const token = () => document.querySelector('meta[name="antiforgery-token"]')?.content ?? "";
  const nearBottom = () => list.scrollHeight - list.scrollTop - list.clientHeight < 120;
  const newestId = () => Math.max(0, ...[...list.querySelectorAll(".message[data-id]")].map((m) => Number(m.dataset.id)));
  const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "full" });

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

  const labelDays = () => {
    let previous = "";
    list.querySelectorAll(".message[data-id]").forEach((message) => {
      const time = message.querySelector("time[datetime]");
      const day = time ? dayFormat.format(new Date(time.dateTime)) : "";
      if (day !== previous) message.dataset.day = day; else delete message.dataset.day;
      previous = day;
    });
  };

  let stick = true;
  list.addEventListener("scroll", () => { stick = nearBottom(); });
  new MutationObserver(() => {
    labelDays();
    if (stick) list.scrollTop = list.scrollHeight;
    markRead();
  }).observe(list, { childList: true });
  document.addEventListener("visibilitychange", markRead);

  labelDays();
  list.scrollTop = list.scrollHeight;
  readUpTo = newestId();
})();
