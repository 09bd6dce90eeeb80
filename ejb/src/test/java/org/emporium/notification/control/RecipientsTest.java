package org.emporium.notification.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.emporium.notification.entity.Channel;
import org.junit.jupiter.api.Test;

class RecipientsTest {

    @Test
    void an_email_is_trimmed_and_lower_cased_so_limits_apply_to_the_person() {
        assertThat(Recipients.canonical(Channel.EMAIL, "  Li.Lei@Example.CN ")).contains("li.lei@example.cn");
    }

    @Test
    void a_mobile_number_is_kept_as_its_eleven_digits() {
        assertThat(Recipients.canonical(Channel.SMS, "+86 138-0013-8000")).contains("13800138000");
        assertThat(Recipients.canonical(Channel.SMS, "008613800138000")).contains("13800138000");
        assertThat(Recipients.canonical(Channel.SMS, "13800138000")).contains("13800138000");
    }

    @Test
    void what_is_not_an_address_of_the_channel_is_refused() {
        assertThat(Recipients.canonical(Channel.EMAIL, "li.lei")).isEmpty();
        assertThat(Recipients.canonical(Channel.EMAIL, "13800138000")).isEmpty();
        assertThat(Recipients.canonical(Channel.SMS, "12800138000")).isEmpty();
        assertThat(Recipients.canonical(Channel.SMS, "1380013800")).isEmpty();
        assertThat(Recipients.canonical(Channel.SMS, "li.lei@example.cn")).isEmpty();
        assertThat(Recipients.canonical(Channel.SMS, null)).isEmpty();
    }
}
