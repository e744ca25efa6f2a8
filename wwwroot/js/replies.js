// Replies, pins and the unread divider on the open chat: Reply puts the composer in reply mode, a
// quote or a pinned message jumps to its original (loading older history until it is on the
// page), and a chat opened with unread messages starts at its "New" divider.
(() => {
  const excerptLength = 80;
  const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

  const replyTo = (button) => {
    const composer = button.closest(".chat")?.querySelector(".composer");
    if (!composer) return;
    const text = button.closest(".message")?.querySelector(".text")?.textContent.trim() ?? "";
    composer.querySelector("[data-reply-input]").value = button.dataset.replyTo;
    composer.querySelector("[data-reply-label]").textContent =
      `Replying to ${button.closest(".message")?.querySelector(".author")?.textContent.trim() ?? ""}: ${text.length > excerptLength ? text.slice(0, excerptLength) + "…" : text}`;
    composer.querySelector("[data-reply-bar]").hidden = false;
    composer.querySelector("textarea")?.focus();
  };

  const cancelReply = (button) => {
    const composer = button.closest(".composer");
    composer.querySelector("[data-reply-input]").value = "";
    composer.querySelector("[data-reply-bar]").hidden = true;
  };

  // Older pages load as their loader scrolls into view; each brings the next loader if there is more.
  const jumpTo = async (id) => {
    const list = document.querySelector(".chat .messages");
    for (let waited = 0; list && !document.getElementById(`message-${id}`) && waited < 100; waited++) {
      const loader = list.querySelector(".older-messages");
      if (!loader) break;
      loader.scrollIntoView();
      await pause(100);
    }
    const original = document.getElementById(`message-${id}`);
    if (!original) return;
    original.scrollIntoView({ block: "center" });
    original.classList.remove("flash");
    void original.offsetWidth;
    original.classList.add("flash");
  };

  document.addEventListener("click", (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const reply = target?.closest("[data-reply-to]");
    const cancel = target?.closest("[data-reply-cancel]");
    const jump = target?.closest("[data-jump-to]");
    if (reply) replyTo(reply);
    else if (cancel) cancelReply(cancel);
    else if (jump) {
      event.preventDefault();
      jump.closest("details")?.removeAttribute("open");
      jumpTo(jump.dataset.jumpTo);
    }
  });

  // A live message whose pin differs from the header's list (pinned, unpinned, or deleted while
  // pinned) makes the header re-fetch its list ("pins-changed", see Show.cshtml); an edited or
  // deleted original updates the quotes of its replies on the page.
  const quoteOf = (message, length) => {
    if (!message.querySelector(".text")) return "Original message deleted";
    const text = message.querySelector(".text").textContent.trim();
    return text.length > length ? text.slice(0, length) + "…" : text;
  };
  document.addEventListener("htmx:sse:before:message", (event) => {
    const chat = document.querySelector(".chat[data-conversation-id]");
    const html = event.detail?.message?.data;
    if (!chat || typeof html !== "string" || !html.includes(`#conversation-${chat.dataset.conversationId}-messages`)) return;
    const template = document.createElement("template");
    template.innerHTML = html;
    const messages = [...template.content.querySelectorAll(".message[data-id]")];
    for (const message of messages) {
      chat.querySelectorAll(`.reply-quote[data-jump-to="${message.dataset.id}"]`).forEach((quote) => {
        quote.querySelector(".reply-excerpt").textContent = quoteOf(message, Number(quote.dataset.excerptLength));
      });
    }
    const pins = chat.querySelector(".chat-pins");
    const listed = new Set([...(pins?.querySelectorAll("[data-jump-to]") ?? [])].map((link) => link.dataset.jumpTo));
    if (pins && messages.some((message) => Boolean(message.querySelector(".pinned-mark")) !== listed.has(message.dataset.id))) {
      htmx.trigger(pins, "pins-changed");
    }
  });

  // After chat.js (deferred) has scrolled to the newest message.
  document.addEventListener("DOMContentLoaded", () => {
    document.querySelector(".chat .messages .unread-divider")?.scrollIntoView({ block: "start" });
  });
})();
