package org.emporium.systemtest.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.emporium.customer.boundary.Customers;
import org.emporium.customer.boundary.PasswordRecovery;
import org.emporium.customer.boundary.Registration;
import org.emporium.customer.boundary.ShopperLogin;
import org.emporium.customer.boundary.ShopperLogin.Outcome;
import org.emporium.notification.boundary.SmsSimulator;
import org.emporium.order.boundary.AddressBook;
import org.emporium.order.entity.DeliveryAddress;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.systemtest.Deployments;
import org.emporium.systemtest.Eventually;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A shopper signs in with a password or an SMS code read from the simulator; repeated failures lock the login
 * (a right password included) and the code requests; a remembered browser's token works once and a copied one
 * forgets them all, as a new password does; and one shopper's address book is out of another's reach. On
 * PostgreSQL, each test from an address of its own so that the per-address limit counts only its tries.
 */
@ExtendWith(ArquillianExtension.class)
class ShopperLoginIT {

    private static final Pattern CODE = Pattern.compile("(\\d{6})");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(ShopperLoginIT.class);
    }

    @Inject
    ShopperLogin login;

    @Inject
    Registration registration;

    @Inject
    PasswordRecovery recovery;

    @Inject
    Customers customers;

    @Inject
    SmsSimulator simulator;

    @Inject
    AddressBook addresses;

    final String address = "it-" + UUID.randomUUID();

    @Test
    void a_shopper_signs_in_with_the_password_by_mobile_number_however_typed() {
        String phone = phone();
        long id = register(phone, "garden2026");

        Outcome outcome =
                login.withPassword("+86 " + phone.substring(0, 3) + "-" + phone.substring(3), "garden2026", address);

        assertThat(outcome.signedIn()).isTrue();
        assertThat(outcome.shopper().id()).isEqualTo(id);
        assertThat(login.withPassword(phone, "garden2027", address).signedIn()).isFalse();
    }

    @Test
    void a_shopper_signs_in_with_a_code_sent_by_sms_once() {
        String phone = phone();
        long id = register(phone, "garden2026");

        login.sendCode(phone, "en", address);
        String code = smsCode(phone, 2);
        assertThat(login.withCode(phone, wrong(code), address).signedIn()).isFalse();
        Outcome outcome = login.withCode(phone, code, address);

        assertThat(outcome.shopper().id()).isEqualTo(id);
        assertThat(login.withCode(phone, code, address).signedIn())
                .as("a code signs in once")
                .isFalse();
    }

    @Test
    void no_login_code_goes_to_a_number_without_an_account() {
        String stranger = phone();

        assertThatThrownBy(() -> login.sendCode(stranger, "en", address))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("customer.login.phone.unknown");
        assertThat(simulator.receivedBy(stranger)).isEmpty();
    }

    @Test
    void five_failures_lock_the_login_even_for_the_right_password_and_stop_the_codes() {
        String phone = phone();
        register(phone, "garden2026");

        for (int i = 0; i < 4; i++) {
            Outcome wrong = login.withPassword(phone, "wrong" + i + "pass", address);
            assertThat(wrong.signedIn()).isFalse();
            assertThat(wrong.locked()).as("failure %d", i + 1).isFalse();
        }
        Outcome fifth = login.withPassword(phone, "wrong5pass", address);

        assertThat(fifth.locked()).isTrue();
        Outcome right = login.withPassword(phone, "garden2026", "it-other-" + UUID.randomUUID());
        assertThat(right.signedIn())
                .as("the right password, from anywhere, while locked")
                .isFalse();
        assertThat(right.lockedUntil()).isEqualTo(fifth.lockedUntil());
        assertThatThrownBy(() -> login.sendCode(phone, "en", address))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("customer.login.locked");
        assertThat(login.lockedUntil(phone, address)).isPresent();
    }

    @Test
    void a_remembered_browser_signs_in_once_per_token_and_a_copied_cookie_forgets_every_browser() {
        String phone = phone();
        long id = register(phone, "garden2026");
        String laptop = login.remember(id);
        String phoneBrowser = login.remember(id);

        ShopperLogin.Resumed resumed = login.resume(laptop).orElseThrow();
        assertThat(resumed.shopper().id()).isEqualTo(id);
        assertThat(resumed.nextCookie()).isNotEqualTo(laptop).startsWith(laptop.substring(0, laptop.indexOf('.')));

        assertThat(login.resume(laptop))
                .as("the old token, presented by a thief")
                .isEmpty();
        assertThat(login.resume(resumed.nextCookie()))
                .as("the laptop's series is gone")
                .isEmpty();
        assertThat(login.resume(phoneBrowser))
                .as("so is every other remembered browser")
                .isEmpty();
        assertThat(login.resume("forged.cookie")).isEmpty();
        assertThat(login.resume("no-dot")).isEmpty();
    }

    @Test
    void a_new_password_and_signing_out_forget_remembered_browsers() {
        String phone = phone();
        long id = register(phone, "garden2026");
        String kept = login.remember(id);
        String signedOut = login.remember(id);

        login.forget(signedOut);
        assertThat(login.resume(signedOut)).isEmpty();
        String next = login.resume(kept).orElseThrow().nextCookie();

        recovery.request(phone, "en");
        recovery.resetWithCode(phone, smsCode(phone, 2, "reset"), "orchard2027");

        assertThat(login.resume(next)).isEmpty();
    }

    @Test
    void one_shopper_can_never_read_or_change_another_shoppers_address() {
        String alice = "customer:" + register(phone(), "garden2026");
        String bob = "customer:" + register(phone(), "garden2026");
        long alicesHome = addresses.add(alice, beijing("Alice", "中关村大街 1 号"), false);

        assertThat(addresses.entries(alice))
                .singleElement()
                .satisfies(e -> assertThat(e.preferred()).isTrue());
        assertThat(addresses.entry(bob, alicesHome)).isEmpty();
        assertThat(addresses.entries(bob)).isEmpty();
        for (Runnable attempt : new Runnable[] {
            () -> addresses.update(bob, alicesHome, beijing("Bob", "Bob's street 2")),
            () -> addresses.delete(bob, alicesHome),
            () -> addresses.makeDefault(bob, alicesHome)
        }) {
            assertThatThrownBy(attempt::run)
                    .isInstanceOf(BusinessRuleViolation.class)
                    .hasMessageContaining("address.unknown");
        }
        assertThat(addresses.entry(alice, alicesHome).orElseThrow().address().recipient())
                .isEqualTo("Alice");
        assertThatThrownBy(() -> addresses.entries("guest:" + UUID.randomUUID()))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("address.book.members");
    }

    @Test
    void the_address_book_checks_addresses_as_checkout_does_and_keeps_one_default() {
        String owner = "customer:" + register(phone(), "garden2026");

        assertThatThrownBy(() -> addresses.add(
                        owner, new DeliveryAddress("Li", "13800138000", "北京市", "北京市", "海淀区", "Road 1", "1000"), false))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("order.address.postcode");
        assertThatThrownBy(() -> addresses.add(
                        owner,
                        new DeliveryAddress("Li", "13800138000", "北京市", "上海市", "海淀区", "Road 1", "100080"),
                        false))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("order.address.region.unknown");

        long first = addresses.add(owner, beijing("Li", "Road 1"), false);
        long second = addresses.add(owner, beijing("Wang", "Road 2"), true);
        assertThat(addresses.entry(owner, first).orElseThrow().preferred()).isFalse();
        assertThat(addresses.entries(owner).get(0).id()).isEqualTo(second);

        addresses.delete(owner, second);
        assertThat(addresses.entry(owner, first).orElseThrow().preferred())
                .as("the remaining one")
                .isTrue();
        addresses.keep(owner, beijing("Li", "Road 1"));
        assertThat(addresses.entries(owner)).as("the same address is kept once").hasSize(1);
    }

    private DeliveryAddress beijing(String recipient, String street) {
        return new DeliveryAddress(recipient, "13800138000", "北京市", "北京市", "海淀区", street, "100080");
    }

    private long register(String phone, String password) {
        registration.requestCode(phone, "en");
        return registration.register(phone, smsCode(phone, 1), password, null, "en");
    }

    private String smsCode(String phone, int nth) {
        return smsCode(phone, nth, "");
    }

    /** The code of the newest SMS to the number, once {@code nth} have arrived (the simulator lists newest first). */
    private String smsCode(String phone, int nth, String saying) {
        Eventually.await(
                "SMS " + nth + " to " + phone + " arrived",
                Duration.ofSeconds(30),
                () -> simulator.receivedBy(phone).size() >= nth);
        String text = simulator.receivedBy(phone).get(0).text();
        assertThat(text).containsIgnoringCase(saying);
        Matcher m = CODE.matcher(text);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static String wrong(String code) {
        return code.equals("000000") ? "000001" : "000000";
    }

    private static String phone() {
        return "135" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}
