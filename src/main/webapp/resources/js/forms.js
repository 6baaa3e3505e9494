/*
 * Civic Portal forms, without inline handlers (the Content-Security-Policy forbids them):
 * - after a refused form, focus moves to the error summary at the top of <main>, and each of its links
 *   moves focus to its field (a fragment link alone would only scroll);
 * - a text field with data-max-chars shows a live count "1,234 / 5,000"; screen readers hear it
 *   through a polite live region once typing pauses, not at every keystroke.
 * Texts come from the page (data-* of #form-texts), in the page's language.
 */
(function () {
    "use strict";

    var SPEAK_AFTER_MS = 1200;

    function texts() {
        var holder = document.getElementById("form-texts");
        return holder ? holder.dataset : {};
    }

    function format(template, a, b) {
        return String(template || "{0} / {1}").replace("{0}", a).replace("{1}", b);
    }

    function focusable(target) {
        if (target.matches("input, select, textarea, button, a[href], [tabindex]")) {
            return target;
        }
        return target.querySelector("input:not([type=hidden]), select, textarea, button, [tabindex]") || target;
    }

    function initSummary() {
        var summary = document.getElementById("error-summary");
        if (!summary || summary.dataset.ready) {
            return;
        }
        summary.dataset.ready = "true";
        summary.addEventListener("click", function (event) {
            var link = event.target.closest("a[data-field]");
            if (!link) {
                return;
            }
            var field = document.getElementById(link.dataset.field);
            if (!field) {
                return;
            }
            event.preventDefault();
            var target = focusable(field);
            var label = document.querySelector("label[for='" + CSS.escape(target.id) + "']");
            (label || target).scrollIntoView({block: "center"});
            target.focus({preventScroll: true});
        });
        summary.focus();
    }

    function initCounter(field, t) {
        if (field.dataset.counted) {
            return;
        }
        field.dataset.counted = "true";
        var max = parseInt(field.dataset.maxChars, 10);
        var numbers = new Intl.NumberFormat(document.documentElement.lang || "en");
        var shown = document.createElement("span");
        shown.className = "char-count";
        shown.id = field.id + "-count";
        shown.setAttribute("aria-hidden", "true");
        var spoken = document.createElement("span");
        spoken.className = "visually-hidden";
        spoken.setAttribute("aria-live", "polite");
        field.insertAdjacentElement("afterend", spoken);
        field.insertAdjacentElement("afterend", shown);
        var timer = null;

        function update(speak) {
            var length = field.value.length;
            var over = length > max;
            shown.textContent = format(t.count, numbers.format(length), numbers.format(max))
                    + (over ? " — " + format(t.countOver, numbers.format(length - max)) : "");
            shown.classList.toggle("over", over);
            if (speak) {
                spoken.textContent = over ? format(t.countOverSpoken, numbers.format(length), numbers.format(max))
                        : format(t.countSpoken, numbers.format(length), numbers.format(max));
            }
        }

        field.addEventListener("input", function () {
            update(false);
            clearTimeout(timer);
            timer = setTimeout(function () {
                update(true);
            }, SPEAK_AFTER_MS);
        });
        update(false);
    }

    function init() {
        var t = texts();
        document.querySelectorAll("textarea[data-max-chars], input[data-max-chars]").forEach(function (field) {
            initCounter(field, t);
        });
        initSummary();
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", init);
    } else {
        init();
    }
    // Fields that PrimeFaces ajax adds later (a picked input's how-sentence) get their counter too.
    if (window.jQuery) {
        window.jQuery(document).on("pfAjaxComplete", init);
    }
})();
