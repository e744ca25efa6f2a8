// Someone removed from a group while its chat is open is told so, and can no longer write there.
// The stream raises member.removed as a DOM event; the notice sits hidden in the chat's header.
document.addEventListener("member.removed", (event) => {
  let removal;
  try { removal = JSON.parse(event.detail?.data ?? ""); } catch { return; }
  const notice = document.querySelector(
    `.group-removed[data-conversation-id="${removal.conversationId}"][data-viewer-id="${removal.userId}"]`);
  if (!notice) return;
  notice.hidden = false;
  document.getElementById(`composer-${removal.conversationId}`)?.setAttribute("inert", "");
  document.querySelector(`#conversation-${removal.conversationId} .group-members-link`)?.remove();
});
