// Reactions: the page is rendered once for every reader, so the reader's own emoji are marked
// here (aria-pressed) from each button's data-user-ids. The chat page has one picker
// (#reaction-picker): a message's React action shows it beside that message and points its
// buttons at the message's reactions form (form="reactions-<id>"); its search filters a list of
// common emoji by English name. Choosing or clicking an emoji submits that form (htmx), which toggles it.
(() => {
  const me = document.currentScript?.dataset.userId;
  const emoji = `
😀 grinning smile happy|😃 smiley happy joy|😄 smile happy laugh|😁 grin beaming|😆 laughing satisfied|😅 sweat smile relief|
🤣 rofl rolling laughing|😂 joy tears laughing lol|🙂 slightly smiling|🙃 upside down silly|😉 wink|😊 blush smile happy|
😇 innocent halo angel|🥰 smiling hearts love|😍 heart eyes love crush|🤩 star struck wow|😘 kiss blow|😋 yum tasty delicious|
😛 tongue playful|😜 winking tongue crazy|🤪 zany crazy wild|😎 cool sunglasses|🤓 nerd geek|🧐 monocle curious|
🤔 thinking hmm wonder|🤨 raised eyebrow skeptical|😐 neutral meh|😑 expressionless blank|😶 no mouth silent|🙄 eye roll whatever|
😏 smirk|😬 grimace awkward oops|🤥 lying pinocchio|😌 relieved calm|😔 pensive sad|😪 sleepy tired|🤤 drooling|
😴 sleeping zzz tired|😷 mask sick|🤒 thermometer sick ill|🤕 bandage hurt|🤢 nauseated sick green|🤮 vomit sick|
🥵 hot heat sweat|🥶 cold freezing|🥴 woozy dizzy drunk|😵 dizzy knocked out|🤯 exploding head mind blown|🥳 party celebrate birthday|
😕 confused|😟 worried|🙁 frown sad|😮 open mouth surprised wow|😯 hushed surprised|😲 astonished shocked|😳 flushed embarrassed|
🥺 pleading puppy eyes please|😦 frowning open mouth|😧 anguished|😨 fearful scared|😰 anxious sweat|😥 sad relieved|
😢 cry sad tear|😭 sob crying loud|😱 scream fear shock|😖 confounded|😣 persevere|😞 disappointed|😓 downcast sweat|
😩 weary tired|😫 tired exhausted|🥱 yawn bored|😤 triumph huff steam|😡 pout angry rage|😠 angry mad|🤬 cursing swearing|
😈 devil smiling horns|💀 skull dead|💩 poop|🤡 clown|👻 ghost boo|👽 alien|🤖 robot|😺 cat smile|
🙈 see no evil monkey|🙉 hear no evil monkey|🙊 speak no evil monkey|💋 kiss lips|💯 hundred 100 perfect|💢 anger|
💥 boom collision|💫 dizzy star|💦 sweat drops water|💨 dash fast wind|💬 speech bubble comment|💭 thought bubble|💤 zzz sleep|
👋 wave hello bye hand|🤚 raised back hand|✋ raised hand stop high five|🖖 vulcan spock|👌 ok perfect|🤌 pinched fingers italian|
✌️ victory peace|🤞 crossed fingers luck hope|🤟 love you hand|🤘 rock on horns metal|🤙 call me shaka|👈 point left|
👉 point right|👆 point up|👇 point down|☝️ index up|👍 thumbs up yes like approve +1|👎 thumbs down no dislike -1|
✊ raised fist solidarity|👊 fist bump punch|👏 clap applause bravo|🙌 raised hands hooray praise|👐 open hands|🤲 palms up|
🤝 handshake deal agree|🙏 pray please thanks folded hands|✍️ writing|💪 muscle strong flex|🧠 brain smart|👀 eyes look watching|
👁️ eye|👶 baby|🧑 person|👨 man|👩 woman|🤷 shrug whatever dunno|🤦 facepalm|🙋 raising hand me|🙇 bow sorry|
🏃 running run|💃 dancing dance|🕺 man dancing dance|👯 party dancing|🧘 yoga calm|
❤️ heart love red|🧡 orange heart|💛 yellow heart|💚 green heart|💙 blue heart|💜 purple heart|🖤 black heart|🤍 white heart|
🤎 brown heart|💔 broken heart sad|❣️ heart exclamation|💕 two hearts love|💖 sparkling heart|💗 growing heart|💘 cupid arrow heart|
💝 gift heart|🔥 fire hot lit|✨ sparkles shiny magic|⭐ star|🌟 glowing star|⚡ zap lightning|☀️ sun sunny|🌈 rainbow|
☁️ cloud|🌧️ rain|❄️ snowflake cold winter|☃️ snowman|🌊 wave ocean sea|🌙 moon night|🌍 earth globe world|
🌸 cherry blossom flower|🌹 rose flower|🌻 sunflower|🌷 tulip|🍀 four leaf clover luck|🌱 seedling plant grow|🌲 tree|🍁 maple leaf autumn|
🐶 dog puppy|🐱 cat kitten|🐭 mouse|🐰 rabbit bunny|🦊 fox|🐻 bear|🐼 panda|🐨 koala|🐯 tiger|🦁 lion|🐮 cow|🐷 pig|
🐸 frog|🐵 monkey|🐔 chicken|🐧 penguin|🐦 bird|🦄 unicorn|🐝 bee|🦋 butterfly|🐢 turtle slow|🐍 snake|🐙 octopus|🐬 dolphin|🐳 whale|
🍎 apple|🍌 banana|🍉 watermelon|🍓 strawberry|🍑 peach|🥑 avocado|🌶️ hot pepper spicy|🍕 pizza|🍔 burger hamburger|🍟 fries|
🌮 taco|🍣 sushi|🍜 ramen noodles|🍿 popcorn|🍩 donut doughnut|🍪 cookie|🎂 birthday cake|🍰 cake|🍫 chocolate|🍦 ice cream|
☕ coffee tea hot|🍵 tea|🍺 beer|🍻 cheers beers|🥂 champagne toast cheers|🍷 wine|🍸 cocktail|🥤 soda drink|
🎉 tada party popper congratulations|🎊 confetti|🎈 balloon|🎁 gift present|🏆 trophy winner|🥇 gold medal first|🏅 medal|
⚽ soccer football|🏀 basketball|🎮 video game|🎲 dice game|🎯 bullseye target|🎵 music note|🎶 notes music|🎸 guitar|🎤 microphone sing|
🎬 clapper movie|📷 camera photo|💻 laptop computer|📱 phone mobile|⌛ hourglass time|⏰ alarm clock|📅 calendar date|📌 pushpin pin|
📎 paperclip|✏️ pencil|📝 memo note|📚 books|💡 bulb idea|🔔 bell notification|🔒 lock|🔑 key|🛠️ tools fix|⚙️ gear settings|
🚀 rocket launch ship|✈️ airplane travel|🚗 car|🚲 bicycle bike|🏠 house home|🏖️ beach vacation|⛰️ mountain|
💰 money bag|💸 money flying|💎 gem diamond|🎯 goal|✅ check done yes|☑️ checked box|✔️ check mark|❌ cross no wrong|❎ cross mark|
❓ question|❗ exclamation|‼️ double exclamation|⚠️ warning|🚫 prohibited no|⛔ no entry|🆗 ok button|🆒 cool button|🆕 new|
🔝 top|🔴 red circle|🟢 green circle|🔵 blue circle|➕ plus add|➖ minus|💲 dollar|©️ copyright|🏁 checkered flag finish|🚩 red flag|
🏳️‍🌈 rainbow flag pride|🏴‍☠️ pirate flag|1️⃣ one|2️⃣ two|3️⃣ three`
    .split("|").map((entry) => entry.trim()).filter(Boolean)
    .map((entry) => { const space = entry.indexOf(" "); return { emoji: entry.slice(0, space), words: entry.slice(space + 1) }; });
  const hasEmoji = /\p{Extended_Pictographic}/u;

  const mark = (root) => {
    root.querySelectorAll?.(".reaction[data-user-ids]").forEach((button) => {
      button.setAttribute("aria-pressed", String(button.dataset.userIds.split(" ").includes(me)));
    });
    root.querySelectorAll?.("[data-reaction-search]").forEach((search) => { search.hidden = false; });
  };
  document.addEventListener("DOMContentLoaded", () => mark(document));
  new MutationObserver((mutations) => mutations.forEach((m) => m.addedNodes.forEach((node) => node.nodeType === 1 && mark(node.parentNode ?? node))))
    .observe(document.documentElement, { childList: true, subtree: true });

  const choice = (value, name) => {
    const button = document.createElement("button");
    button.type = "submit";
    button.name = "emoji";
    button.value = value;
    button.textContent = value;
    button.title = name;
    button.setAttribute("aria-label", name);
    const picker = button.closest?.("#reaction-picker") ?? document.getElementById("reaction-picker");
    if (picker?.dataset.for) button.setAttribute("form", `reactions-${picker.dataset.for}`);
    return button;
  };

  document.addEventListener("input", (event) => {
    const search = event.target;
    if (!search.matches?.("[data-reaction-search]")) return;
    const query = search.value.trim().toLowerCase();
    const results = search.parentElement.querySelector("[data-reaction-results]");
    const found = query === "" ? [] : emoji.filter((e) => e.words.split(" ").some((word) => word.startsWith(query)) || e.words.includes(query));
    const typed = hasEmoji.test(query) && !found.some((e) => e.emoji === query) ? [{ emoji: query, words: query }] : [];
    results.replaceChildren(...[...typed, ...found].slice(0, 24).map((e) => choice(e.emoji, e.words.split(" ")[0] === e.emoji ? e.emoji : e.words)));
  });

  // Enter in the search box picks the first match rather than sending the form without an emoji.
  document.addEventListener("keydown", (event) => {
    const search = event.target;
    if (event.key !== "Enter" || !search.matches?.("[data-reaction-search]")) return;
    event.preventDefault();
    search.parentElement.querySelector("[data-reaction-results] button")?.click();
  });

  // The one picker, opened for a message by its React action.
  const picker = () => document.getElementById("reaction-picker");
  const place = () => {
    const shown = picker();
    const message = shown && !shown.hidden ? document.getElementById(`message-${shown.dataset.for}`) : null;
    if (!message) return;
    const box = message.getBoundingClientRect();
    const height = shown.offsetHeight;
    const width = shown.offsetWidth;
    const below = box.bottom + 4;
    shown.style.top = `${below + height > innerHeight - 8 ? Math.max(8, box.top - height - 4) : below}px`;
    shown.style.left = `${Math.max(8, Math.min(box.left, innerWidth - width - 8))}px`;
  };
  const open = (id) => {
    const shown = picker();
    if (!shown || !document.getElementById(`reactions-${id}`)) return;
    shown.dataset.for = id;
    shown.querySelectorAll("button[name=emoji]").forEach((button) => button.setAttribute("form", `reactions-${id}`));
    shown.hidden = false;
    place();
    shown.querySelector("button[name=emoji]")?.focus();
  };
  const close = (focusBack) => {
    const shown = picker();
    if (!shown || shown.hidden) return;
    const id = shown.dataset.for;
    shown.hidden = true;
    delete shown.dataset.for;
    const search = shown.querySelector("[data-reaction-search]");
    if (search) search.value = "";
    shown.querySelector("[data-reaction-results]")?.replaceChildren();
    if (focusBack) document.querySelector(`#message-${id} .message-menu summary`)?.focus();
  };

  document.addEventListener("click", (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const react = target?.closest("[data-react-to]");
    if (react) { open(react.dataset.reactTo); return; }
    const chosen = target?.closest("#reaction-picker button[name=emoji]");
    if (chosen) { setTimeout(() => close(true)); return; }
    if (!target?.closest("#reaction-picker")) close(false);
  });
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && event.target.closest?.("#reaction-picker")) { event.preventDefault(); close(true); }
  });
  document.addEventListener("scroll", place, true);
  addEventListener("resize", place);
})();
