package org.emporium.chat.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class VisitorTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 5, 10, 0, 0, 0, ZoneOffset.UTC);
    private final ChatSite site = new ChatSite("shop", "Shop");

    @Test
    void a_name_given_before_chatting_goes_before_the_label_and_a_blank_one_changes_nothing() {
        Visitor visitor = new Visitor(site, "token", "#1A2B", NOW);

        visitor.introduce("   ");
        assertThat(visitor.getLabel()).isEqualTo("#1A2B");
        visitor.introduce(" Li Lei ");
        assertThat(visitor.getLabel()).isEqualTo("Li Lei #1A2B");
        visitor.introduce("Han Meimei, really a very long name indeed");
        assertThat(visitor.getLabel()).isEqualTo("Han Meimei, really a #1A2B");
        assertThat(visitor.getName()).hasSize(20);
    }

    @Test
    void an_invitation_is_taken_up_once_and_only_while_it_is_fresh() {
        Agent agent = new Agent("li", "Li", 3);
        Visitor visitor = new Visitor(site, "token", "#1A2B", NOW);

        visitor.invite(agent, "Hello!", NOW);
        assertThat(visitor.takeUpInvitation(NOW.plusMinutes(2)))
                .hasValueSatisfying(i -> assertThat(i.text()).isEqualTo("Hello!"));
        assertThat(visitor.takeUpInvitation(NOW.plusMinutes(3))).as("used up").isEmpty();

        visitor.invite(agent, "Hello again", NOW);
        assertThat(visitor.takeUpInvitation(NOW.plus(Visitor.INVITATION_VALID).plusSeconds(1)))
                .as("too late")
                .isEmpty();
    }

    @Test
    void the_pre_chat_question_is_asked_in_the_visitors_language_or_the_other_one() {
        site.askBeforeChat("想咨询什么？", null);
        assertThat(site.prechat(true)).isEqualTo("想咨询什么？");
        assertThat(site.prechat(false)).isEqualTo("想咨询什么？");
        site.askBeforeChat(" ", "");
        assertThat(site.prechat(false)).isNull();
    }

    @Test
    void a_rule_invitation_counts_for_a_day_even_after_it_was_taken_up() {
        Visitor visitor = new Visitor(site, "token", "#1A2B", NOW);

        visitor.invitedByRule("Need a hand?", NOW);
        assertThat(visitor.takeUpInvitation(NOW.plusMinutes(1)))
                .hasValueSatisfying(
                        i -> assertThat(i.agent()).as("the shop's own").isNull());
        assertThat(visitor.invitedWithin(java.time.Duration.ofHours(24), NOW.plusHours(23)))
                .isTrue();
        assertThat(visitor.invitedWithin(java.time.Duration.ofHours(24), NOW.plusHours(25)))
                .isFalse();
    }
}
