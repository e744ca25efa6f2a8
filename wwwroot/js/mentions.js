// Typing @ and letters in a composer with data-mentions-url lists the matching group members in
// its listbox (aria-controls; the textarea stays a textbox and points at the chosen option with
// aria-activedescendant): ArrowUp/ArrowDown move, Enter or Tab picks, Escape closes.
(() => {
  const listFor = (field) => document.getElementById(field.getAttribute("aria-controls"));
  let pending = null;

  const typedName = (field) => {
    const before = field.value.slice(0, field.selectionStart);
    const match = /(^|[^A-Za-z0-9._@-])@([A-Za-z0-9._-]*)$/.exec(before);
    return match ? { prefix: match[2], start: before.length - match[2].length - 1 } : null;
  };

  const options = (list) => [...list.querySelectorAll("[role=option]")];

  const close = (field) => {
    const list = listFor(field);
    if (!list) return;
    list.hidden = true;
    list.replaceChildren();
    delete field.dataset.mentionsOpen;
    field.removeAttribute("aria-activedescendant");
  };

  const select = (field, index) => {
    const all = options(listFor(field));
    all.forEach((option, i) => option.setAttribute("aria-selected", String(i === index)));
    if (all[index]) field.setAttribute("aria-activedescendant", all[index].id);
  };

  const pick = (field, option) => {
    const typed = typedName(field);
    if (!typed) return close(field);
    const end = field.selectionStart;
    const inserted = `@${option.dataset.userName} `;
    field.value = field.value.slice(0, typed.start) + inserted + field.value.slice(end);
    field.selectionStart = field.selectionEnd = typed.start + inserted.length;
    close(field);
    field.focus();
  };

  const suggest = async (field) => {
    const typed = typedName(field);
    const list = listFor(field);
    if (!typed || !list) return close(field);
    pending?.abort();
    pending = new AbortController();
    let members;
    try {
      const url = `${field.dataset.mentionsUrl}?prefix=${encodeURIComponent(typed.prefix)}`;
      const response = await fetch(url, { signal: pending.signal, headers: { Accept: "application/json" } });
      if (!response.ok) return close(field);
      members = await response.json();
    } catch {
      return;
    }
    if (members.length === 0) return close(field);
    list.replaceChildren(...members.map((member, i) => {
      const option = document.createElement("li");
      option.id = `${list.id}-${i}`;
      option.setAttribute("role", "option");
      option.dataset.userName = member.userName;
      option.textContent = member.displayName === member.userName ? `@${member.userName}` : `${member.displayName} @${member.userName}`;
      option.addEventListener("mousedown", (event) => { event.preventDefault(); pick(field, option); });
      return option;
    }));
    list.hidden = false;
    field.dataset.mentionsOpen = "";
    select(field, 0);
  };

  document.addEventListener("input", (event) => {
    if (event.target.matches?.("textarea[data-mentions-url]")) suggest(event.target);
  });

  // Capturing, so an open list takes Enter before the composer sends.
  document.addEventListener("keydown", (event) => {
    const field = event.target;
    if (!field.matches?.("textarea[data-mentions-open]") || event.isComposing) return;
    const all = options(listFor(field));
    const current = all.findIndex((option) => option.getAttribute("aria-selected") === "true");
    const moves = { ArrowDown: 1, ArrowUp: -1 };
    if (event.key in moves) {
      select(field, (current + moves[event.key] + all.length) % all.length);
    } else if ((event.key === "Enter" && !event.shiftKey) || event.key === "Tab") {
      if (all[current]) pick(field, all[current]);
    } else if (event.key === "Escape") {
      close(field);
    } else {
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
  }, true);

  document.addEventListener("focusout", (event) => {
    if (event.target.matches?.("textarea[data-mentions-url]")) close(event.target);
  });
})();
