package org.emporium.search.control;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules staff keep for search, as the query side applies them: groups of synonyms (any word of a group
 * finds what the others find), stop words (dropped from queries), queries that go to a page instead, and
 * per query the products pinned to the top (in order), boosted or banned, by URL name. Queries are keyed by
 * {@link QueryText#key}.
 */
public record SearchRules(
        List<Set<String>> synonyms,
        Set<String> stopWords,
        Map<String, String> redirects,
        Map<String, List<String>> pinned,
        Map<String, List<String>> boosted,
        Map<String, List<String>> banned)
        implements Serializable {

    public static final SearchRules NONE = new SearchRules(List.of(), Set.of(), Map.of(), Map.of(), Map.of(), Map.of());

    public SearchRules {
        synonyms = synonyms.stream()
                .map(g -> g.stream()
                        .map(QueryText::key)
                        .filter(w -> !w.isEmpty())
                        .collect(Collectors.toCollection(LinkedHashSet::new)))
                .filter(g -> g.size() > 1)
                .map(Set::copyOf)
                .toList();
        stopWords =
                stopWords.stream().map(QueryText::key).filter(w -> !w.isEmpty()).collect(Collectors.toSet());
        redirects = Map.copyOf(redirects);
        pinned = Map.copyOf(pinned);
        boosted = Map.copyOf(boosted);
        banned = Map.copyOf(banned);
    }

    public Optional<String> redirect(String typed) {
        return Optional.ofNullable(redirects.get(QueryText.key(typed)));
    }

    /** The query without its stop words; the query itself when nothing else would be left. */
    public String withoutStopWords(String cleaned) {
        if (stopWords.isEmpty()) {
            return cleaned;
        }
        String rest = cleaned;
        for (String stop : stopWords) {
            rest = rest.replaceAll("(?iu)(^|\\s)" + java.util.regex.Pattern.quote(stop) + "(?=\\s|$)", " ");
        }
        rest = rest.trim().replaceAll("\\s+", " ");
        return rest.isEmpty() ? cleaned : rest;
    }

    /**
     * The query and its variants with one synonym put in place of another, the query first. A word of a group
     * may be part of a longer Chinese word ("手机壳" holds "手机"), so replacement is by substring.
     */
    public List<String> variants(String cleaned) {
        Set<String> variants = new LinkedHashSet<>();
        variants.add(cleaned);
        String lower = cleaned.toLowerCase(java.util.Locale.ROOT);
        for (Set<String> group : synonyms) {
            for (String word : group) {
                int at = lower.indexOf(word);
                if (at < 0) {
                    continue;
                }
                for (String other : group) {
                    if (!other.equals(word)) {
                        variants.add(lower.substring(0, at) + other + lower.substring(at + word.length()));
                    }
                }
            }
        }
        return new ArrayList<>(variants).subList(0, Math.min(variants.size(), 8));
    }

    public List<String> pinnedFor(String typed) {
        return pinned.getOrDefault(QueryText.key(typed), List.of());
    }

    public List<String> boostedFor(String typed) {
        return boosted.getOrDefault(QueryText.key(typed), List.of());
    }

    public List<String> bannedFor(String typed) {
        return banned.getOrDefault(QueryText.key(typed), List.of());
    }
}
