// Every unsafe htmx request carries the antiforgery token in the header the server expects.
document.addEventListener("htmx:config:request", (event) => {
  const request = event.detail.ctx.request;
  if (["GET", "HEAD"].includes((request.method || "GET").toUpperCase())) return;
  const token = document.querySelector('meta[name="antiforgery-token"]')?.content;
  if (token) request.headers["RequestVerificationToken"] = token;
});
