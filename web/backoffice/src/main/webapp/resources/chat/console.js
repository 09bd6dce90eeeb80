/*
 * The agent console on the agents' socket. Everything from the server (what visitors and agents wrote,
 * page titles, addresses) goes into the page through textContent only, never as markup.
 */
(function () {
  'use strict';
  var root = document.getElementById('chat-console');
  if (!root) { return; }
  var T = {};
  document.getElementById('chat-texts').content.querySelectorAll('[data-key]').forEach(function (s) {
    T[s.getAttribute('data-key')] = s.textContent;
  });
  function $(id) { return document.getElementById(id); }
  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text != null) { e.textContent = text; }
    return e;
  }
  function fmt(s, a) { return (s || '').replace('{0}', a); }

  var socket, desk = null, current = null, currentVisitor = null, retry = 1000;
  var url = (location.protocol === 'https:' ? 'wss:' : 'ws:') + '//' + location.host + root.getAttribute('data-socket')
      + '?lang=' + encodeURIComponent(root.getAttribute('data-lang') || 'en');

  function send(o) {
    if (socket && socket.readyState === 1) { socket.send(JSON.stringify(o)); }
  }
  function notice(text) { $('chat-notice').textContent = text || ''; }

  function connect() {
    notice(T.connecting);
    socket = new WebSocket(url);
    socket.onopen = function () { retry = 1000; notice(''); };
    socket.onmessage = function (e) { receive(JSON.parse(e.data)); };
    socket.onclose = function () { setTimeout(connect, retry); retry = Math.min(retry * 2, 30000); };
  }

  function receive(m) {
    switch (m.type) {
      case 'desk': showDesk(m); break;
      case 'detail': showConversation(m.conversation, m.visitor); break;
      case 'refresh':
        send({ type: 'desk' });
        if (m.what === 'visitors' && current) { send({ type: 'open', conversationId: current.id }); }
        break;
      case 'conversation':
        send({ type: 'desk' });
        if (current && current.id === m.conversation.id) { showConversation(m.conversation, currentVisitor); }
        else if (!current && m.conversation.status === 'ACTIVE') { send({ type: 'open', conversationId: m.conversation.id }); }
        break;
      case 'message':
        if (current && m.message.conversationId === current.id) {
          addMessage(m.message);
          if (m.message.author === 'VISITOR') { $('chat-typing').textContent = ''; }
        } else { send({ type: 'desk' }); }
        break;
      case 'typing':
        if (current && m.conversationId === current.id) { $('chat-typing').textContent = m.text; }
        var q = document.querySelector('#chat-queue li[data-conversation="' + m.conversationId + '"] .preview');
        if (q) { q.textContent = m.text; }
        break;
      case 'read':
        if (current && m.conversationId === current.id && m.reader === 'visitor') { markRead(m.upTo); }
        break;
      case 'done':
        if (m.what === 'invite') { notice(T.invited); }
        break;
      case 'error': notice(m.text || T.error); break;
    }
  }

  // Read receipts: the agent tells the visitor what they have seen (when the console is in view), and sees
  // under their own newest read message that the visitor has read it.
  var readSent = 0;
  function seen() {
    if (!current || current.status !== 'ACTIVE' || !desk || current.agent !== desk.me.username
        || document.visibilityState !== 'visible') { return; }
    var last = 0;
    document.querySelectorAll('#chat-transcript li.chat-msg[data-author="VISITOR"]').forEach(function (li) {
      last = Math.max(last, Number(li.getAttribute('data-id')));
    });
    if (last > readSent) { readSent = last; send({ type: 'read', conversationId: current.id, upTo: last }); }
  }
  document.addEventListener('visibilitychange', seen);
  function markRead(upTo) {
    document.querySelectorAll('#chat-transcript .chat-read').forEach(function (x) { x.remove(); });
    var mine = Array.prototype.filter.call(
      document.querySelectorAll('#chat-transcript li.chat-msg[data-author="AGENT"]'),
      function (li) { return Number(li.getAttribute('data-id')) <= upTo; });
    if (mine.length) { mine[mine.length - 1].appendChild(el('span', { 'class': 'chat-read' }, T.read)); }
  }

  function showDesk(d) {
    desk = d;
    $('chat-status').value = d.me.status;
    $('chat-load').textContent = d.me.active + ' / ' + d.me.capacity;
    list('chat-mine', d.mine, function (c) {
      var last = c.messages.filter(function (x) { return x.author === 'VISITOR'; }).pop();
      var li = el('li', { 'data-conversation': String(c.id), 'aria-current': String(!!current && current.id === c.id) });
      li.appendChild(el('strong', {}, c.visitorLabel));
      li.appendChild(el('small', {}, last ? last.text : ''));
      li.addEventListener('click', function () { send({ type: 'open', conversationId: c.id }); });
      return li;
    });
    list('chat-queue', d.queue, function (q) {
      var li = el('li', { 'data-conversation': String(q.conversationId) });
      li.appendChild(el('strong', {}, fmt(T.position, q.position) + ' · ' + q.visitorLabel + (q.department ? ' · ' + q.department : '')));
      li.appendChild(el('small', {}, q.firstWords || ''));
      li.appendChild(el('small', { 'class': 'preview' }));
      return li;
    });
    list('chat-visitors', d.visitors, function (v) {
      var li = el('li', { 'data-visitor': String(v.id) });
      li.appendChild(el('strong', {}, v.label + ' · ' + (v.device || '') + (v.location ? ' · ' + v.location : '')));
      li.appendChild(el('small', {}, v.currentTitle || v.currentUrl || ''));
      li.appendChild(el('small', {}, (v.referrer || T.direct) + ' · ' + v.pageViews + ' ' + T.pages));
      li.addEventListener('click', function () { showVisitor(v); });
      // Invite the visitor to chat, with the first line from the reply box or the usual greeting.
      var invite = el('button', { type: 'button', 'class': 'chat-invite', 'data-visitor': String(v.id) }, T.invite);
      invite.addEventListener('click', function (e) {
        e.stopPropagation();
        var line = $('chat-reply').value.trim() || T.inviteText;
        send({ type: 'invite', visitorId: v.id, text: line });
      });
      li.appendChild(invite);
      return li;
    });
    // An offline message is answered here; the answer goes by e-mail or SMS, whichever the visitor left.
    list('chat-tickets', d.tickets, function (t) {
      var li = el('li', { 'data-ticket': String(t.id), 'data-channel': t.channel });
      li.appendChild(el('strong', {}, t.name + ' · ' + t.contact + ' · ' + (t.channel === 'SMS' ? T.bySms : T.byEmail)));
      li.appendChild(el('small', {}, t.text));
      var answer = el('textarea', { 'class': 'ticket-answer', rows: '3', maxlength: t.channel === 'SMS' ? '300' : '2000',
                                    'aria-label': T.answer, placeholder: T.answer });
      var done = el('button', { type: 'button', 'class': 'ticket-send' }, T.done);
      done.addEventListener('click', function () {
        if (answer.value.trim()) { send({ type: 'ticket-answer', ticketId: t.id, text: answer.value }); }
        else { answer.focus(); }
      });
      li.appendChild(answer);
      li.appendChild(done);
      return li;
    });
    list('chat-canned', d.canned, function (c) {
      var li = el('li', { 'data-shortcut': c.shortcut });
      li.appendChild(el('strong', {}, '/' + c.shortcut));
      li.appendChild(el('small', {}, c.text));
      li.addEventListener('click', function () { insert(c.text); });
      return li;
    });
    var to = $('chat-transfer-to');
    to.replaceChildren();
    d.agents.filter(function (a) { return a.username !== d.me.username; }).forEach(function (a) {
      to.appendChild(el('option', { value: 'agent:' + a.username }, a.displayName + ' (' + a.status + ' ' + a.active + '/' + a.capacity + ')'));
    });
    d.departments.forEach(function (code) { to.appendChild(el('option', { value: 'department:' + code }, code)); });
    if (current && !d.mine.some(function (c) { return c.id === current.id; })) { current = null; clearConversation(); }
    if (!current && d.mine.length) { send({ type: 'open', conversationId: d.mine[0].id }); }
  }

  function list(id, items, render) {
    var ul = $(id);
    ul.replaceChildren();
    if (!items.length) { ul.appendChild(el('li', { 'class': 'empty' }, T.none)); return; }
    items.forEach(function (i) { ul.appendChild(render(i)); });
  }

  function clearConversation() {
    $('chat-transcript').replaceChildren();
    $('chat-typing').textContent = '';
    $('chat-pick').hidden = false;
    $('chat-visitor').replaceChildren();
    $('chat-tag-list').replaceChildren();
  }

  function showConversation(c, visitor) {
    if (!current || current.id !== c.id) { readSent = 0; }
    current = c;
    $('chat-pick').hidden = true;
    $('chat-transcript').replaceChildren();
    c.messages.forEach(addMessage);
    if (c.visitorReadUpTo) { markRead(c.visitorReadUpTo); }
    showTags(c.tags || []);
    // A colleague brought in writes and reads here; the conversation stays its holder's to transfer and close.
    var holder = !desk || c.agent === desk.me.username;
    $('chat-colleagues').textContent = (c.colleagues || []).length ? T.colleagues + ': ' + c.colleagues.join(', ') : '';
    $('chat-leave').hidden = holder;
    ['chat-transfer', 'chat-bring-in', 'chat-close'].forEach(function (id) { $(id).disabled = !holder; });
    document.querySelectorAll('#chat-mine li').forEach(function (li) {
      li.setAttribute('aria-current', String(li.getAttribute('data-conversation') === String(c.id)));
    });
    if (visitor) { currentVisitor = visitor; showVisitor(visitor); }
  }

  function addMessage(m) {
    var ul = $('chat-transcript');
    if (ul.querySelector('li[data-id="' + m.id + '"]')) { return; }
    var text = m.text;
    if (m.author === 'SYSTEM') { text = fmt(T[m.text] || m.text, m.name); }
    var li = el('li', { 'class': 'chat-msg', 'data-author': m.author, 'data-id': String(m.id), title: m.name }, text);
    if (m.attachment) {
      // An image the visitor sent: a thumbnail that opens the full picture.
      var link = el('a', { href: 'attachment/' + m.attachment, target: '_blank', rel: 'noopener' });
      link.appendChild(el('img', { 'class': 'chat-image', src: 'attachment/' + m.attachment, alt: m.text, loading: 'lazy' }));
      li.replaceChildren(link);
    }
    ul.appendChild(li);
    ul.scrollTop = ul.scrollHeight;
    if (m.author === 'VISITOR') { seen(); }
  }

  function showVisitor(v) {
    var dl = $('chat-visitor');
    dl.replaceChildren();
    function row(label, value) {
      if (!value) { return; }
      dl.appendChild(el('dt', {}, label));
      dl.appendChild(el('dd', {}, value));
    }
    row(T.currentPage, (v.currentTitle ? v.currentTitle + ' — ' : '') + (v.currentUrl || ''));
    row(T.source, v.referrer || T.direct);
    row(T.search, v.searchTerms);
    row(T.campaign, [v.utmSource, v.utmMedium, v.utmCampaign].filter(Boolean).join(' / '));
    row(T.device, v.device);
    row(T.location, v.location);
    dl.appendChild(el('dt', {}, T.path));
    var dd = el('dd');
    var ol = el('ol', { id: 'chat-path' });
    v.path.forEach(function (p) {
      ol.appendChild(el('li', { 'data-current': String(p.current) }, (p.title || p.url) + ' · ' + p.dwellSeconds + ' ' + T.seconds));
    });
    dd.appendChild(ol);
    dl.appendChild(dd);
    // The shop account the visitor is signed in to, if any: its orders are the ones listed below.
    if (v.shopper) {
      dl.appendChild(el('dt', {}, T.shopper));
      dl.appendChild(el('dd', { id: 'chat-shopper', 'data-account': String(v.shopper.accountId) },
        v.shopper.name + (v.shopper.phone ? ' · ' + v.shopper.phone : '') + ' · ' + fmt(T.account, v.shopper.accountId)));
    }
    // Orders this browser (or, signed in, this account) placed in the shop (the widget on the shop's pages knows it).
    dl.appendChild(el('dt', {}, T.orders));
    var od = el('dd');
    if (!v.orders || !v.orders.length) {
      od.appendChild(el('span', { id: 'chat-orders-none' }, T.noOrders));
    } else {
      var ul = el('ul', { id: 'chat-orders' });
      v.orders.forEach(function (o) {
        ul.appendChild(el('li', { 'class': 'chat-order', 'data-number': o.number, 'data-status': o.status },
          o.number + ' · ' + (T['status.' + o.status] || o.status) + ' · ' + o.currency + ' ' + o.payable
            + ' · ' + fmt(T.items, o.items) + ' · ' + new Date(o.placedAt).toLocaleString()));
      });
      od.appendChild(ul);
    }
    dl.appendChild(od);
  }

  function showTags(tags) {
    var ul = $('chat-tag-list');
    ul.replaceChildren();
    tags.forEach(function (t) {
      var li = el('li', { 'class': 'chat-tag', 'data-tag': t }, t + ' ');
      var remove = el('button', { type: 'button', 'aria-label': fmt(T.untag, t), title: fmt(T.untag, t) }, '×');
      remove.addEventListener('click', function () { if (current) { send({ type: 'untag', conversationId: current.id, tag: t }); } });
      li.appendChild(remove);
      ul.appendChild(li);
    });
  }

  function insert(text) {
    var reply = $('chat-reply');
    reply.value = reply.value.replace(/\/[a-z0-9-]*$/, '') + text;
    reply.focus();
  }

  function addTag() {
    var input = $('chat-tag-input');
    var tag = input.value.trim();
    if (!current || !tag) { return; }
    send({ type: 'tag', conversationId: current.id, tag: tag });
    input.value = '';
  }
  $('chat-tag-add').addEventListener('click', addTag);
  $('chat-tag-input').addEventListener('keydown', function (e) {
    if (e.key === 'Enter') { e.preventDefault(); addTag(); }
  });
  $('chat-status').addEventListener('change', function () { send({ type: 'status', status: this.value }); });
  $('chat-send').addEventListener('click', function () {
    var reply = $('chat-reply');
    var text = reply.value.trim();
    if (!current || !text) { return; }
    send({ type: $('chat-as-note').checked ? 'note' : 'reply', conversationId: current.id, text: text });
    reply.value = '';
  });
  $('chat-reply').addEventListener('keydown', function (e) {
    if (e.key === 'Tab' && desk) {
      var match = /\/([a-z0-9-]+)$/.exec(this.value);
      var found = match && desk.canned.filter(function (c) { return c.shortcut === match[1]; })[0];
      if (found) { e.preventDefault(); insert(found.text); }
    } else if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      $('chat-send').click();
    }
  });
  $('chat-transfer').addEventListener('click', function () {
    var to = $('chat-transfer-to').value;
    if (!current || !to) { return; }
    var parts = to.split(':');
    var o = { type: 'transfer', conversationId: current.id };
    o[parts[0]] = parts.slice(1).join(':');
    send(o);
    current = null;
    clearConversation();
  });
  $('chat-bring-in').addEventListener('click', function () {
    var to = $('chat-transfer-to').value;
    if (!current || to.indexOf('agent:') !== 0) { notice(T.pickColleague || T.error); return; }
    send({ type: 'colleague', conversationId: current.id, colleague: to.substring('agent:'.length) });
  });
  $('chat-leave').addEventListener('click', function () {
    if (!current) { return; }
    send({ type: 'leave', conversationId: current.id });
    current = null;
    clearConversation();
  });
  $('chat-close').addEventListener('click', function () {
    if (!current) { return; }
    send({ type: 'close', conversationId: current.id, code: $('chat-close-code').value });
    current = null;
    clearConversation();
  });
  $('chat-canned-save').addEventListener('click', function () {
    send({ type: 'canned', shortcut: $('chat-canned-shortcut').value, text: $('chat-canned-text').value,
           shared: $('chat-canned-shared').checked });
    $('chat-canned-shortcut').value = '';
    $('chat-canned-text').value = '';
  });
  setInterval(function () { send({ type: 'desk' }); }, 15000);
  connect();
})();
