package org.emporium.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The language a visitor reads the site in: first guessed from what their browser asks for, then whatever
 * they choose with the switch in the page header, for the rest of their session.
 */
@SessionScoped
@Named("locale")
public class LocaleSwitch implements Serializable {

    /** The query parameter that the language links add; {@link LocaleParameterFilter} applies it. */
    public static final String PARAMETER = "lang";

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private static final long serialVersionUID = 1L;

    private Locale current = ENGLISH;

    @PostConstruct
    void guessFromBrowser() {
        current = choose(request().getHeader("Accept-Language"));
    }

    /**
     * The site speaks Simplified Chinese and English only. The browser's ranking decides between them,
     * so any flavour of Chinese (zh-TW, zh-HK included) gets Chinese unless English is ranked above it;
     * a browser that asks for neither gets English.
     */
    public static Locale choose(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return ENGLISH;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException malformed) {
            return ENGLISH;
        }
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() <= 0) {
                continue;
            }
            String language = range.getRange().split("-", 2)[0];
            if (language.equals("zh")) {
                return CHINESE;
            }
            if (language.equals("en")) {
                return ENGLISH;
            }
        }
        return ENGLISH;
    }

    /** Maps what a language link asked for onto a supported locale; anything unknown means English. */
    public static Locale supported(String languageTag) {
        if (languageTag == null) {
            return ENGLISH;
        }
        return Locale.forLanguageTag(languageTag.replace('_', '-'))
                        .getLanguage()
                        .equals("zh")
                ? CHINESE
                : ENGLISH;
    }

    public void switchTo(String languageTag) {
        current = supported(languageTag);
    }

    /** A link to the page being shown, in the other language; the page's own query parameters are kept. */
    public String linkTo(String languageTag) {
        return "?" + query(request().getQueryString(), supported(languageTag));
    }

    /** Looked up on each use rather than injected: a session bean outlives requests and may be replicated. */
    private static HttpServletRequest request() {
        return CDI.current().select(HttpServletRequest.class).get();
    }

    static String query(String queryString, Locale target) {
        Stream<String> kept = queryString == null || queryString.isEmpty()
                ? Stream.empty()
                : Stream.of(queryString.split("&"))
                        .filter(p -> !p.isEmpty() && !p.equals(PARAMETER) && !p.startsWith(PARAMETER + "="));
        String lang = PARAMETER + "=" + URLEncoder.encode(target.toLanguageTag(), StandardCharsets.UTF_8);
        return Stream.concat(kept, Stream.of(lang)).collect(Collectors.joining("&"));
    }

    public Locale getCurrent() {
        return current;
    }

    /** For the {@code lang} attribute of the page, so that browsers pick Chinese or Latin fonts right. */
    public String getLanguageTag() {
        return current.toLanguageTag();
    }

    public boolean isChinese() {
        return current.getLanguage().equals("zh");
    }
}
