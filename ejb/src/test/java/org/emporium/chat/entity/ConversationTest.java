package org.emporium.chat.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

class ConversationTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 25, 10, 0, 0, 0, ZoneOffset.UTC);
    private final ChatSite site = new ChatSite("shop", "Shop");
    private final Department preSales = new Department("pre-sales", "售前", "Pre-sales");
    private final Department afterSales = new Department("after-sales", "售后", "After-sales");

    @Test
    void an_agent_takes_no_more_conversations_than_their_capacity() {
        Agent agent = online("li", 1, preSales);
        waiting(preSales).assign(agent, NOW);

        assertThatThrownBy(() -> waiting(preSales).assign(agent, NOW))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageStartingWith("chat.agent.full");
        assertThat(agent.getActiveChats()).isEqualTo(1);
    }

    @Test
    void read_marks_only_move_forward_and_never_past_the_newest_message() {
        Conversation c = waiting(preSales);

        assertThat(c.readByVisitor(1_050, 1_100)).isTrue();
        assertThat(c.readByVisitor(1_020, 1_100))
                .as("an older mark changes nothing")
                .isFalse();
        assertThat(c.getVisitorReadUpTo()).isEqualTo(1_050);
        assertThat(c.readByAgent(9_999_999, 1_100)).isTrue();
        assertThat(c.getAgentReadUpTo())
                .as("a mark beyond what was said stops at the newest")
                .isEqualTo(1_100);
        assertThat(c.readByAgent(1_100, 1_100)).isFalse();
    }

    @Test
    void tags_are_kept_tidy_once_each_and_a_conversation_carries_a_few_at_most() {
        Conversation c = waiting(preSales);

        assertThat(c.tag("  Refund   Request ")).isEqualTo("refund request");
        c.tag("REFUND request");
        c.tag("尺码");
        assertThat(c.getTags()).containsExactly("refund request", "尺码");
        assertThatThrownBy(() -> c.tag("a, b")).hasMessageStartingWith("chat.tag.invalid");
        assertThatThrownBy(() -> c.tag(" ")).hasMessageStartingWith("chat.tag.invalid");
        assertThatThrownBy(() -> c.tag("x".repeat(31))).hasMessageStartingWith("chat.tag.invalid");
        for (int i = c.getTags().size(); i < Conversation.MAX_TAGS; i++) {
            c.tag("t" + i);
        }
        assertThatThrownBy(() -> c.tag("one more")).hasMessageStartingWith("chat.tag.too-many");
        c.untag("尺码");
        assertThat(c.getTags()).doesNotContain("尺码").hasSize(Conversation.MAX_TAGS - 1);
    }

    @Test
    void only_an_online_agent_of_the_department_takes_a_conversation() {
        Agent away = new Agent("wang", "Wang", 3);
        away.getDepartments().add(preSales);
        away.changeStatus(AgentStatus.AWAY);

        assertThatThrownBy(() -> waiting(preSales).assign(away, NOW)).hasMessageStartingWith("chat.agent.not-online");
        assertThatThrownBy(() -> waiting(afterSales).assign(online("zhao", 3, preSales), NOW))
                .hasMessageStartingWith("chat.agent.other-department");
    }

    @Test
    void closing_frees_the_agent_and_a_transfer_to_a_department_puts_it_back_in_the_queue_at_its_place() {
        Agent agent = online("li", 2, preSales);
        Conversation first = waiting(preSales);
        Conversation second = waiting(preSales);
        first.assign(agent, NOW.plusMinutes(5));
        second.assign(agent, NOW.plusMinutes(5));

        first.close(ClosingCode.RESOLVED, NOW.plusMinutes(10));
        second.transferTo(afterSales);

        assertThat(agent.getActiveChats()).isZero();
        assertThat(first.getStatus()).isEqualTo(ConversationStatus.CLOSED);
        assertThat(first.getClosingCode()).isEqualTo(ClosingCode.RESOLVED);
        assertThat(second.getStatus()).isEqualTo(ConversationStatus.WAITING);
        assertThat(second.getDepartment()).isSameAs(afterSales);
        assertThat(second.getQueuedAt()).isEqualTo(NOW);
        assertThat(second.getAgent()).isNull();
    }

    @Test
    void a_transfer_to_a_colleague_moves_the_load_and_needs_room_with_them() {
        Agent li = online("li", 2, preSales);
        Agent full = online("zhao", 0, preSales);
        Agent wang = online("wang", 2, preSales);
        Conversation c = waiting(preSales);
        c.assign(li, NOW);

        assertThatThrownBy(() -> c.transferTo(full, NOW)).hasMessageStartingWith("chat.agent.full");
        c.transferTo(wang, NOW);

        assertThat(c.heldBy("wang")).isTrue();
        assertThat(c.heldBy("li")).isFalse();
        assertThat(li.getActiveChats()).isZero();
        assertThat(wang.getActiveChats()).isEqualTo(1);
    }

    @Test
    void a_visitor_rates_a_closed_conversation_once_with_one_to_five_stars() {
        Conversation c = waiting(preSales);
        c.assign(online("li", 1, preSales), NOW);

        assertThatThrownBy(() -> c.rate(5)).hasMessageStartingWith("chat.rating.not-closed");
        c.close(ClosingCode.RESOLVED, NOW);
        assertThatThrownBy(() -> c.rate(6)).hasMessageStartingWith("chat.rating.stars");
        c.rate(5);
        assertThatThrownBy(() -> c.rate(1)).hasMessageStartingWith("chat.rating.given");
        assertThat(c.getRating()).isEqualTo(5);
    }

    @Test
    void a_message_is_neither_empty_nor_endless_and_notes_never_reach_the_visitor() {
        assertThatThrownBy(() -> new Message(1L, Author.VISITOR, "v", "   ", NOW))
                .hasMessageStartingWith("chat.message.empty");
        assertThatThrownBy(() -> new Message(1L, Author.VISITOR, "v", "x".repeat(4001), NOW))
                .hasMessageStartingWith("chat.message.too-long");
        assertThat(Author.NOTE.visibleToVisitor()).isFalse();
        assertThat(Author.AGENT.visibleToVisitor()).isTrue();
    }

    @Test
    void colleagues_brought_in_write_in_the_conversation_but_only_its_holder_holds_it() {
        Agent li = online("li", 2, preSales);
        Conversation c = waiting(preSales);
        c.assign(li, NOW);

        assertThat(c.bringIn("wang")).isTrue();
        assertThat(c.bringIn("wang")).as("already in").isFalse();
        assertThat(c.bringIn("li")).as("the holder").isFalse();
        assertThat(c.joinedBy("wang")).isTrue();
        assertThat(c.heldBy("wang")).isFalse();
        assertThat(c.agentsInvolved()).containsExactly("li", "wang");
        c.bringIn("zhao");
        c.bringIn("sun");
        assertThatThrownBy(() -> c.bringIn("qian")).hasMessageStartingWith("chat.colleague.limit");

        assertThat(c.leave("zhao")).isTrue();
        assertThat(c.joinedBy("zhao")).isFalse();
        Agent wang = online("wang", 2, preSales);
        c.transferTo(wang, NOW);
        assertThat(c.agentsInvolved())
                .as("the colleague who takes it over holds it")
                .containsExactly("wang", "sun");
        c.close(ClosingCode.RESOLVED, NOW);
        assertThat(c.joinedBy("sun"))
                .as("a closed conversation takes no one's writing")
                .isFalse();
    }

    @Test
    void a_conversation_handed_to_a_department_leaves_its_colleagues_behind() {
        Agent li = online("li", 2, preSales);
        Conversation c = waiting(preSales);
        c.assign(li, NOW);
        c.bringIn("wang");

        c.transferTo(afterSales);

        assertThat(c.getColleagues()).isEmpty();
        assertThatThrownBy(() -> c.bringIn("zhao")).isInstanceOf(BusinessRuleViolation.class);
    }

    private Agent online(String name, int capacity, Department department) {
        Agent agent = new Agent(name, name, capacity);
        agent.getDepartments().add(department);
        agent.changeStatus(AgentStatus.ONLINE);
        return agent;
    }

    private Conversation waiting(Department department) {
        return new Conversation(new Visitor(site, "t", "#1", NOW), department, NOW);
    }
}
