/*
 * The shelf's small helpers; every page works without them.
 * - List pages: ticking a filter box submits the filter form (a GET, so the URL says what is shown);
 *   on wide screens the filter panel starts open, on phones it stays folded until tapped.
 * - Product pages: the variant picker reads the SKUs from #sku-data and shows the chosen combination's
 *   price, list price and specification, marks options that make no existing combination with the other
 *   choices, and puts the SKU into the address (replaceState) so the page can be shared as chosen.
 *   Availability is "the combination exists" until stock arrives: then sku.available carries it.
 */
(function () {
    "use strict";

    var filters = document.getElementById("filters");
    if (filters && window.matchMedia && window.matchMedia("(min-width: 48rem)").matches) {
        filters.open = true;
    }
    var form = document.getElementById("filter-form");
    if (form) {
        form.addEventListener("change", function (event) {
            if (event.target && event.target.type === "checkbox") {
                form.submit();
            }
        });
    }

    var data = document.getElementById("sku-data");
    var picker = document.getElementById("variant-picker");
    if (!data || !picker) {
        return;
    }
    var model = JSON.parse(data.textContent);

    function chosen() {
        var choice = {};
        model.axes.forEach(function (axis) {
            var input = picker.querySelector("input[name='axis-" + axis + "']:checked");
            if (input) {
                choice[axis] = input.value;
            }
        });
        return choice;
    }

    function fits(sku, choice, skipAxis) {
        return Object.keys(choice).every(function (axis) {
            return axis === skipAxis || sku.options[axis] === choice[axis];
        });
    }

    function text(id, value) {
        var element = document.getElementById(id);
        if (element) {
            element.textContent = value;
        }
        return element;
    }

    function show() {
        var choice = chosen();
        var complete = Object.keys(choice).length === model.axes.length;
        var sku = complete ? model.skus.filter(function (s) { return fits(s, choice) && s.available; })[0] : null;
        var headline = document.getElementById("selected-sku");
        var unavailable = document.getElementById("selected-unavailable");
        if (sku) {
            headline.setAttribute("data-sku", sku.code);
            text("selected-price", sku.price);
            text("selected-spec", sku.spec);
            text("selected-list-amount", sku.listPrice || "");
            document.getElementById("selected-list-price").hidden = !sku.listPrice;
            unavailable.hidden = true;
            var url = new URL(window.location.href);
            url.searchParams.set("sku", sku.code);
            window.history.replaceState(null, "", url.toString());
        } else {
            headline.setAttribute("data-sku", "");
            text("selected-price", "");
            document.getElementById("selected-list-price").hidden = true;
            unavailable.hidden = !complete;
        }
        // An option that makes no existing combination with the other choices is marked, not hidden.
        model.axes.forEach(function (axis) {
            picker.querySelectorAll("input[name='axis-" + axis + "']").forEach(function (input) {
                var possible = model.skus.some(function (s) {
                    return s.available && s.options[axis] === input.value && fits(s, choice, axis);
                });
                input.parentNode.classList.toggle("impossible", !possible);
                input.setAttribute("aria-describedby", possible ? "" : "selected-unavailable");
            });
        });
    }

    picker.addEventListener("change", show);
    show();
})();
