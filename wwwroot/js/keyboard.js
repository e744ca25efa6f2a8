// Keyboard use: the skip link, the phone menu, moving between conversations and the shortcuts help.
// The shortcuts are listed in the help dialog (Features/Shared/_Layout.cshtml) and in README.md.
(() => {
  const inTextField = (element) =>
    element?.isContentEditable || element?.matches?.("textarea, select, input:not([type=checkbox], [type=radio], [type=button], [type=submit], [type=reset])");

  // On a chat page the skip link goes straight to the message box.
  const skipLink = () => document.getElementById("skip-link");
  const messageBox = () => document.querySelector("textarea[data-enter-sends]");
  const pointSkipLink = () => {
    const link = skipLink();
    const box = messageBox();
    if (!link) return;
    if (box?.id) {
      link.href = `#${box.id}`;
      link.textContent = "Skip to message box";
    } else {
      link.href = "#main";
      link.textContent = "Skip to content";
    }
  };
  document.addEventListener("DOMContentLoaded", pointSkipLink);
  document.addEventListener("click", (event) => {
    const link = event.target.closest?.("#skip-link");
    if (!link) return;
    const target = document.getElementById(link.getAttribute("href").slice(1));
    if (!target) return;
    event.preventDefault();
    target.focus();
  });

  // The phone menu: a button that shows and hides the navigation links; Escape or a click
  // elsewhere closes it, Escape returning focus to the button.
  const menuButton = () => document.querySelector(".site-nav .menu-button");
  const setMenu = (open, { focusButton = false } = {}) => {
    const button = menuButton();
    if (!button) return;
    button.setAttribute("aria-expanded", String(open));
    document.getElementById(button.getAttribute("aria-controls"))?.classList.toggle("open", open);
    if (open) document.querySelector("#site-menu a, #site-menu button")?.focus();
    if (!open && focusButton) button.focus();
  };
  const menuOpen = () => menuButton()?.getAttribute("aria-expanded") === "true";
  document.addEventListener("click", (event) => {
    const button = event.target.closest?.(".site-nav .menu-button");
    if (button) return setMenu(!menuOpen());
    if (menuOpen() && !event.target.closest?.("#site-menu")) setMenu(false);
  });
  document.addEventListener("focusin", (event) => {
    if (menuOpen() && !event.target.closest?.(".site-nav")) setMenu(false);
  });

  // Folded away on a phone, the friend-requests count also shows on the menu button.
  const mirrorBadge = () => {
    const button = menuButton();
    if (!button) return;
    const count = document.querySelector("#friend-requests-badge .badge")?.textContent.trim();
    button.querySelectorAll(".badge, .visually-hidden").forEach((element) => element.remove());
    if (!count) return;
    const badge = document.createElement("span");
    badge.className = "badge";
    badge.textContent = count;
    const label = document.createElement("span");
    label.className = "visually-hidden";
    label.textContent = " friend requests";
    button.append(badge, label);
  };
  document.addEventListener("DOMContentLoaded", mirrorBadge);
  document.addEventListener("htmx:after:settle", (event) => { if (event.target?.id === "friend-requests-badge") mirrorBadge(); });

  // The help dialog; closing it (Escape, Close) puts focus back where it was.
  let returnFocus = null;
  const help = () => document.getElementById("keyboard-help");
  const openHelp = () => {
    const dialog = help();
    if (!dialog || dialog.open) return;
    returnFocus = document.activeElement;
    dialog.showModal();
  };
  document.addEventListener("click", (event) => {
    if (event.target.closest?.("[data-keyboard-help]")) openHelp();
  });
  document.addEventListener("DOMContentLoaded", () => help()?.addEventListener("close", () => {
    if (returnFocus?.isConnected) returnFocus.focus();
    returnFocus = null;
  }));

  // Alt+ArrowUp / Alt+ArrowDown: the previous or next conversation in the list.
  const moveConversation = (step) => {
    const links = [...document.querySelectorAll("#conversation-list li > a[href]")];
    if (links.length === 0) return false;
    const current = links.findIndex((link) => link.getAttribute("aria-current") === "page" || link === document.activeElement);
    const next = current < 0 ? (step > 0 ? 0 : links.length - 1) : current + step;
    if (next < 0 || next >= links.length) return true;
    window.location.assign(links[next].href);
    return true;
  };

  document.addEventListener("keydown", (event) => {
    if (event.defaultPrevented || event.isComposing) return;
    if (event.key === "Escape" && menuOpen()) {
      event.preventDefault();
      setMenu(false, { focusButton: true });
      return;
    }
    if (event.altKey && !event.ctrlKey && !event.metaKey && (event.key === "ArrowUp" || event.key === "ArrowDown")) {
      if (moveConversation(event.key === "ArrowDown" ? 1 : -1)) event.preventDefault();
      return;
    }
    if (event.key === "?" && !event.ctrlKey && !event.metaKey && !event.altKey && !inTextField(event.target) && !document.querySelector("dialog[open]")) {
      event.preventDefault();
      openHelp();
    }
  });

  // Set by the stylesheet's phone rules: with script, the menu button folds the links away.
  document.documentElement.classList.add("js");
})();
