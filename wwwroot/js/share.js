// Adds "Copy link" and, where the browser has it, the system share sheet to the share box.
// The plain share links work without this script; nothing here talks to another site.
(() => {
  "use strict";

  const box = document.querySelector(".share[data-share-url]");
  if (!box) {
    return;
  }

  const url = box.dataset.shareUrl;
  const title = box.dataset.shareTitle;
  const list = box.querySelector(".share-links");
  const status = box.querySelector(".share-status");

  const addButton = (label, onClick) => {
    const item = document.createElement("li");
    const button = document.createElement("button");
    button.type = "button";
    button.className = "share-button";
    button.textContent = label;
    button.addEventListener("click", onClick);
    item.append(button);
    list.prepend(item);
  };

  const say = (message) => {
    status.textContent = message;
  };

  if (navigator.clipboard && window.isSecureContext) {
    addButton("Copy link", async () => {
      try {
        await navigator.clipboard.writeText(url);
        say("Link copied.");
      } catch {
        say("Could not copy the link; copy it from the address bar.");
      }
    });
  }

  if (typeof navigator.share === "function") {
    addButton("Share…", async () => {
      try {
        await navigator.share({ title, url });
      } catch (error) {
        if (error && error.name !== "AbortError") {
          say("Could not open the share sheet.");
        }
      }
    });
  }

  // Copying a paragraph's own link: the "¶" links keep working as plain anchors too.
  document.querySelectorAll(".article-body .para-link").forEach((link) => {
    link.addEventListener("click", () => {
      if (navigator.clipboard && window.isSecureContext) {
        const paragraphUrl = url + link.getAttribute("href");
        navigator.clipboard.writeText(paragraphUrl).then(() => say("Paragraph link copied."), () => {});
      }
    });
  });
})();
