/*
 * Emporium live chat widget. Any page gets the chat with one tag:
 *   <script src="https://SHOP/chat/widget.js" data-site="SITE-KEY" async></script>
 * optional: data-department="pre-sales", data-lang="zh-CN|en".
 * The visitor's token lives in localStorage, so the conversation follows them from page to page. Every text
 * from the server is put into the page with textContent: nothing a visitor or an agent types becomes markup.
 * Element ids (the browser tests use them): #emporium-chat-launcher, #emporium-chat-panel,
 * #emporium-chat-minimise, #emporium-chat-status, #emporium-chat-messages (li.chat-msg[data-author]),
 * #emporium-chat-input, #emporium-chat-emoji (button) with #emporium-chat-emoji-list (button.emoji[data-emoji]),
 * #emporium-chat-attach (button) with #emporium-chat-file (its file input; images show as img.chat-image),
 * #emporium-chat-prechat (form) with #emporium-chat-prechat-text, -name, -submit (the site's pre-chat question),
 * li.chat-invitation (an agent's invitation), #emporium-chat-person (while the bot answers: ask for a person), #emporium-chat-send, #emporium-chat-end, span.chat-read (under the visitor's newest message the agent read), #emporium-chat-offline (form) with
 * #emporium-chat-offline-name, -email (an e-mail address or a mobile number), -text, -submit, and
 * #emporium-chat-offline-done; after a conversation, #emporium-chat-transcript (form) with
 * #emporium-chat-transcript-email, -send, and #emporium-chat-transcript-done.
 * Any element of the page with data-emporium-chat opens the chat when clicked (data-emporium-chat-text: a draft
 * message); an address ending in #emporium-chat opens it on arrival.
 */
