/*
 * Suggestions under the shop's search box: asks /search/suggest as the shopper types (after a short pause),
 * shows product names and "in <category>" hints in a listbox, and lets arrow keys and Enter choose. Every
 * text goes in as text (textContent), never as markup. Without script the box is a plain GET form.
 */
(function () {
    "use strict";
    var box = document.getElementById("search-box");
    var list = document.getElementById("search-suggestions");
    if (!box || !list || !window.fetch) {
        return;
    }
    var timer = null;
    var active = -1;
    var latest = 0;

    function close() {
        list.hidden = true;
        list.textContent = "";
        box.setAttribute("aria-expanded", "false");
        box.removeAttribute("aria-activedescendant");
        active = -1;
    }

    function go(url) {
        window.location.href = url;
    }

    function searchUrl(text, category) {
        var url = box.dataset.search + "?q=" + encodeURIComponent(text);
        return category ? url + "&category=" + encodeURIComponent(category) : url;
    }

    function item(id, text, url, kind) {
        var li = document.createElement("li");
        li.id = id;
        li.setAttribute("role", "option");
        li.className = "suggestion " + kind;
        li.textContent = text;
        li.dataset.url = url;
        li.addEventListener("mousedown", function (e) {
            e.preventDefault();
            go(url);
        });
        return li;
    }

    function show(typed, data) {
        list.textContent = "";
        var n = 0;
        (data.categories || []).forEach(function (c) {
            list.appendChild(item("suggestion-" + n++, box.dataset.inCategory.replace("{0}", typed).replace("{1}", c.name),
                searchUrl(typed, c.slug), "category-hint"));
        });
        (data.products || []).forEach(function (p) {
            list.appendChild(item("suggestion-" + n++, p.text, searchUrl(p.text), "product-suggestion"));
        });
        if (n === 0) {
            close();
            return;
        }
        active = -1;
        list.hidden = false;
        box.setAttribute("aria-expanded", "true");
    }

    function ask() {
        var typed = box.value.trim();
        if (!typed) {
            close();
            return;
        }
        var ticket = ++latest;
        fetch(box.dataset.suggest + "?q=" + encodeURIComponent(typed), {credentials: "same-origin"})
            .then(function (r) { return r.ok ? r.json() : {products: [], categories: []}; })
            .then(function (data) {
                if (ticket === latest) {
                    show(typed, data);
                }
            })
            .catch(close);
    }

    function move(step) {
        var items = list.querySelectorAll("li");
        if (!items.length) {
            return;
        }
        if (active >= 0) {
            items[active].removeAttribute("aria-selected");
        }
        active = (active + step + items.length) % items.length;
        items[active].setAttribute("aria-selected", "true");
        box.setAttribute("aria-activedescendant", items[active].id);
    }

    box.addEventListener("input", function () {
        clearTimeout(timer);
        timer = setTimeout(ask, 150);
    });
    box.addEventListener("keydown", function (e) {
        if (e.key === "ArrowDown") {
            e.preventDefault();
            move(1);
        } else if (e.key === "ArrowUp") {
            e.preventDefault();
            move(-1);
        } else if (e.key === "Escape") {
            close();
        } else if (e.key === "Enter" && active >= 0) {
            e.preventDefault();
            go(list.querySelectorAll("li")[active].dataset.url);
        }
    });
    box.addEventListener("blur", function () {
        setTimeout(close, 150);
    });
}());
