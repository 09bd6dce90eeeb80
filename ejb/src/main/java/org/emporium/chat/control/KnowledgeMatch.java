package org.emporium.chat.control;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which question of the knowledge base a visitor is asking, and how sure the bot may be. Both texts become sets of
 * terms - English words, and Chinese characters with their neighbouring pairs - without the words every question
 * has (how, what, 怎么, 吗 ...). The score is the share of the visitor's terms, pairs counting double, that the
 * entry's questions and keywords contain; the bot answers only at {@link #SURE} or above and when no other entry
 * comes as close.
 */
public final class KnowledgeMatch {

    /** The least score at which the bot answers instead of handing over to a person. */
    public static final double SURE = 0.5;

    /** How far ahead of the next entry the best one must be. */
    static final double MARGIN = 0.1;

    private static final Pattern WORD = Pattern.compile("[\\p{IsLatin}\\d]+|\\p{IsHan}+");
    private static final Set<String> ENGLISH_STOP = Set.of(
            "a",
            "an",
            "the",
            "is",
            "are",
            "am",
            "do",
            "does",
            "did",
            "i",
            "you",
            "we",
            "my",
            "your",
            "me",
            "it",
            "to",
            "of",
            "in",
            "on",
            "for",
            "and",
            "or",
            "can",
            "could",
            "would",
            "will",
            "how",
            "what",
            "when",
            "where",
            "which",
            "who",
            "why",
            "there",
            "this",
            "that",
            "be",
            "with",
            "please",
            "hi",
            "hello",
            "get",
            "much",
            "many",
            "any",
            "some",
            "about",
            "if",
            "have",
            "has",
            "need",
            "want",
            "at",
            "by",
            "from",
            "something",
            "anything",
            "these",
            "those",
            "them",
            "they",
            "its",
            "our",
            "us");
    private static final String CHINESE_STOP = "怎么样如何吗呢吧啊呀哦的了么是我你您他她们请问可以能要想有在这那个什多少哪里为";

    /** An entry as the matcher sees it. */
    public record Entry(long id, String questionZh, String questionEn, String keywords) {}

    public record Match(long id, double score) {}

    private KnowledgeMatch() {}

    /** The entry the visitor most likely asks about, if the bot may be sure of it. */
    public static Optional<Match> sure(String question, List<Entry> entries) {
        Set<String> asked = terms(question);
        int weight = weight(asked);
        if (weight == 0) {
            return Optional.empty();
        }
        Match best = null;
        double second = 0;
        for (Entry e : entries) {
            Set<String> known =
                    terms(e.questionZh() + " " + e.questionEn() + " " + (e.keywords() == null ? "" : e.keywords()));
            int found = 0;
            for (String t : asked) {
                if (known.contains(t)) {
                    found += t.length() > 1 && isHan(t) ? 2 : 1;
                }
            }
            double score = (double) found / weight;
            if (best == null || score > best.score()) {
                second = best == null ? 0 : best.score();
                best = new Match(e.id(), score);
            } else if (score > second) {
                second = score;
            }
        }
        return best != null && best.score() >= SURE && best.score() - second >= MARGIN
                ? Optional.of(best)
                : Optional.empty();
    }

    /** Whether a text is mostly Chinese: the bot answers in the language it was asked in. */
    public static boolean chinese(String text) {
        long han = text == null
                ? 0
                : text.codePoints()
                        .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                        .count();
        long latin = text == null
                ? 0
                : text.codePoints()
                        .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN)
                        .count();
        return han > 0 && han * 3 >= latin;
    }

    static Set<String> terms(String text) {
        Set<String> terms = new HashSet<>();
        if (text == null) {
            return terms;
        }
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String token = m.group();
            if (isHan(token)) {
                String kept = token.codePoints()
                        .filter(c -> CHINESE_STOP.indexOf(c) < 0)
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                        .toString();
                // Characters, and the pairs of characters that stood next to each other in the text.
                for (int i = 0; i < token.length(); i++) {
                    String c = token.substring(i, i + 1);
                    if (kept.contains(c)) {
                        terms.add(c);
                        if (i + 1 < token.length() && kept.contains(token.substring(i + 1, i + 2))) {
                            terms.add(token.substring(i, i + 2));
                        }
                    }
                }
            } else if (token.length() > 1 && !ENGLISH_STOP.contains(token)) {
                terms.add(stem(token));
            }
        }
        return terms;
    }

    /** Plural and -ing forms count as their word: "returns", "returning" ask about "return". */
    private static String stem(String word) {
        if (word.length() > 5 && word.endsWith("ing")) {
            return word.substring(0, word.length() - 3);
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    private static int weight(Set<String> terms) {
        return terms.stream().mapToInt(t -> t.length() > 1 && isHan(t) ? 2 : 1).sum();
    }

    private static boolean isHan(String token) {
        return Character.UnicodeScript.of(token.codePointAt(0)) == Character.UnicodeScript.HAN;
    }
}
