package org.emporium.web.storefront.search;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonWriter;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.emporium.platform.json.Jsons;
import org.emporium.search.boundary.ProductSearch;
import org.emporium.search.boundary.Suggestions;
import org.emporium.web.ui.LocaleSwitch;

/**
 * {@code GET /search/suggest?q=...}: what the search box offers while the shopper types, as JSON
 * {@code {"products":[{"text":..}], "categories":[{"slug":..,"name":..}]}}. Text is data, never markup: the
 * script puts it into the page as text. Cached briefly by the browser; the same for every visitor.
 */
@WebServlet("/search/suggest")
public class SuggestServlet extends HttpServlet {

    @Inject
    ProductSearch search;

    @Inject
    LocaleSwitch locale;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String typed = request.getParameter("q");
        // A visitor without a session (pages kept by PageCache make none) does not get one for suggestions.
        Locale language = request.getSession(false) != null
                ? locale.getCurrent()
                : LocaleSwitch.choose(request.getHeader("Accept-Language"));
        Suggestions suggestions =
                typed == null || typed.length() > 200 ? Suggestions.NONE : search.suggest(typed, language);
        JsonArrayBuilder products = Jsons.createArrayBuilder();
        suggestions
                .products()
                .forEach(p -> products.add(Jsons.createObjectBuilder().add("text", p.text())));
        JsonArrayBuilder categories = Jsons.createArrayBuilder();
        suggestions
                .categories()
                .forEach(c -> categories.add(
                        Jsons.createObjectBuilder().add("slug", c.slug()).add("name", c.name())));
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "public, max-age=60");
        response.setHeader("Vary", "Accept-Language, Cookie");
        response.setHeader("X-Content-Type-Options", "nosniff");
        try (JsonWriter out = Jsons.createWriter(response.getWriter())) {
            out.writeObject(Jsons.createObjectBuilder()
                    .add("products", products)
                    .add("categories", categories)
                    .build());
        }
    }
}
