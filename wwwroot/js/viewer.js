// Opens a chat's pictures full size in the page: a click on a preview shows the picture in a
// dialog, Left and Right go to the previous and next picture of the chat, Escape (or Close) closes
// it and puts the focus back on the preview of the picture last shown. Pictures are known by their
// address, since a live update may replace a message's previews while the viewer is open.
(() => {
  const viewer = document.getElementById("picture-viewer");
  if (!viewer) return;
  const image = viewer.querySelector("img");
  const name = viewer.querySelector("#picture-viewer-name");
  const position = viewer.querySelector(".viewer-position");
  const original = viewer.querySelector(".viewer-original");
  const previous = viewer.querySelector(".viewer-previous");
  const next = viewer.querySelector(".viewer-next");
  const previews = () => [...document.querySelectorAll(".messages a.attachment.picture[href]")];
  let shown = "";
  const indexOfShown = (all) => all.findIndex((preview) => preview.getAttribute("href") === shown);

  const show = (preview) => {
    const all = previews();
    shown = preview.getAttribute("href");
    const at = indexOfShown(all);
    image.src = shown;
    image.alt = preview.querySelector("img")?.alt ?? "";
    name.textContent = image.alt;
    position.textContent = `${at + 1} of ${all.length}`;
    original.href = shown;
    previous.disabled = at <= 0;
    next.disabled = at >= all.length - 1;
  };

  const step = (by) => {
    const all = previews();
    const target = all[indexOfShown(all) + by];
    if (target) show(target);
  };

  document.addEventListener("click", (e) => {
    const preview = e.target.closest?.(".messages a.attachment.picture[href]");
    if (!preview || e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    show(preview);
    viewer.showModal();
    viewer.querySelector(".viewer-close").focus();
  });

  document.addEventListener("keydown", (e) => {
    if (!viewer.open) return;
    if (e.key === "ArrowLeft") step(-1);
    else if (e.key === "ArrowRight") step(1);
    else return;
    e.preventDefault();
  });
  previous.addEventListener("click", () => step(-1));
  next.addEventListener("click", () => step(1));
  viewer.querySelector(".viewer-close").addEventListener("click", () => viewer.close());
  // A click on the dark backdrop around the picture closes it too.
  viewer.addEventListener("click", (e) => { if (e.target === viewer) viewer.close(); });
  viewer.addEventListener("close", () => {
    image.removeAttribute("src");
    previews()[indexOfShown(previews())]?.focus();
  });
})();
