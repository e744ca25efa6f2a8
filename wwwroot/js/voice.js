// Voice notes: where the browser can record (MediaRecorder and a microphone API), the composer's
// Record button appears; Stop turns the recording into a file that goes through the composer's
// file input, so it is uploaded and sent like any other file.
(() => {
  const canRecord = typeof MediaRecorder !== "undefined" && navigator.mediaDevices?.getUserMedia;
  if (!canRecord) return;
  const formats = [["audio/webm;codecs=opus", "webm"], ["audio/ogg;codecs=opus", "ogg"], ["audio/webm", "webm"], ["audio/mp4", "m4a"]];
  const [mimeType, extension] = formats.find(([type]) => MediaRecorder.isTypeSupported(type)) ?? ["", "webm"];
  const clock = (seconds) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;

  const reveal = () => document.querySelectorAll("form.composer [data-voice-note][hidden]").forEach((button) => { button.hidden = false; });
  reveal();
  new MutationObserver(reveal).observe(document.body, { childList: true, subtree: true });

  const recordings = new WeakMap();

  const start = async (button) => {
    const status = button.form.querySelector(".recording-status");
    let stream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch {
      status.textContent = "The microphone is not available: allow it for this site to record.";
      return;
    }

    const recorder = new MediaRecorder(stream, mimeType ? { mimeType } : undefined);
    const chunks = [];
    const started = Date.now();
    const ticker = setInterval(() => { status.textContent = `Recording ${clock(Math.floor((Date.now() - started) / 1000))}`; }, 250);
    recorder.addEventListener("dataavailable", (e) => { if (e.data.size > 0) chunks.push(e.data); });
    recorder.addEventListener("stop", () => {
      clearInterval(ticker);
      stream.getTracks().forEach((track) => track.stop());
      recordings.delete(button);
      button.textContent = "Record";
      button.classList.remove("recording");
      status.textContent = "";
      const type = (recorder.mimeType || mimeType || "audio/webm").split(";")[0];
      const stamp = new Date().toISOString().slice(0, 19).replaceAll(":", "-");
      const file = new File(chunks, `voice-note-${stamp}.${extension}`, { type });
      const input = button.form.querySelector(".attach-input");
      const files = new DataTransfer();
      files.items.add(file);
      input.files = files.files;
      input.dispatchEvent(new Event("change", { bubbles: true }));
    });
    recorder.start();
    recordings.set(button, recorder);
    button.textContent = "Stop";
    button.classList.add("recording");
    status.textContent = `Recording ${clock(0)}`;
  };

  document.addEventListener("click", (e) => {
    const button = e.target.closest?.("form.composer [data-voice-note]");
    if (!button) return;
    const recorder = recordings.get(button);
    if (recorder) recorder.stop(); else start(button);
  });
})();