(function () {
  'use strict';
  if (window.__emporiumChat) { return; }
  window.__emporiumChat = true;

  var script = document.currentScript || (function () {
    var all = document.querySelectorAll('script[data-site]');
    return all[all.length - 1];
  })();
  if (!script) { return; }
  var site = script.getAttribute('data-site');
  var department = script.getAttribute('data-department') || '';
  var base = new URL('.', script.src);
  var socketUrl = (base.protocol === 'https:' ? 'wss:' : 'ws:') + '//' + base.host + base.pathname + 'socket';
  var lang = (script.getAttribute('data-lang') || document.documentElement.lang || navigator.language || 'en').toLowerCase();
  var zh = lang.indexOf('zh') === 0;
  var T = zh ? {
    open: '在线客服', title: '在线客服', minimise: '最小化', send: '发送', placeholder: '输入消息…',
    waiting: '正在为您安排客服，您前面还有 {0} 位', waitingNow: '正在为您安排客服…',
    withAgent: '{0} 正在为您服务', closed: '会话已结束', end: '结束会话', again: '有问题随时再联系我们。',
    joined: '{0} 已加入会话', left: '{0} 已离开会话', transferred: '会话已转接', closedMsg: '客服已结束会话', visitorEnded: '您已结束会话',
    offline: '客服暂时不在线，请留言，我们会通过邮件或短信回复您。', name: '姓名', email: '电子邮箱或手机号', message: '留言',
    submit: '提交留言', thanks: '已收到您的留言，我们会尽快回复。', you: '我', error: '出错了，请稍后再试。',
    rate: '请为本次服务评分：', stars: '{0} 星', rated: '感谢您的评价！', read: '已读', emoji: '表情', invited: '{0} 邀请您对话', start: '开始咨询', yourName: '您的称呼（可不填）',
    withBot: '智能助手为您解答，随时可以转人工。', person: '转人工客服', botUnsure: '这个问题我来请同事为您解答，请稍候。', botPerson: '正在为您转接人工客服…',
    attach: '发送图片', tooBig: '图片最大 2 MiB。', attachFirst: '请先发一条消息，再发送图片。',
    transcript: '将对话记录发到邮箱：', transcriptEmail: '电子邮箱', transcriptSend: '发送', transcriptSent: '对话记录已发送，请查收邮件。'
  } : {
    open: 'Chat with us', title: 'Customer service', minimise: 'Minimise', send: 'Send', placeholder: 'Type a message…',
    waiting: 'Finding you an agent: {0} ahead of you', waitingNow: 'Finding you an agent…',
    withAgent: '{0} is helping you', closed: 'The conversation has ended', end: 'End chat', again: 'Write again any time.',
    joined: '{0} joined the conversation', left: '{0} left the conversation', transferred: 'The conversation was transferred', closedMsg: 'The agent ended the conversation',
    visitorEnded: 'You ended the conversation',
    offline: 'No one is online right now. Leave us a message and we will answer by e-mail or SMS.', name: 'Name', email: 'E-mail or mobile number',
    message: 'Message', submit: 'Send message', thanks: 'Thank you, we have your message and will answer soon.', you: 'You',
    error: 'Something went wrong, please try again later.',
    rate: 'How did we do?', stars: '{0} stars', rated: 'Thank you for your rating!', read: 'Read', emoji: 'Emoji', invited: '{0} invites you to chat', start: 'Start chat', yourName: 'Your name (optional)',
    withBot: 'Our assistant is answering; ask for a person any time.', person: 'Talk to a person', botUnsure: 'Let me find a colleague who can answer that.', botPerson: 'Finding you a colleague…',
    attach: 'Send a picture', tooBig: 'A picture may have at most 2 MiB.', attachFirst: 'Say hello first, then send a picture.',
    transcript: 'E-mail me this conversation:', transcriptEmail: 'E-mail', transcriptSend: 'Send', transcriptSent: 'The conversation is on its way to your mailbox.'
  };
  function fmt(s, a) { return s.replace('{0}', a); }

  var KEY = 'emporium.chat.' + site;
  function load(name) { try { return localStorage.getItem(KEY + '.' + name); } catch (e) { return null; } }
  function store(name, value) { try { localStorage.setItem(KEY + '.' + name, value); } catch (e) { /* private mode */ } }

  var css = '#emporium-chat{position:fixed;right:16px;bottom:16px;z-index:2147483000;font:14px/1.4 system-ui,-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;color:#1d2b2d}' +
    '#emporium-chat *{box-sizing:border-box}' +
    '#emporium-chat-launcher{background:#0f5c63;color:#fff;border:0;border-radius:24px;padding:12px 18px;font:inherit;font-weight:600;cursor:pointer;box-shadow:0 4px 14px rgba(0,0,0,.25)}' +
    '#emporium-chat-panel{display:none;flex-direction:column;width:360px;height:520px;max-height:calc(100vh - 32px);background:#fff;border-radius:12px;box-shadow:0 8px 30px rgba(0,0,0,.3);overflow:hidden}' +
    '#emporium-chat.open #emporium-chat-panel{display:flex}#emporium-chat.open #emporium-chat-launcher{display:none}' +
    '#emporium-chat header{display:flex;align-items:center;justify-content:space-between;background:#0f5c63;color:#fff;padding:10px 12px;font-weight:600}' +
    '#emporium-chat header button{background:transparent;color:#fff;border:0;font-size:20px;cursor:pointer;min-width:44px;min-height:32px}' +
    '#emporium-chat-status{padding:6px 12px;background:#eef6f6;font-size:13px}' +
    '#emporium-chat-messages{flex:1;overflow-y:auto;list-style:none;margin:0;padding:10px}' +
    '#emporium-chat-messages li{margin:6px 0;max-width:85%;padding:7px 10px;border-radius:10px;white-space:pre-wrap;word-wrap:break-word}' +
    '#emporium-chat-messages li[data-author=VISITOR]{margin-left:auto;background:#0f5c63;color:#fff}' +
    '#emporium-chat-messages li[data-author=AGENT],#emporium-chat-messages li[data-author=BOT]{background:#f0f0f0}' +
    '#emporium-chat-person{margin:0 12px 6px;background:none;border:1px solid #0f5c63;color:#0f5c63;border-radius:6px;padding:6px 10px;font:inherit;cursor:pointer}' +
    '#emporium-chat-messages li[data-author=SYSTEM]{max-width:100%;text-align:center;color:#667;font-size:12px;background:none}' +
    '#emporium-chat .compose{display:flex;gap:6px;padding:8px;border-top:1px solid #ddd}' +
    '#emporium-chat-prechat{display:none;flex-direction:column;gap:6px;padding:8px;border-top:1px solid #ddd}' +
    '#emporium-chat.prechat #emporium-chat-prechat{display:flex}#emporium-chat.prechat .compose{display:none}' +
    '#emporium-chat-prechat input,#emporium-chat-prechat textarea{font:inherit;padding:6px;border:1px solid #ccc;border-radius:6px}' +
    '#emporium-chat-emoji,#emporium-chat-attach{background:none;border:0;font-size:20px;cursor:pointer;min-width:36px}' +
    '#emporium-chat-emoji-list{display:flex;flex-wrap:wrap;gap:2px;padding:6px 8px;border-top:1px solid #ddd}' +
    '#emporium-chat-emoji-list[hidden]{display:none}' +
    '#emporium-chat-emoji-list button{background:none;border:0;font-size:20px;min-width:36px;min-height:36px;cursor:pointer}' +
    '#emporium-chat-messages .chat-read{display:block;font-size:11px;opacity:.8;text-align:right;margin-top:2px}' +
    '#emporium-chat textarea,#emporium-chat input{flex:1;font:inherit;padding:8px;border:1px solid #bbb;border-radius:8px;resize:none;width:100%}' +
    '#emporium-chat .compose button,#emporium-chat form button{background:#0f5c63;color:#fff;border:0;border-radius:8px;padding:8px 12px;font:inherit;cursor:pointer;min-height:40px}' +
    '#emporium-chat-end{background:none;border:0;color:#0f5c63;text-decoration:underline;cursor:pointer;font:inherit;padding:4px 12px;text-align:left}' +
    '#emporium-chat-rating{padding:6px 12px}#emporium-chat-rating button{background:none;border:0;font-size:24px;color:#c9a227;cursor:pointer;min-width:36px;min-height:36px}' +
    '#emporium-chat img.chat-image{display:block;max-width:200px;max-height:200px;border-radius:6px}' +
    '#emporium-chat-transcript{display:flex;flex-wrap:wrap;gap:6px;margin-top:6px}#emporium-chat-transcript label{width:100%}' +
    '#emporium-chat-transcript input{flex:1;min-width:0;padding:8px;border:1px solid #c5d0d1;border-radius:6px;font:inherit}' +
    '#emporium-chat-rating #emporium-chat-transcript-send{font-size:14px;color:#fff;background:#0f5c63;border-radius:6px;padding:6px 12px}' +
    '#emporium-chat form{display:none;flex-direction:column;gap:8px;padding:10px;overflow-y:auto}' +
    '#emporium-chat.offline form{display:flex}#emporium-chat.offline .compose,#emporium-chat.offline #emporium-chat-messages,#emporium-chat.offline #emporium-chat-end{display:none}' +
    '@media (max-width:600px){#emporium-chat.open{right:0;bottom:0;left:0;top:0}#emporium-chat-panel{width:100%;height:100%;max-height:none;border-radius:0}}';

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text != null) { e.textContent = text; }
    return e;
  }

  var EMOJI = ['\u{1F642}', '\u{1F600}', '\u{1F602}', '\u{1F60A}', '\u{1F60D}', '\u{1F914}', '\u{1F622}', '\u{1F620}',
               '\u{1F44D}', '\u{1F44E}', '\u{1F44F}', '\u{1F64F}', '\u{1F389}', '\u{2764}\u{FE0F}', '\u{1F4E6}', '\u{1F69A}'];
  var root, panel, statusLine, list, input, offlineForm, endButton, personButton, rating, prechatForm, prechatLabel, prechatText;
  var prechatQuestion = null;
  function build() {
    var style = el('style', {}, css);
    document.head.appendChild(style);
    root = el('div', { id: 'emporium-chat', lang: zh ? 'zh-CN' : 'en' });
    var launcher = el('button', { id: 'emporium-chat-launcher', type: 'button', 'aria-controls': 'emporium-chat-panel' }, T.open);
    panel = el('section', { id: 'emporium-chat-panel', role: 'dialog', 'aria-label': T.title });
    var header = el('header');
    header.appendChild(el('span', {}, T.title));
    var minimise = el('button', { id: 'emporium-chat-minimise', type: 'button', 'aria-label': T.minimise, title: T.minimise }, '–');
    header.appendChild(minimise);
    statusLine = el('div', { id: 'emporium-chat-status', 'aria-live': 'polite' });
    list = el('ul', { id: 'emporium-chat-messages', 'aria-live': 'polite' });
    endButton = el('button', { id: 'emporium-chat-end', type: 'button' }, T.end);
    var compose = el('div', { 'class': 'compose' });
    input = el('textarea', { id: 'emporium-chat-input', rows: '2', maxlength: '4000', placeholder: T.placeholder, 'aria-label': T.placeholder });
    var send = el('button', { id: 'emporium-chat-send', type: 'button' }, T.send);
    // A few emoji a tap away (phones have their own keyboards too); each goes in where the cursor is.
    var emojiButton = el('button', { id: 'emporium-chat-emoji', type: 'button', 'aria-label': T.emoji,
                                     title: T.emoji, 'aria-expanded': 'false' }, '\u{1F642}');
    var emojiList = el('div', { id: 'emporium-chat-emoji-list', hidden: 'hidden', role: 'group', 'aria-label': T.emoji });
    EMOJI.forEach(function (e) {
      var b = el('button', { type: 'button', 'class': 'emoji', 'data-emoji': e }, e);
      b.addEventListener('click', function () {
        var at = input.selectionStart == null ? input.value.length : input.selectionStart;
        input.value = input.value.slice(0, at) + e + input.value.slice(input.selectionEnd == null ? at : input.selectionEnd);
        input.selectionStart = input.selectionEnd = at + e.length;
        emojiList.hidden = true;
        emojiButton.setAttribute('aria-expanded', 'false');
        input.focus();
      });
      emojiList.appendChild(b);
    });
    emojiButton.addEventListener('click', function () {
      emojiList.hidden = !emojiList.hidden;
      emojiButton.setAttribute('aria-expanded', String(!emojiList.hidden));
    });
    // A picture (of a parcel, a label, a fault): checked here for size, and by the server for what it really is.
    var attach = el('button', { id: 'emporium-chat-attach', type: 'button', 'aria-label': T.attach, title: T.attach }, '\u{1F4CE}');
    var file = el('input', { id: 'emporium-chat-file', type: 'file', hidden: 'hidden',
                             accept: 'image/jpeg,image/png,image/gif,image/webp' });
    attach.addEventListener('click', function () { file.click(); });
    file.addEventListener('change', function () {
      if (file.files && file.files[0]) { upload(file.files[0]); }
      file.value = '';
    });
    compose.appendChild(emojiButton);
    compose.appendChild(attach);
    compose.appendChild(file);
    compose.appendChild(input);
    compose.appendChild(send);
    offlineForm = el('form', { id: 'emporium-chat-offline', novalidate: 'novalidate' });
    offlineForm.appendChild(el('p', {}, T.offline));
    var name = el('input', { id: 'emporium-chat-offline-name', maxlength: '100', placeholder: T.name, 'aria-label': T.name, autocomplete: 'name' });
    var email = el('input', { id: 'emporium-chat-offline-email', type: 'text', maxlength: '200', placeholder: T.email, 'aria-label': T.email, autocomplete: 'email' });
    var text = el('textarea', { id: 'emporium-chat-offline-text', rows: '4', maxlength: '4000', placeholder: T.message, 'aria-label': T.message });
    var submit = el('button', { id: 'emporium-chat-offline-submit', type: 'submit' }, T.submit);
    [name, email, text, submit].forEach(function (x) { offlineForm.appendChild(x); });
    // The site's pre-chat question, asked before a new conversation when the site has one.
    prechatForm = el('form', { id: 'emporium-chat-prechat', novalidate: 'novalidate' });
    prechatLabel = el('label', { 'for': 'emporium-chat-prechat-text' });
    var prechatName = el('input', { id: 'emporium-chat-prechat-name', maxlength: '20', placeholder: T.yourName, 'aria-label': T.yourName, autocomplete: 'name' });
    prechatText = el('textarea', { id: 'emporium-chat-prechat-text', rows: '3', maxlength: '4000' });
    var prechatSubmit = el('button', { id: 'emporium-chat-prechat-submit', type: 'submit' }, T.start);
    [prechatLabel, prechatText, prechatName, prechatSubmit].forEach(function (x) { prechatForm.appendChild(x); });
    prechatForm.addEventListener('submit', function (e) {
      e.preventDefault();
      if (!prechatText.value.trim()) { prechatText.focus(); return; }
      if (sendJson({ type: 'prechat', name: prechatName.value, text: prechatText.value })) {
        prechatText.value = '';
        root.classList.remove('prechat');
      }
    });
    rating = el('div', { id: 'emporium-chat-rating', hidden: 'hidden' });
    // While the bot answers, the visitor can ask for a person at any moment.
    personButton = el('button', { id: 'emporium-chat-person', type: 'button', hidden: 'hidden' }, T.person);
    personButton.addEventListener('click', function () { sendJson({ type: 'person' }); });
    [header, statusLine, list, personButton, rating, endButton, emojiList, prechatForm, compose, offlineForm].forEach(function (x) { panel.appendChild(x); });
    root.appendChild(launcher);
    root.appendChild(panel);
    document.body.appendChild(root);

    launcher.addEventListener('click', function () { setOpen(true); input.focus(); });
    minimise.addEventListener('click', function () { setOpen(false); });
    send.addEventListener('click', say);
    input.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); say(); }
    });
    input.addEventListener('input', typing);
    endButton.addEventListener('click', function () { sendJson({ type: 'end' }); });
    offlineForm.addEventListener('submit', function (e) {
      e.preventDefault();
      sendJson({ type: 'offline', name: name.value, contact: email.value, text: text.value, locale: zh ? 'zh_CN' : 'en' });
    });
    if (load('open') === '1' || location.hash === '#emporium-chat') { setOpen(true); }
    // Any link or button of the page marked data-emporium-chat opens the chat, with an optional draft
    // (data-emporium-chat-text) the visitor can edit before sending; without this script it is a plain link.
    document.addEventListener('click', function (e) {
      var opener = e.target && e.target.closest ? e.target.closest('[data-emporium-chat]') : null;
      if (!opener) { return; }
      e.preventDefault();
      setOpen(true);
      // The draft goes where the visitor will write: the message box, or the offline form when no one is online.
      var target = root.classList.contains('offline') ? text : root.classList.contains('prechat') ? prechatText : input;
      var draft = opener.getAttribute('data-emporium-chat-text');
      if (draft && !target.value) { target.value = draft; }
      target.focus();
    });
  }

  function setOpen(open) {
    root.classList.toggle('open', open);
    store('open', open ? '1' : '0');
    if (open) { seen(); }
  }

  var socket, retry = 1000, conversation = null, agentsPresent = true, lastTyping = 0, typingTimer = null;
  function sendJson(o) {
    if (socket && socket.readyState === 1) { socket.send(JSON.stringify(o)); return true; }
    return false;
  }
  function say() {
    var text = input.value.trim();
    if (!text) { return; }
    if (sendJson({ type: 'say', text: text, department: department })) {
      input.value = '';
      lastTyping = 0;
      sendJson({ type: 'typing', text: '' });
    }
  }
  var MAX_IMAGE = 2 * 1024 * 1024;
  function upload(f) {
    statusLine.hidden = false;
    if (!conversation || conversation.status === 'CLOSED') { statusLine.textContent = T.attachFirst; return; }
    if (f.size > MAX_IMAGE) { statusLine.textContent = T.tooBig; return; }
    fetch(base.href + 'attachment?lang=' + (zh ? 'zh' : 'en'), {
      method: 'POST', body: f,
      headers: { 'Content-Type': f.type || 'application/octet-stream', 'X-Emporium-Chat-Token': load('token') || '',
                 'X-File-Name': encodeURIComponent(f.name || '') }
    }).then(function (r) {
      if (r.ok) { status(); return null; }
      return r.json().then(function (j) { statusLine.textContent = j.error || T.error; });
    }).catch(function () { statusLine.textContent = T.error; });
  }
  function imageUrl(id) {
    return base.href + 'attachment/' + id + '?t=' + encodeURIComponent(load('token') || '');
  }

  // The agent sees what is being typed, at most every 300 ms and once more when typing pauses.
  function typing() {
    var now = Date.now();
    clearTimeout(typingTimer);
    if (now - lastTyping >= 300) {
      lastTyping = now;
      sendJson({ type: 'typing', text: input.value });
    } else {
      typingTimer = setTimeout(typing, 300 - (now - lastTyping));
    }
  }

  function device() {
    var ua = navigator.userAgent;
    if (/iPad|Tablet/i.test(ua)) { return 'tablet'; }
    if (/Mobi|Android|iPhone/i.test(ua) || Math.min(screen.width, screen.height) < 600) { return 'phone'; }
    return 'desktop';
  }

  function connect() {
    socket = new WebSocket(socketUrl);
    socket.onopen = function () {
      retry = 1000;
      sendJson({ type: 'hello', site: site, token: load('token') || '', url: location.href, title: document.title,
                 referrer: document.referrer, lang: zh ? 'zh-CN' : 'en', device: device(), department: department });
    };
    socket.onmessage = function (e) { receive(JSON.parse(e.data)); };
    socket.onclose = function () {
      setTimeout(connect, retry);
      retry = Math.min(retry * 2, 30000);
    };
  }

  function receive(m) {
    switch (m.type) {
      case 'welcome':
        store('token', m.token);
        agentsPresent = m.agentsPresent;
        prechatQuestion = m.prechat || null;
        prechatLabel.textContent = prechatQuestion || '';
        show(m.conversation || null);
        break;
      case 'conversation':
        show(m.conversation);
        break;
      case 'message':
        if (conversation && m.message.conversationId !== conversation.id) { break; }
        add(m.message);
        break;
      case 'queue':
        if (conversation && conversation.id === m.conversationId && conversation.status === 'WAITING') {
          conversation.position = m.position;
          status();
        }
        break;
      case 'done':
        if (m.what === 'ticket') {
          offlineForm.replaceChildren(el('p', { id: 'emporium-chat-offline-done' }, T.thanks));
        }
        if (m.what === 'transcript') {
          var asked = document.getElementById('emporium-chat-transcript');
          if (asked) { asked.replaceChildren(el('p', { id: 'emporium-chat-transcript-done' }, T.transcriptSent)); }
        }
        break;
      case 'read':
        if (conversation && m.conversationId === conversation.id && m.reader === 'agent') { markRead(m.upTo); }
        break;
      case 'invite':
        // An agent invites the visitor: the chat opens with their first line, as from them; the visitor's
        // answer starts the conversation, which goes to that agent.
        if (conversation && conversation.status !== 'CLOSED') { break; }
        root.classList.remove('offline');
        root.classList.remove('prechat');
        setOpen(true);
        list.appendChild(el('li', { 'class': 'chat-msg chat-invitation', 'data-author': 'AGENT', title: m.agentName }, m.text));
        statusLine.hidden = false;
        statusLine.textContent = fmt(T.invited, m.agentName);
        break;
      case 'error':
        statusLine.textContent = m.text || T.error;
        break;
    }
  }

  // Read receipts: the visitor tells their agent what they have seen (the panel open, the page in view), and
  // sees "Read" under their newest message the agent has read.
  var readSent = 0;
  function seen() {
    if (!conversation || conversation.status !== 'ACTIVE' || !root.classList.contains('open')
        || document.visibilityState !== 'visible') { return; }
    var last = 0;
    list.querySelectorAll('li.chat-msg[data-author="AGENT"]').forEach(function (li) {
      last = Math.max(last, Number(li.getAttribute('data-id')));
    });
    if (last > readSent && sendJson({ type: 'read', upTo: last })) { readSent = last; }
  }
  function markRead(upTo) {
    list.querySelectorAll('.chat-read').forEach(function (x) { x.remove(); });
    var mine = Array.prototype.filter.call(list.querySelectorAll('li.chat-msg[data-author="VISITOR"]'),
      function (li) { return Number(li.getAttribute('data-id')) <= upTo; });
    if (mine.length) { mine[mine.length - 1].appendChild(el('span', { 'class': 'chat-read' }, T.read)); }
  }

  function show(c) {
    if (!c || !conversation || conversation.id !== c.id) { readSent = 0; }
    conversation = c;
    list.replaceChildren();
    if (c) { c.messages.forEach(add); }
    if (c && c.agentReadUpTo) { markRead(c.agentReadUpTo); }
    var open = c && c.status !== 'CLOSED';
    root.classList.toggle('offline', !open && !agentsPresent);
    root.classList.toggle('prechat', !open && agentsPresent && !!prechatQuestion);
    endButton.hidden = !open;
    personButton.hidden = !c || c.status !== 'BOT';
    showRating(c);
    status();
  }

  function showRating(c) {
    rating.replaceChildren();
    rating.hidden = !c || c.status !== 'CLOSED';
    if (rating.hidden) { return; }
    if (c.rating) {
      rating.appendChild(el('p', { id: 'emporium-chat-rated' }, T.rated));
    } else {
      rating.appendChild(el('span', {}, T.rate + ' '));
      [1, 2, 3, 4, 5].forEach(function (n) {
        var b = el('button', { type: 'button', 'data-stars': String(n), 'aria-label': fmt(T.stars, n), title: fmt(T.stars, n) }, '★');
        b.addEventListener('click', function () { sendJson({ type: 'rate', stars: n }); });
        rating.appendChild(b);
      });
    }
    // The transcript by e-mail, on request.
    var form = el('form', { id: 'emporium-chat-transcript', novalidate: 'novalidate' });
    var address = el('input', { id: 'emporium-chat-transcript-email', type: 'email', maxlength: '200',
                                placeholder: T.transcriptEmail, 'aria-label': T.transcriptEmail, autocomplete: 'email' });
    form.appendChild(el('label', { 'for': 'emporium-chat-transcript-email' }, T.transcript));
    form.appendChild(address);
    form.appendChild(el('button', { id: 'emporium-chat-transcript-send', type: 'submit' }, T.transcriptSend));
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      if (address.value.trim()) {
        sendJson({ type: 'transcript', email: address.value.trim(), locale: zh ? 'zh_CN' : 'en' });
      }
    });
    rating.appendChild(form);
  }

  function status() {
    var c = conversation;
    if (!c) { statusLine.textContent = agentsPresent ? '' : ''; statusLine.hidden = true; return; }
    statusLine.hidden = false;
    if (c.status === 'WAITING') {
      statusLine.textContent = c.position ? fmt(T.waiting, c.position) : T.waitingNow;
    } else if (c.status === 'ACTIVE') {
      statusLine.textContent = fmt(T.withAgent, c.agentName || '');
    } else if (c.status === 'BOT') {
      statusLine.textContent = T.withBot;
    } else {
      statusLine.textContent = T.closed + ' · ' + T.again;
    }
  }

  function add(m) {
    if (list.querySelector('li[data-id="' + m.id + '"]')) { return; }
    var text = m.text;
    if (m.author === 'SYSTEM') {
      text = { joined: fmt(T.joined, m.name), left: fmt(T.left, m.name), 'bot-unsure': T.botUnsure, 'bot-person': T.botPerson, transferred: T.transferred, closed: T.closedMsg, 'visitor-ended': T.visitorEnded }[m.text] || m.text;
    }
    var li = el('li', { 'class': 'chat-msg', 'data-author': m.author, 'data-id': String(m.id) }, text);
    if (m.attachment) {
      li.replaceChildren(el('img', { 'class': 'chat-image', src: imageUrl(m.attachment), alt: m.text }));
    }
    if (m.author === 'AGENT' || m.author === 'BOT') { li.title = m.name; }
    list.appendChild(li);
    list.scrollTop = list.scrollHeight;
    if (m.author === 'AGENT') { seen(); }
  }

  setInterval(function () { sendJson({ type: 'ping' }); }, 30000);
  document.addEventListener('visibilitychange', function () { if (list) { seen(); } });
  window.addEventListener('pagehide', function () { sendJson({ type: 'leave' }); });

  function start() { build(); connect(); }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', start); } else { start(); }
})();
