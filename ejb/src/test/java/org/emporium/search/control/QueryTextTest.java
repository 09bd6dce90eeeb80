package org.emporium.search.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.emporium.search.boundary.SearchRequest;
import org.junit.jupiter.api.Test;

class QueryTextTest {

    @Test
    void nothing_or_only_symbols_leaves_nothing_to_search_and_says_so() {
        assertThat(QueryText.clean(null)).isEmpty();
        assertThat(QueryText.clean("  \t ")).isEmpty();
        assertThat(QueryText.clean("*?~^[]{}\\/():!")).isEmpty();
        assertThat(QueryText.clean("😀👗")).isEmpty();
        assertThat(SearchRequest.of("😀👗").unsearchable()).isTrue();
        assertThat(SearchRequest.of("<br/>").unsearchable()).isTrue();
        assertThat(SearchRequest.of("").unsearchable()).isFalse();
        assertThat(SearchRequest.of("连衣裙").unsearchable()).isFalse();
    }

    @Test
    void query_parser_syntax_sql_and_markup_become_plain_words() {
        assertThat(QueryText.clean("title_zh:连衣裙 AND (red OR \"blue\")")).isEqualTo("title_zh 连衣裙 AND red OR blue");
        assertThat(QueryText.clean("' OR 1=1; DROP TABLE product; --")).isEqualTo("' OR 1 1 DROP TABLE product --");
        assertThat(QueryText.clean("<script>alert(1)</script>衬衫")).isEqualTo("alert 1 衬衫");
        assertThat(QueryText.clean("连衣裙😀")).isEqualTo("连衣裙");
    }

    @Test
    void full_width_forms_fold_to_what_the_index_holds() {
        assertThat(QueryText.clean("ＳＫＵ－１２３　衬衫")).isEqualTo("SKU-123 衬衫");
    }

    @Test
    void a_very_long_query_is_cut_to_what_a_search_reads_and_the_request_says_so() {
        String typed = "衬".repeat(100_000);
        assertThat(QueryText.clean(typed)).hasSize(QueryText.MAX_LENGTH);
        assertThat(QueryText.overlong(typed)).isTrue();
        assertThat(SearchRequest.of(typed).shortened()).isTrue();
        assertThat(SearchRequest.of("衬".repeat(QueryText.MAX_LENGTH)).shortened())
                .isFalse();
        // a surrogate pair is never split at the cut
        String emoji = "a".repeat(QueryText.MAX_LENGTH - 1) + "𠀀𠀀";
        assertThat(QueryText.clean(emoji)).endsWith("a𠀀");
    }
}
