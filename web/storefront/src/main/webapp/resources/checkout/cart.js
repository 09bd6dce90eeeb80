// The visitor-specific bits of every page, filled in the browser so that cached pages stay the same for
// everyone: the number of items in the cart (GET /cart/count, never cached), and the SKU that the add-to-cart
// form sends (the one the variant picker shows as chosen).
(function () {
    "use strict";
    var link = document.getElementById("cart-link");
    var badge = document.getElementById("cart-count");
    if (link && badge && window.fetch) {
        var base = link.getAttribute("href").replace(/cart\.xhtml$/, "");
        fetch(base + "cart/count", {credentials: "same-origin", cache: "no-store"})
            .then(function (r) { return r.ok ? r.json() : null; })
            .then(function (body) {
                if (body && body.count > 0) {
                    badge.textContent = body.count;
                    badge.hidden = false;
                }
            })
            .catch(function () { /* the link still works without its count */ });
    }
    var form = document.getElementById("add-to-cart");
    if (form) {
        form.addEventListener("submit", function (event) {
            var chosen = document.getElementById("selected-sku");
            var sku = chosen ? chosen.getAttribute("data-sku") : null;
            if (chosen && !sku) {
                event.preventDefault(); // a combination that does not exist: nothing to add
                return;
            }
            if (sku) {
                document.getElementById("add-to-cart-sku").value = sku;
            }
        });
    }
})();
