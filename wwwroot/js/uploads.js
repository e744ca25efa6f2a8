// The composer's files: each one chosen, dropped or pasted is uploaded at once, with its own
// progress bar and cancel button; the server answers with the item that carries its id, sent with
// the next message. Without this script the files travel with the form itself.
(() => {
  const token = () => document.querySelector('meta[name="antiforgery-token"]')?.content ?? "";
  const composers = () => document.querySelectorAll("form.composer[data-upload-url]");

  // Sending waits until every upload has finished; a message may be only files.
  const settle = (form) => {
    const busy = form.querySelector(".upload:not(.done):not(.failed)") !== null;
    form.querySelector('button[type="submit"]').disabled = busy;
  };

  const upload = (form, file) => {
    const item = document.createElement("li");
    item.className = "upload";
    const name = document.createElement("span");
    name.className = "upload-name";
    name.textContent = file.name;
    const bar = document.createElement("progress");
    bar.max = 1;
    bar.value = 0;
    bar.setAttribute("aria-label", `Uploading ${file.name}`);
    const cancel = document.createElement("button");
    cancel.type = "button";
    cancel.className = "link";
    cancel.textContent = "Cancel";
    cancel.setAttribute("aria-label", `Cancel ${file.name}`);
    item.append(name, bar, cancel);
    form.querySelector(".uploads").append(item);

    const request = new XMLHttpRequest();
    request.open("POST", form.dataset.uploadUrl);
    request.setRequestHeader("RequestVerificationToken", token());
    request.upload.addEventListener("progress", (e) => { if (e.lengthComputable) bar.value = e.loaded / e.total; });
    request.addEventListener("load", () => {
      if (request.status === 201) {
        item.outerHTML = request.responseText;
      } else {
        item.classList.add("failed");
        bar.remove();
        name.textContent = `${file.name}: ${request.responseText || "could not be uploaded"}`;
        cancel.textContent = "Remove";
        cancel.addEventListener("click", () => { item.remove(); settle(form); }, { once: true });
      }
      settle(form);
    });
    request.addEventListener("error", () => { item.classList.add("failed"); bar.remove(); settle(form); });
    cancel.addEventListener("click", () => { request.abort(); item.remove(); settle(form); }, { once: true });
    const body = new FormData();
    body.append("file", file);
    request.send(body);
    settle(form);
  };

  const uploadAll = (form, files) => [...files].forEach((file) => upload(form, file));

  const enhance = () => composers().forEach((form) => form.classList.add("uploads-enhanced"));
  enhance();
  new MutationObserver(enhance).observe(document.body, { childList: true, subtree: true });

  document.addEventListener("change", (e) => {
    const input = e.target.closest?.("form.composer .attach-input");
    if (!input) return;
    uploadAll(input.form, input.files);
    input.value = "";
  });

  document.addEventListener("click", (e) => {
    const remove = e.target.closest?.("[data-remove-upload]");
    if (!remove) return;
    const form = remove.closest("form");
    remove.closest(".upload").remove();
    settle(form);
  });

  document.addEventListener("paste", (e) => {
    const form = e.target.closest?.("form.composer[data-upload-url]");
    if (!form || !e.clipboardData?.files.length) return;
    e.preventDefault();
    uploadAll(form, e.clipboardData.files);
  });

  const dropTarget = (e) => e.target.closest?.(".chat")?.querySelector("form.composer[data-upload-url]");
  document.addEventListener("dragover", (e) => {
    if (!dropTarget(e) || !e.dataTransfer?.types.includes("Files")) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = "copy";
  });
  document.addEventListener("drop", (e) => {
    const form = dropTarget(e);
    if (!form || !e.dataTransfer?.files.length) return;
    e.preventDefault();
    uploadAll(form, e.dataTransfer.files);
  });
})();
