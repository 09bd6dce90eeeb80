package org.emporium.chat.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KnowledgeMatchTest {

    private static final List<KnowledgeMatch.Entry> SHOP = List.of(
            new KnowledgeMatch.Entry(
                    1,
                    "多久发货？运费多少？",
                    "When do you ship and what does delivery cost?",
                    "发货 快递 运费 配送 包邮 delivery shipping ship express postage"),
            new KnowledgeMatch.Entry(
                    2,
                    "怎么退货退款？",
                    "How do I return something and get my money back?",
                    "退货 退款 售后 七天无理由 return refund money back"),
            new KnowledgeMatch.Entry(3, "可以开发票吗？", "Can I get an invoice (fapiao)?", "发票 开票 税号 invoice fapiao tax"),
            new KnowledgeMatch.Entry(
                    5, "衣服尺码怎么选？", "Which size should I choose?", "尺码 尺寸 大小 合身 size sizes fit measurements"));

    @Test
    void a_question_in_other_words_finds_its_entry_in_chinese_and_english() {
        assertThat(KnowledgeMatch.sure("我想退货，怎么办？", SHOP))
                .hasValueSatisfying(m -> assertThat(m.id()).isEqualTo(2));
        assertThat(KnowledgeMatch.sure("运费多少钱", SHOP))
                .hasValueSatisfying(m -> assertThat(m.id()).isEqualTo(1));
        assertThat(KnowledgeMatch.sure("能开发票吗", SHOP))
                .hasValueSatisfying(m -> assertThat(m.id()).isEqualTo(3));
        assertThat(KnowledgeMatch.sure("Do you ship to Hangzhou?", SHOP))
                .hasValueSatisfying(m -> assertThat(m.id()).isEqualTo(1));
        assertThat(KnowledgeMatch.sure("Can I get a refund for returns?", SHOP))
                .hasValueSatisfying(m -> assertThat(m.id()).isEqualTo(2));
        assertThat(KnowledgeMatch.sure("Can I return these shoes?", SHOP))
                .hasValueSatisfying(m -> assertThat(m.id()).isEqualTo(2));
        assertThat(KnowledgeMatch.sure("What sizes do you have?", SHOP))
                .hasValueSatisfying(m -> assertThat(m.id()).isEqualTo(5));
    }

    @Test
    void the_bot_is_not_sure_of_what_the_knowledge_base_does_not_hold_or_of_a_bare_greeting() {
        assertThat(KnowledgeMatch.sure("My parcel arrived broken", SHOP)).isEmpty();
        assertThat(KnowledgeMatch.sure("包裹破损了", SHOP)).isEmpty();
        assertThat(KnowledgeMatch.sure("hello", SHOP)).isEmpty();
        assertThat(KnowledgeMatch.sure("你好吗", SHOP)).isEmpty();
        assertThat(KnowledgeMatch.sure("", SHOP)).isEmpty();
        assertThat(KnowledgeMatch.sure("退货", List.of())).isEmpty();
    }

    @Test
    void two_entries_as_close_as_each_other_leave_the_bot_unsure() {
        List<KnowledgeMatch.Entry> twins = List.of(
                new KnowledgeMatch.Entry(1, "退货", "Returns", null),
                new KnowledgeMatch.Entry(2, "退货地址", "Return address", null));
        assertThat(KnowledgeMatch.sure("退货", twins)).isEmpty();
    }

    @Test
    void the_bot_answers_in_the_language_it_was_asked_in() {
        assertThat(KnowledgeMatch.chinese("怎么退货？")).isTrue();
        assertThat(KnowledgeMatch.chinese("iPhone 15 的壳有吗")).isTrue();
        assertThat(KnowledgeMatch.chinese("How do I return this?")).isFalse();
        assertThat(KnowledgeMatch.chinese("Is the 丝绸 scarf real silk?")).isFalse();
    }
}
