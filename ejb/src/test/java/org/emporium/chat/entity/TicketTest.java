package org.emporium.chat.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TicketTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 5, 10, 0, 0, 0, ZoneOffset.UTC);
    private final Visitor visitor = new Visitor(new ChatSite("shop", "Shop"), "token", "#1A2B", NOW);

    @Test
    void an_email_address_is_answered_by_email_and_a_mobile_number_as_people_type_it_by_sms() {
        Ticket mail = new Ticket(visitor, "Li Lei", " li@example.com ", "Hello", "en", NOW);
        assertThat(mail.getEmail()).isEqualTo("li@example.com");
        assertThat(mail.bySms()).isFalse();
        assertThat(mail.getLocale()).isEqualTo("en");

        for (String typed : new String[] {"13912345678", "+86 139 1234 5678", "0086-139-1234-5678"}) {
            Ticket sms = new Ticket(visitor, "李雷", typed, "你好", "zh_CN", NOW);
            assertThat(sms.getPhone()).as(typed).isEqualTo("13912345678");
            assertThat(sms.bySms()).isTrue();
            assertThat(sms.getLocale()).isEqualTo("zh_CN");
        }
        assertThat(new Ticket(visitor, "X", "13912345678", "x", "fr", NOW).getLocale())
                .as("a language the shop does not write in gets Chinese")
                .isEqualTo("zh_CN");
    }

    @Test
    void neither_an_address_nor_a_mobile_number_is_refused() {
        for (String typed : new String[] {null, "", "li@", "12345678901", "1391234567", "010-12345678", "@x.cn"}) {
            assertThatThrownBy(() -> new Ticket(visitor, "Li", typed, "Hello", "en", NOW))
                    .as(String.valueOf(typed))
                    .hasMessageStartingWith("chat.ticket.contact");
        }
        assertThatThrownBy(() -> new Ticket(visitor, " ", "li@example.com", "Hello", "en", NOW))
                .hasMessageStartingWith("chat.ticket.name");
    }

    @Test
    void an_answer_is_given_once_and_fits_its_channel() {
        Ticket sms = new Ticket(visitor, "李雷", "13912345678", "退货？", "zh_CN", NOW);
        assertThatThrownBy(() -> sms.answer("alice", " \n ", NOW)).hasMessageStartingWith("chat.ticket.answer.empty");
        assertThatThrownBy(() -> sms.answer("alice", "好".repeat(Ticket.MAX_SMS_ANSWER + 1), NOW))
                .hasMessageStartingWith("chat.ticket.answer.size");
        sms.answer("alice", "好".repeat(Ticket.MAX_SMS_ANSWER), NOW);
        assertThat(sms.getStatus()).isEqualTo(TicketStatus.ANSWERED);
        assertThat(sms.getAnsweredBy()).isEqualTo("alice");
        assertThat(sms.getAnsweredAt()).isEqualTo(NOW);
        assertThatThrownBy(() -> sms.answer("bob", "Again", NOW)).hasMessageStartingWith("chat.ticket.answered");

        Ticket mail = new Ticket(visitor, "Li", "li@example.com", "Hello", "en", NOW);
        mail.answer("alice", "x".repeat(Ticket.MAX_SMS_ANSWER + 1), NOW);
        assertThat(mail.getAnswer()).hasSize(Ticket.MAX_SMS_ANSWER + 1);
    }
}
