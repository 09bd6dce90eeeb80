package org.emporium.systemtest.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.emporium.customer.boundary.Customers;
import org.emporium.customer.boundary.PasswordRecovery;
import org.emporium.customer.boundary.Registration;
import org.emporium.notification.boundary.DevMailbox;
import org.emporium.notification.boundary.SmsSimulator;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.systemtest.Deployments;
import org.emporium.systemtest.Eventually;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A shopper registers with the code the SMS simulator received, and recovers a password with the link the
 * embedded SMTP server received, or with an SMS code: on PostgreSQL, through the notify queues.
 */
@ExtendWith(ArquillianExtension.class)
class CustomerAccountsIT {

    private static final Duration ARRIVAL = Duration.ofSeconds(30);
    private static final Pattern LINK = Pattern.compile("reset-password\\.xhtml\\?t=(\\S+)");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(CustomerAccountsIT.class, Shoppers.class);
    }

    @Inject
    Registration registration;

    @Inject
    PasswordRecovery recovery;

    @Inject
    Customers customers;

    @Inject
    SmsSimulator simulator;

    @Inject
    DevMailbox mailbox;

    @Inject
    Shoppers shoppers;

    @Test
    void a_shopper_registers_with_the_sms_code_once_and_logs_in_with_the_password() {
        String phone = phone();

        registration.requestCode(phone, "zh_CN");
        String code = smsCode(phone, 1);

        assertThatThrownBy(() -> registration.register(phone, wrong(code), "secret123", "小王", "zh_CN"))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("customer.code.invalid");
        long id = registration.register(phone, code, "secret123", "小王", "zh_CN");

        assertThat(customers.authenticate(phone, "secret123"))
                .hasValueSatisfying(s -> assertThat(s.id()).isEqualTo(id));
        assertThat(customers.authenticate(phone, "secret124")).isEmpty();
        assertThatThrownBy(() -> registration.register(phone, code, "secret123", "again", "zh_CN"))
                .isInstanceOf(BusinessRuleViolation.class);
        assertThatThrownBy(() -> registration.requestCode(phone, "zh_CN"))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("customer.phone.registered");
    }

    @Test
    void a_second_code_within_the_minute_is_refused_with_the_wait() {
        String phone = phone();
        registration.requestCode(phone, "en");

        assertThatThrownBy(() -> registration.requestCode(phone, "en"))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("customer.code.wait");
    }

    @Test
    void five_wrong_codes_spend_the_code_even_the_right_one_after() {
        String phone = phone();
        registration.requestCode(phone, "zh_CN");
        String code = smsCode(phone, 1);

        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> registration.register(phone, wrong(code), "secret123", null, "zh_CN"))
                    .isInstanceOf(BusinessRuleViolation.class);
        }
        assertThatThrownBy(() -> registration.register(phone, code, "secret123", null, "zh_CN"))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("customer.code.invalid");
    }

    @Test
    void a_password_reset_link_from_the_mail_works_once() {
        String phone = phone();
        String email = "shopper-" + System.nanoTime() + "@example.cn";
        registration.requestCode(phone, "en");
        long id = registration.register(phone, smsCode(phone, 1), "before123", "Li", "en");
        customers.setEmail(id, email);

        recovery.request(email.toUpperCase(), "en");

        Eventually.await(
                "the reset mail arrived",
                ARRIVAL,
                () -> !mailbox.receivedBy(email).isEmpty());
        DevMailbox.ReceivedMail mail = mailbox.receivedBy(email).get(0);
        assertThat(mail.subject()).isEqualTo("Reset your Emporium password");
        Matcher link = LINK.matcher(mail.body());
        assertThat(link.find()).as("the mail carries the link: %s", mail.body()).isTrue();
        String token = URLDecoder.decode(link.group(1), StandardCharsets.UTF_8);

        recovery.resetWithLink(token, "after1234");

        assertThat(customers.authenticate(email, "after1234")).isPresent();
        assertThat(customers.authenticate(phone, "before123")).isEmpty();
        assertThatThrownBy(() -> recovery.resetWithLink(token, "again1234"))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("customer.reset.invalid");
        assertThat(customers.authenticate(phone, "after1234")).isPresent();
    }

    @Test
    void a_password_is_reset_with_an_sms_code_and_an_unknown_number_learns_nothing() {
        String phone = phone();
        registration.requestCode(phone, "zh_CN");
        registration.register(phone, smsCode(phone, 1), "before123", null, "zh_CN");

        recovery.request(phone, "zh_CN");
        String code = smsCode(phone, 2);
        assertThat(simulator.receivedBy(phone).get(0).text()).contains("密码重置验证码");
        recovery.resetWithCode(phone, code, "after1234");

        assertThat(customers.authenticate(phone, "after1234")).isPresent();
        String stranger = phone();
        recovery.request(stranger, "zh_CN"); // no error, nothing sent
        assertThat(simulator.receivedBy(stranger)).isEmpty();
    }

    private String smsCode(String phone, int nth) {
        return shoppers.codeSentTo(phone, nth);
    }

    private static String wrong(String code) {
        return code.equals("000000") ? "000001" : "000000";
    }

    private static String phone() {
        return Shoppers.phone();
    }
}
