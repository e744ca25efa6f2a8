// One-to-one calls over WebRTC. The server only moves a call along (ring, answer, decline, hang up)
// and passes each browser's signals (offer, answer, ICE candidates) to the other one as call.*
// events on the live stream; sound and video flow browser to browser. A page is in one call at most.
(() => {
  const dialog = document.getElementById("call");
  const ring = document.getElementById("incoming-call");
  if (!dialog || !ring || !window.RTCPeerConnection || !navigator.mediaDevices?.getUserMedia) return;

  const me = Number(dialog.dataset.userId);
  const part = (selector) => dialog.querySelector(selector);
  const action = (name) => document.querySelector(`[data-call-action="${name}"]`);
  const endings = { declined: "Declined", noAnswer: "No answer", hungUp: "Call ended", dropped: "Call ended" };
  let call = null;
  let ringing = null;

  document.querySelectorAll("[data-call-buttons]").forEach((buttons) => { buttons.hidden = false; });

  const post = async (path, body) => {
    const response = await fetch(path, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", RequestVerificationToken: document.querySelector('meta[name="antiforgery-token"]')?.content ?? "" },
      body: JSON.stringify(body ?? {}),
    });
    const data = response.status === 204 ? null : await response.json().catch(() => null);
    return { ok: response.ok, status: response.status, data };
  };

  const say = (text) => { part(".call-status").textContent = text; };
  const peerName = (dto) => (dto.caller.id === me ? dto.callee : dto.caller).displayName;

  const open = (dto) => {
    dialog.classList.toggle("audio", dto.kind === "audio");
    part("#call-title").textContent = `${dto.kind === "video" ? "Video" : "Audio"} call with ${peerName(dto)}`;
    part(".call-duration").hidden = true;
    action("close").hidden = true;
    action("hangup").hidden = false;
    for (const name of ["mute", "camera"]) {
      action(name).setAttribute("aria-pressed", "false");
      action(name).disabled = false;
    }
    action("mute").textContent = "Mute";
    action("camera").textContent = "Camera off";
    if (!dialog.open) dialog.showModal();
  };

  // Ends this page's part of the call and says how it ended; the dialog stays until closed.
  const finish = (text) => {
    if (!call) return;
    clearInterval(call.clock);
    call.local?.getTracks().forEach((track) => track.stop());
    call.pc.close();
    dialog.dataset.state = "ended";
    part(".call-remote").srcObject = null;
    part(".call-local").srcObject = null;
    call = null;
    say(text);
    action("hangup").hidden = true;
    action("mute").disabled = true;
    action("camera").disabled = true;
    action("close").hidden = false;
    action("close").focus();
  };

  const startClock = () => {
    const started = Date.now();
    const duration = part(".call-duration");
    duration.hidden = false;
    const tick = () => {
      const seconds = Math.floor((Date.now() - started) / 1000);
      duration.textContent = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
    };
    tick();
    call.clock = setInterval(tick, 1000);
  };

  // The connection of this page's side. Candidates that arrive before the other side's
  // description wait for it. The dialog carries it, so its state and stats can be read.
  const connect = (dto, role) => {
    const pc = new RTCPeerConnection({ iceServers: dto.iceServers.map(({ urls, username, credential }) => ({ urls, username: username ?? undefined, credential: credential ?? undefined })) });
    call = { id: dto.id, kind: dto.kind, role, pc, local: null, waiting: [], clock: 0 };
    dialog.peerConnection = pc;
    dialog.dataset.state = "new";
    const current = call;
    pc.onicecandidate = ({ candidate }) => {
      if (candidate) post(`/calls/${current.id}/signals`, { type: "candidate", data: candidate.toJSON() });
    };
    pc.ontrack = ({ streams }) => { part(".call-remote").srcObject = streams[0]; };
    pc.onconnectionstatechange = () => {
      if (call !== current) return;
      dialog.dataset.state = pc.connectionState;
      if (pc.connectionState === "connected" && !current.clock) {
        say("Connected");
        startClock();
      } else if (pc.connectionState === "failed") {
        post(`/calls/${current.id}/hangup`);
        finish("The connection failed");
      }
    };
    current.ready = navigator.mediaDevices.getUserMedia({ audio: true, video: dto.kind === "video" }).then((local) => {
      current.local = local;
      part(".call-local").srcObject = local;
      local.getTracks().forEach((track) => pc.addTrack(track, local));
    });
    return current;
  };

  const hangUp = () => {
    if (!call) return;
    post(`/calls/${call.id}/hangup`);
    finish("Call ended");
  };

  const fail = (error) => {
    if (!call) return;
    const id = call.id;
    finish(error?.name === "NotAllowedError" ? "The microphone or camera was not allowed" : "The call could not start");
    post(`/calls/${id}/hangup`);
  };

  const start = async (kind, conversationId) => {
    if (call) return;
    const answer = await post("/calls", { conversationId, kind });
    if (!answer.ok) {
      open({ kind, caller: { id: me, displayName: "" }, callee: { displayName: "your friend" } });
      say(answer.data?.title === "Busy" ? "Busy" : answer.data?.detail ?? "The call could not start");
      action("hangup").hidden = true;
      action("close").hidden = false;
      return;
    }
    open(answer.data);
    say("Ringing…");
    connect(answer.data, "caller").ready.catch(fail);
  };

  const accept = async () => {
    const dto = ringing;
    ring.hidden = true;
    ringing = null;
    if (!dto || call) return;
    open(dto);
    say("Connecting…");
    const current = connect(dto, "callee");
    const answer = await post(`/calls/${dto.id}/accept`);
    if (!answer.ok) return finish("The call is over");
    current.ready.catch(fail);
  };

  const decline = () => {
    if (ringing) post(`/calls/${ringing.id}/decline`);
    ring.hidden = true;
    ringing = null;
  };

  const onSignal = async ({ callId, type, data }) => {
    const current = call;
    if (!current || current.id !== callId) return;
    await current.ready;
    const pc = current.pc;
    if (type === "candidate") {
      if (pc.remoteDescription) await pc.addIceCandidate(data); else current.waiting.push(data);
      return;
    }
    await pc.setRemoteDescription(data);
    for (const candidate of current.waiting.splice(0)) await pc.addIceCandidate(candidate);
    if (type === "offer") {
      await pc.setLocalDescription(await pc.createAnswer());
      await post(`/calls/${callId}/signals`, { type: "answer", data: pc.localDescription.toJSON() });
    }
  };

  const onAccepted = async (dto) => {
    if (ringing?.id === dto.id) { ring.hidden = true; ringing = null; }
    if (call?.id !== dto.id || call.role !== "caller") return;
    say("Connecting…");
    const current = call;
    await current.ready;
    await current.pc.setLocalDescription(await current.pc.createOffer());
    await post(`/calls/${dto.id}/signals`, { type: "offer", data: current.pc.localDescription.toJSON() });
  };

  const data = (event) => JSON.parse(event.detail.data);
  document.addEventListener("call.ringing", (event) => {
    const dto = data(event);
    if (call) return;
    ringing = dto;
    document.getElementById("incoming-call-text").textContent = `${dto.caller.displayName} is calling you (${dto.kind})`;
    ring.hidden = false;
    action("accept").focus();
  });
  document.addEventListener("call.accepted", (event) => onAccepted(data(event)).catch(fail));
  document.addEventListener("call.signal", (event) => onSignal(data(event)).catch(fail));
  document.addEventListener("call.ended", (event) => {
    const dto = data(event);
    if (ringing?.id === dto.id) { ring.hidden = true; ringing = null; }
    if (call?.id === dto.id) finish(endings[dto.endedBy] ?? "Call ended");
  });

  document.addEventListener("click", (event) => {
    const starter = event.target.closest?.("[data-call-start]");
    if (starter) return start(starter.dataset.callStart, Number(starter.dataset.conversationId));
    const button = event.target.closest?.("[data-call-action]");
    if (!button) return;
    ({
      accept,
      decline,
      hangup: hangUp,
      close: () => dialog.close(),
      mute: () => toggle(button, "audio", "Mute", "Unmute"),
      camera: () => toggle(button, "video", "Camera off", "Camera on"),
    })[button.dataset.callAction]?.();
  });

  const toggle = (button, kind, onLabel, offLabel) => {
    const tracks = call?.local?.getTracks().filter((track) => track.kind === kind) ?? [];
    const off = button.getAttribute("aria-pressed") !== "true";
    tracks.forEach((track) => { track.enabled = !off; });
    button.setAttribute("aria-pressed", String(off));
    button.textContent = off ? offLabel : onLabel;
  };

  // Escape must not leave a call running behind a closed dialog: it hangs up.
  dialog.addEventListener("cancel", (event) => {
    if (call) { event.preventDefault(); hangUp(); }
  });

  // Leaving the page ends its call; a beacon still goes out while the page unloads.
  window.addEventListener("pagehide", () => {
    if (!call) return;
    const form = new FormData();
    form.append("__RequestVerificationToken", document.querySelector('meta[name="antiforgery-token"]')?.content ?? "");
    navigator.sendBeacon(`/calls/${call.id}/hangup`, form);
  });
})();
