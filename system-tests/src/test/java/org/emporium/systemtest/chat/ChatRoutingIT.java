package org.emporium.systemtest.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.Topic;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.imageio.ImageIO;
import org.emporium.cart.boundary.Carts;
import org.emporium.chat.boundary.AgentDesk;
import org.emporium.chat.boundary.ChatHub;
import org.emporium.chat.boundary.ChatSignal;
import org.emporium.chat.boundary.ChatSubscriber;
import org.emporium.chat.boundary.ConversationView;
import org.emporium.chat.boundary.Conversations;
import org.emporium.chat.boundary.DailySummary;
import org.emporium.chat.boundary.InvitationRules;
import org.emporium.chat.boundary.KnowledgeBase;
import org.emporium.chat.boundary.LiveVisitor;
import org.emporium.chat.boundary.MessageView;
import org.emporium.chat.boundary.ProactiveInvitations;
import org.emporium.chat.boundary.VisitorSession;
import org.emporium.chat.boundary.Visitors;
import org.emporium.chat.entity.AgentStatus;
import org.emporium.chat.entity.Author;
import org.emporium.chat.entity.ClosingCode;
import org.emporium.chat.entity.ConversationStatus;
import org.emporium.chat.entity.Source;
import org.emporium.notification.boundary.DevMailbox;
import org.emporium.notification.boundary.SmsSimulator;
import org.emporium.order.boundary.OrderSummary;
import org.emporium.order.boundary.Orders;
import org.emporium.order.entity.OrderStatus;
import org.emporium.order.entity.SalesOrder;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.platform.messaging.Destinations;
import org.emporium.systemtest.Deployments;
import org.emporium.systemtest.Eventually;
import org.emporium.systemtest.inventory.AsWarehouseClerk;
import org.emporium.systemtest.order.OrderFixture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Live chat inside the application on PostgreSQL and Artemis: conversations queued on {@code chat.route} are
 * assigned by department and capacity, the visitors who wait see their place, the backlog is assigned as
 * agents free up, transfers, offline messages, and chat traffic reaching every consumer of {@code chat.events}.
 * Each test has its own site, department and agents, and sets its agents offline afterwards.
 */
@ExtendWith(ArquillianExtension.class)
class ChatRoutingIT {

    private static final Duration ROUTED = Duration.ofSeconds(30);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(
                ChatRoutingIT.class, AsChatAdmin.class, OrderFixture.class, AsWarehouseClerk.class);
    }

    @Inject
    AsChatAdmin admin;

    @Inject
    Visitors visitors;

    @Inject
    Conversations conversations;

    @Inject
    AgentDesk desk;

    @Inject
    DevMailbox mailbox;

    @Inject
    DailySummary summary;

    @Inject
    ProactiveInvitations invitations;

    @Inject
    Carts carts;

    @Inject
    SmsSimulator sms;

    @Inject
    ChatHub hub;

    @Inject
    Orders orders;

    @Inject
    OrderFixture catalogue;

    @Inject
    AsWarehouseClerk warehouse;

    @Resource(lookup = Destinations.CONNECTION_FACTORY)
    ConnectionFactory connectionFactory;

    @Resource(lookup = Destinations.CHAT_EVENTS)
    Topic chatEvents;

    private String site;
    private String department;
    private String alice;
    private String bob;
    private final List<String> agents = new ArrayList<>();

    @BeforeEach
    void aSiteWithTwoAgentsWhoHoldOneChatEach() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        site = admin.createSite("it-" + run);
        department = admin.createDepartment("it-" + run);
        alice = admin.createAgent("alice-" + run, 1, department).username();
        bob = admin.createAgent("bob-" + run, 1, department).username();
        agents.add(alice);
        agents.add(bob);
    }

    @AfterEach
    void agentsGoOffline() {
        agents.forEach(a -> desk.changeStatus(a, AgentStatus.OFFLINE));
    }

    @Test
    void conversations_go_to_online_agents_of_their_department_up_to_their_capacity_and_the_rest_wait_in_line() {
        desk.changeStatus(alice, AgentStatus.ONLINE);
        desk.changeStatus(bob, AgentStatus.ONLINE);

        VisitorSession first = visitor();
        VisitorSession second = visitor();
        conversations.say(first.token(), department, "Does this shirt come in blue?");
        conversations.say(second.token(), department, "Where is my parcel?");
        awaitStatus(first, ConversationStatus.ACTIVE);
        awaitStatus(second, ConversationStatus.ACTIVE);

        assertThat(List.of(agentOf(first), agentOf(second))).containsExactlyInAnyOrder(alice, bob);
        assertThat(desk.desk(alice, alice).me().active()).isEqualTo(1);
        assertThat(desk.desk(bob, bob).me().active()).isEqualTo(1);

        VisitorSession third = visitor();
        VisitorSession fourth = visitor();
        ConversationView thirdWaits = conversations.say(third.token(), department, "Hello?");
        ConversationView fourthWaits = conversations.say(fourth.token(), department, "Anyone there?");

        assertThat(thirdWaits.status()).isEqualTo(ConversationStatus.WAITING);
        assertThat(thirdWaits.position()).isEqualTo(1);
        assertThat(fourthWaits.position()).isEqualTo(2);
        // routing ran for both requests and still nobody has room
        assertThat(conversationOf(third).status()).isEqualTo(ConversationStatus.WAITING);
        assertThat(desk.desk(alice, alice).me().active()).isEqualTo(1);
        assertThat(desk.desk(alice, alice).queue())
                .filteredOn(q -> department.equals(q.department()))
                .extracting(q -> q.position())
                .containsExactly(1, 2);
    }

    @Test
    void the_backlog_goes_to_the_agent_who_frees_up_first_and_the_next_visitor_moves_up() {
        desk.changeStatus(alice, AgentStatus.ONLINE);
        VisitorSession first = visitor();
        conversations.say(first.token(), department, "First!");
        awaitStatus(first, ConversationStatus.ACTIVE);
        VisitorSession second = visitor();
        VisitorSession third = visitor();
        conversations.say(second.token(), department, "Second");
        conversations.say(third.token(), department, "Third");
        assertThat(conversationOf(third).position()).isEqualTo(2);

        desk.reply(alice, conversationOf(first).id(), "How can I help?");
        desk.close(alice, conversationOf(first).id(), ClosingCode.RESOLVED);

        awaitStatus(second, ConversationStatus.ACTIVE);
        assertThat(agentOf(second)).isEqualTo(alice);
        assertThat(conversationOf(third).position()).isEqualTo(1);
        assertThat(conversationOf(first).status()).isEqualTo(ConversationStatus.CLOSED);
        assertThatThrownBy(() -> conversations.rate(second.token(), 5))
                .as("an open conversation is not rated yet")
                .hasMessageStartingWith("chat.rating.not-closed");
        assertThat(conversations.rate(first.token(), 4).rating()).isEqualTo(4);
        assertThatThrownBy(() -> conversations.rate(first.token(), 1)).hasMessageStartingWith("chat.rating.given");

        ZoneId zone = ZoneId.of("Asia/Shanghai");
        assertThat(admin.today(zone))
                .filteredOn(f -> alice.equals(f.agent()) && department.equals(f.department()))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.conversations()).isEqualTo(2);
                    assertThat(f.answered()).isEqualTo(1);
                    assertThat(f.averageRating()).isEqualTo(4.0);
                    assertThat(f.averageFirstResponseSeconds()).isNotNull();
                });
        assertThat(admin.today(zone))
                .filteredOn(f -> f.agent() == null && department.equals(f.department()))
                .singleElement()
                .satisfies(f -> assertThat(f.conversations())
                        .as("the third still waits")
                        .isEqualTo(1));
    }

    @Test
    void an_agent_who_comes_online_takes_the_waiting_visitors() {
        VisitorSession waiting = visitor();
        conversations.say(waiting.token(), department, "Is anyone there?");
        assertThat(conversationOf(waiting).status()).isEqualTo(ConversationStatus.WAITING);

        desk.changeStatus(bob, AgentStatus.ONLINE);

        awaitStatus(waiting, ConversationStatus.ACTIVE);
        assertThat(agentOf(waiting)).isEqualTo(bob);
    }

    @Test
    void a_transfer_goes_to_a_colleague_with_room_or_back_to_a_department_queue() {
        String other = admin.createDepartment(department + "-b");
        String carol = admin.createAgent("carol-" + department, 2, other).username();
        agents.add(carol);
        VisitorSession visitor = chattingWithAlice("I need after-sales");
        long id = conversationOf(visitor).id();
        desk.changeStatus(bob, AgentStatus.ONLINE);
        VisitorSession other1 = visitor();
        conversations.say(other1.token(), department, "Me too");
        awaitStatus(other1, ConversationStatus.ACTIVE); // bob is now full

        assertThatThrownBy(() -> desk.transferToAgent(alice, id, bob))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageStartingWith("chat.agent.full");
        assertThatThrownBy(() -> desk.reply(bob, id, "Not mine to answer"))
                .hasMessageStartingWith("chat.conversation.not-yours");

        desk.transferToDepartment(alice, id, other);
        assertThat(desk.desk(alice, alice).me().active()).isZero();
        assertThat(conversationOf(visitor).status()).isEqualTo(ConversationStatus.WAITING);
        assertThat(conversationOf(visitor).department()).isEqualTo(other);

        desk.changeStatus(carol, AgentStatus.ONLINE);
        awaitStatus(visitor, ConversationStatus.ACTIVE);
        assertThat(agentOf(visitor)).isEqualTo(carol);

        desk.changeStatus(alice, AgentStatus.ONLINE);
        desk.transferToAgent(carol, id, alice);
        assertThat(agentOf(visitor)).isEqualTo(alice);
        assertThat(conversationOf(visitor).messages())
                .extracting(MessageView::text)
                .contains("I need after-sales", "transferred");
    }

    @Test
    void with_no_agent_online_the_visitor_leaves_a_message_that_an_agent_answers_by_email_or_sms() {
        VisitorSession visitor = visitor();
        assertThat(conversations.agentsPresent(department)).isFalse();
        String email = "li.lei." + UUID.randomUUID() + "@example.com";
        String phone =
                "139" + String.format("%08d", Math.floorMod(UUID.randomUUID().hashCode(), 100_000_000));

        long byMail = conversations.leaveMessage(visitor.token(), "Li Lei", email, "Please call me back", "en");
        long bySms = conversations.leaveMessage(
                visitor.token(), "李雷", "+86 " + phone.substring(0, 3) + "-" + phone.substring(3), "退货怎么办？", "zh_CN");

        desk.changeStatus(alice, AgentStatus.AWAY);
        assertThat(desk.desk(alice, alice).tickets()).anySatisfy(t -> {
            assertThat(t.id()).isEqualTo(byMail);
            assertThat(t.text()).isEqualTo("Please call me back");
            assertThat(t.email()).isEqualTo(email);
        });
        assertThat(desk.desk(alice, alice).tickets())
                .filteredOn(t -> t.id() == bySms)
                .singleElement()
                .satisfies(t -> assertThat(t.phone()).isEqualTo(phone));
        assertThatThrownBy(() -> conversations.leaveMessage(visitor.token(), "Li Lei", "not-an-address", "x", "en"))
                .hasMessageStartingWith("chat.ticket.contact");
        assertThatThrownBy(() -> desk.answerTicket(alice, byMail, "  "))
                .hasMessageStartingWith("chat.ticket.answer.empty");
        assertThatThrownBy(() -> desk.answerTicket(alice, bySms, "很长".repeat(151)))
                .as("an SMS answer is short")
                .hasMessageStartingWith("chat.ticket.answer.size");

        desk.answerTicket(alice, byMail, "We will call you at 3 pm.");
        desk.answerTicket(alice, bySms, "请在订单页面申请退货，我们会安排上门取件。");

        Eventually.await(
                "the answer reached the mailbox",
                ROUTED,
                () -> !mailbox.receivedBy(email).isEmpty());
        DevMailbox.ReceivedMail mail = mailbox.receivedBy(email).get(0);
        assertThat(mail.subject()).isEqualTo("Re: your message to Emporium");
        assertThat(mail.body()).contains("Hello Li Lei", "Please call me back", "We will call you at 3 pm.");
        Eventually.await(
                "the answer reached the phone",
                ROUTED,
                () -> !sms.receivedBy(phone).isEmpty());
        assertThat(sms.receivedBy(phone).get(0).text()).contains("李雷", "请在订单页面申请退货");
        assertThat(desk.desk(alice, alice).tickets())
                .extracting(t -> t.id())
                .as("answered messages leave the list")
                .doesNotContain(byMail, bySms);
        assertThatThrownBy(() -> desk.answerTicket(alice, byMail, "Again"))
                .hasMessageStartingWith("chat.ticket.answered");
        desk.changeStatus(bob, AgentStatus.BUSY);
        assertThat(conversations.agentsPresent(department)).isTrue();
    }

    @Test
    void a_visitor_has_the_transcript_mailed_without_the_agents_notes_a_few_times_at_most() {
        desk.changeStatus(alice, AgentStatus.ONLINE);
        VisitorSession visitor = visitor();
        String email = "transcript." + UUID.randomUUID() + "@example.com";
        assertThatThrownBy(() -> conversations.emailTranscript(visitor.token(), email, "en"))
                .hasMessageStartingWith("chat.transcript.none");
        conversations.say(visitor.token(), department, "Is the oxford shirt cotton?");
        awaitStatus(visitor, ConversationStatus.ACTIVE);
        long id = conversationOf(visitor).id();
        desk.reply(alice, id, "Yes, 100% cotton.");
        desk.note(alice, id, "Asked twice before");
        conversations.end(visitor.token());
        assertThatThrownBy(() -> conversations.emailTranscript(visitor.token(), "not-an-address", "en"))
                .hasMessageStartingWith("notification.recipient.email");

        conversations.emailTranscript(visitor.token(), email, "en");

        Eventually.await(
                "the transcript arrived",
                ROUTED,
                () -> !mailbox.receivedBy(email).isEmpty());
        DevMailbox.ReceivedMail mail = mailbox.receivedBy(email).get(0);
        assertThat(mail.subject()).startsWith("Your conversation with Emporium");
        assertThat(mail.body())
                .contains("Is the oxford shirt cotton?", "Yes, 100% cotton.")
                .doesNotContain("Asked twice before");
        conversations.emailTranscript(visitor.token(), email, "en");
        conversations.emailTranscript(visitor.token(), email, "en");
        // The refused address above did not use up one of the three.
        assertThatThrownBy(() -> conversations.emailTranscript(visitor.token(), email, "en"))
                .hasMessageStartingWith("chat.transcript.limit");
    }

    @Test
    void a_visitor_sends_a_picture_that_only_they_and_the_agents_can_see() throws Exception {
        desk.changeStatus(alice, AgentStatus.ONLINE);
        VisitorSession visitor = visitor();
        VisitorSession someoneElse = visitor();
        byte[] photo = png(64, 48);
        assertThatThrownBy(() -> conversations.attach(visitor.token(), "parcel.png", photo))
                .as("a picture needs a conversation")
                .hasMessageStartingWith("chat.attachment.no-conversation");
        conversations.say(visitor.token(), department, "The parcel arrived broken");
        awaitStatus(visitor, ConversationStatus.ACTIVE);

        MessageView sent = conversations.attach(visitor.token(), "/home/li/parcel.png", photo);

        assertThat(sent.attachmentId()).isNotNull();
        assertThat(sent.text()).isEqualTo("parcel.png");
        assertThat(desk.conversation(alice, sent.conversationId()).messages())
                .filteredOn(m -> m.id() == sent.id())
                .singleElement()
                .satisfies(m -> assertThat(m.attachmentId()).isEqualTo(sent.attachmentId()));
        assertThat(conversations.attachment(visitor.token(), sent.attachmentId()))
                .hasValueSatisfying(a -> {
                    assertThat(a.contentType()).isEqualTo("image/png");
                    assertThat(a.bytes()).isEqualTo(photo);
                });
        assertThat(conversations.attachment(someoneElse.token(), sent.attachmentId()))
                .as("another visitor cannot see it")
                .isEmpty();
        assertThat(desk.attachment(sent.attachmentId())).isPresent();
        assertThatThrownBy(() -> conversations.attach(
                        visitor.token(), "photo.png", "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8)))
                .hasMessageStartingWith("media.notAnImage");
    }

    @Test
    void managers_get_the_days_summary_once_by_email_and_sms() {
        VisitorSession visitor = chattingWithAlice("Where is my parcel?");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String email = "manager." + UUID.randomUUID() + "@example.com";
        String phone =
                "137" + String.format("%08d", Math.floorMod(UUID.randomUUID().hashCode(), 100_000_000));

        assertThat(summary.send(today, List.of(email, phone), "en")).isEqualTo(2);
        assertThat(summary.send(today, List.of(email, phone), "en"))
                .as("a day's summary goes once")
                .isZero();

        Eventually.await(
                "the summary mail arrived",
                ROUTED,
                () -> !mailbox.receivedBy(email).isEmpty());
        DevMailbox.ReceivedMail mail = mailbox.receivedBy(email).get(0);
        assertThat(mail.subject()).isEqualTo("Live chat on " + today);
        assertThat(mail.body()).containsPattern("[1-9]\\d* conversations, [1-9]\\d* answered");
        Eventually.await(
                "the summary SMS arrived", ROUTED, () -> !sms.receivedBy(phone).isEmpty());
        assertThat(sms.receivedBy(phone).get(0).text()).startsWith("[Emporium] Live chat " + today);
        assertThat(mailbox.receivedBy(email)).hasSize(1);
    }

    @Test
    void the_shop_invites_by_its_rules_once_a_day_while_an_agent_is_online_and_the_answer_starts_the_chat() {
        String sku = "INVITE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        catalogue.productOnSale(sku, "120.00");
        warehouse.receive("SH-01", sku, 5);
        admin.saveRule(
                site,
                new InvitationRules.RuleForm(
                        null, "Product pages", 1, "it", "/product-x", 0, 2, null, "需要帮忙吗？", "Need a hand?", true));
        admin.saveRule(
                site,
                new InvitationRules.RuleForm(
                        null,
                        "Full carts",
                        9,
                        null,
                        "/cart",
                        0,
                        0,
                        new BigDecimal("100.00"),
                        "有问题吗？",
                        "Any questions?",
                        true));
        assertThat(admin.rules(site))
                .extracting(InvitationRules.RuleForm::name)
                .containsExactly("Full carts", "Product pages");

        VisitorSession reader = visitor();
        visitors.viewing(reader.token(), "https://shop.example.com/product-x", "Product X");
        assertThat(invitations.consider(reader.token(), null, java.util.Locale.ENGLISH, department))
                .as("no agent online: no one would answer")
                .isEmpty();
        desk.changeStatus(alice, AgentStatus.ONLINE);
        VisitorSession newcomer = visitor();
        assertThat(invitations.consider(newcomer.token(), null, java.util.Locale.ENGLISH, department))
                .as("one page read, on the home page")
                .isEmpty();

        assertThat(invitations.consider(reader.token(), null, java.util.Locale.ENGLISH, department))
                .contains("Need a hand?");
        assertThat(invitations.consider(reader.token(), null, java.util.Locale.ENGLISH, department))
                .as("once a day")
                .isEmpty();
        conversations.say(reader.token(), department, "Yes please");
        assertThat(conversationOf(reader).messages())
                .extracting(MessageView::author, MessageView::text)
                .startsWith(tuple(Author.AGENT, "Need a hand?"), tuple(Author.VISITOR, "Yes please"));

        String owner = "guest:" + UUID.randomUUID();
        VisitorSession shopper = visitor();
        visitors.viewing(shopper.token(), "https://shop.example.com/cart", "Cart");
        assertThat(invitations.consider(shopper.token(), owner, java.util.Locale.SIMPLIFIED_CHINESE, department))
                .as("an empty cart")
                .isEmpty();
        carts.add(owner, sku, 1);
        assertThat(invitations.consider(shopper.token(), owner, java.util.Locale.SIMPLIFIED_CHINESE, department))
                .contains("有问题吗？");
    }

    @Test
    void an_agent_brings_in_a_colleague_who_answers_too_and_leaves_while_the_conversation_stays_the_holders() {
        VisitorSession visitor = chattingWithAlice("Is this jacket waterproof?");
        long id = conversationOf(visitor).id();
        assertThat(agentOf(visitor)).isEqualTo(alice);
        assertThatThrownBy(() -> desk.bringInColleague(alice, id, bob))
                .as("an offline colleague")
                .hasMessageStartingWith("chat.agent.not-online");
        desk.changeStatus(bob, AgentStatus.ONLINE);

        desk.bringInColleague(alice, id, bob);
        desk.reply(bob, id, "Yes, to 10,000 mm.");
        desk.note(bob, id, "Product expert here");

        assertThat(desk.desk(bob, bob).mine()).extracting(ConversationView::id).contains(id);
        assertThat(desk.conversation(alice, id).colleagues()).containsExactly(bob);
        assertThat(conversationOf(visitor).messages())
                .extracting(MessageView::author, MessageView::text)
                .contains(tuple(Author.SYSTEM, "joined"), tuple(Author.AGENT, "Yes, to 10,000 mm."))
                .doesNotContain(tuple(Author.NOTE, "Product expert here"));
        assertThatThrownBy(() -> desk.close(bob, id, ClosingCode.RESOLVED))
                .as("closing is the holder's")
                .hasMessageStartingWith("chat.conversation.not-yours");
        assertThat(agentOf(visitor)).isEqualTo(alice);

        desk.leaveConversation(bob, id);
        assertThat(desk.desk(bob, bob).mine()).extracting(ConversationView::id).doesNotContain(id);
        assertThatThrownBy(() -> desk.reply(bob, id, "One more thing"))
                .hasMessageStartingWith("chat.conversation.not-yours");
        assertThat(conversationOf(visitor).messages())
                .extracting(MessageView::text)
                .contains("left");
    }

    @Test
    void the_bot_answers_from_the_knowledge_base_and_hands_over_with_the_transcript_when_unsure_or_asked() {
        admin.know(
                site,
                "怎么退货退款？",
                "How do I return something?",
                "退货 退款 return refund",
                "签收后 7 天内可无理由退货。",
                "You may return goods within 7 days of delivery.");
        admin.know(
                site,
                "多久发货？",
                "When do you ship?",
                "发货 快递 ship delivery",
                "下单后 24 小时内发货。",
                "Orders leave within 24 hours.");
        admin.botAnswersFirst(site);
        desk.changeStatus(alice, AgentStatus.ONLINE);
        VisitorSession visitor = visitor();

        ConversationView withBot = conversations.say(visitor.token(), department, "Can I return these shoes?");
        assertThat(withBot.status()).isEqualTo(ConversationStatus.BOT);
        assertThat(withBot.messages())
                .extracting(MessageView::author, MessageView::text)
                .containsExactly(
                        tuple(Author.VISITOR, "Can I return these shoes?"),
                        tuple(Author.BOT, "You may return goods within 7 days of delivery."));
        assertThat(conversations.say(visitor.token(), department, "多久发货").messages())
                .extracting(MessageView::text)
                .last()
                .as("answered in the language asked")
                .isEqualTo("下单后 24 小时内发货。");
        assertThat(desk.desk(alice, alice).queue())
                .as("the bot's conversations are not in the queue")
                .isEmpty();

        ConversationView handedOver = conversations.say(visitor.token(), department, "My parcel arrived broken");
        assertThat(handedOver.status()).isIn(ConversationStatus.WAITING, ConversationStatus.ACTIVE);
        awaitStatus(visitor, ConversationStatus.ACTIVE);
        assertThat(agentOf(visitor)).isEqualTo(alice);
        assertThat(desk.conversation(alice, conversationOf(visitor).id()).messages())
                .as("the agent reads everything the bot was told and said")
                .extracting(MessageView::text)
                .containsSubsequence("Can I return these shoes?", "多久发货", "My parcel arrived broken", "bot-unsure");
        assertThat(admin.knowledge(site)).extracting(KnowledgeBase.Entry::used).containsExactlyInAnyOrder(1, 1);

        VisitorSession another = visitor();
        conversations.say(another.token(), department, "How do I get a refund?");
        assertThat(conversations.askForPerson(another.token()).status())
                .isIn(ConversationStatus.WAITING, ConversationStatus.ACTIVE);
        assertThatThrownBy(() -> conversations.askForPerson(another.token())).hasMessageStartingWith("chat.bot.none");
    }

    @Test
    void agents_see_where_a_visitor_is_from_the_shops_table_of_addresses() {
        Source shop = Source.of("https://shop.example.com/", null);
        VisitorSession inHangzhou = visitors.identify(site, null, shop, "phone", null, null, "203.0.113.7");
        VisitorSession unknown = visitors.identify(site, null, shop, "phone", null, null, "192.0.2.1");

        assertThat(visitors.visitor(inHangzhou.visitorId()).location()).isEqualTo("AS, CN, Zhejiang, Hangzhou");
        assertThat(visitors.visitor(unknown.visitorId()).location()).isNull();
    }

    private static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    @Test
    void a_visitor_reads_only_their_own_conversation_and_never_the_agents_notes() {
        desk.changeStatus(alice, AgentStatus.ONLINE);
        VisitorSession mine = visitor();
        VisitorSession someoneElse = visitor();
        conversations.say(mine.token(), department, "My address is 1 Secret Road");
        awaitStatus(mine, ConversationStatus.ACTIVE);
        long id = conversationOf(mine).id();
        desk.note(alice, id, "VIP customer, offer free shipping");
        desk.reply(alice, id, "Thank you, noted.");

        assertThat(conversations.current(someoneElse.token())).isEmpty();
        assertThatThrownBy(() -> conversations.current("x".repeat(43))).hasMessageStartingWith("chat.visitor.unknown");
        assertThat(conversationOf(mine).messages())
                .extracting(MessageView::author)
                .doesNotContain(Author.NOTE);
        assertThat(desk.conversation(alice, id).messages())
                .extracting(MessageView::author)
                .contains(Author.NOTE);
        // the other visitor's first words start a conversation of their own
        conversations.say(someoneElse.token(), department, "Hi");
        assertThat(conversationOf(someoneElse).id()).isNotEqualTo(id);
        assertThat(conversationOf(mine).messages())
                .extracting(MessageView::text)
                .doesNotContain("Hi");
    }

    @Test
    void chat_traffic_reaches_every_node_through_the_chat_events_topic() throws Exception {
        VisitorSession visitor = chattingWithAlice("Hello");
        List<ChatSignal> heardHere = new CopyOnWriteArrayList<>();
        ChatSubscriber socket = heardHere::add;
        hub.subscribe(socket);
        try (JMSContext nodeA = connectionFactory.createContext(JMSContext.AUTO_ACKNOWLEDGE);
                JMSContext nodeB = connectionFactory.createContext(JMSContext.AUTO_ACKNOWLEDGE)) {
            // two nodes: each has its own non-shared subscription, so each hears everything
            JMSConsumer a = nodeA.createConsumer(chatEvents, "agent = '" + alice + "'");
            JMSConsumer b = nodeB.createConsumer(chatEvents, "agent = '" + alice + "'");
            String words = "Typing on node A " + UUID.randomUUID();

            conversations.typing(visitor.token(), words);

            assertThat(bodyOf(a.receive(10_000))).contains(words);
            assertThat(bodyOf(b.receive(10_000))).contains(words);
            Eventually.await(
                    "this node's sockets heard the preview",
                    ROUTED,
                    () -> heardHere.stream()
                            .anyMatch(s -> s.forAgent(alice) && s.json().contains(words)));
            assertThat(heardHere)
                    .filteredOn(s -> s.json().contains(words))
                    .noneMatch(s -> s.forVisitor(visitor.visitorId()));
        } finally {
            hub.unsubscribe(socket);
        }
    }

    @Test
    void a_visitor_an_agent_invites_opens_with_the_agents_line_and_goes_to_that_agent() {
        desk.changeStatus(alice, AgentStatus.ONLINE);
        desk.changeStatus(bob, AgentStatus.ONLINE);
        VisitorSession visitor = visitor();

        desk.invite(bob, visitor.visitorId(), "Hello! Looking for a pan?");
        conversations.say(visitor.token(), department, "Yes, a small one");
        awaitStatus(visitor, ConversationStatus.ACTIVE);

        ConversationView started = conversationOf(visitor);
        assertThat(started.agent()).isEqualTo(bob);
        assertThat(started.messages())
                .extracting(MessageView::author, MessageView::text)
                .startsWith(
                        org.assertj.core.groups.Tuple.tuple(Author.AGENT, "Hello! Looking for a pan?"),
                        org.assertj.core.groups.Tuple.tuple(Author.VISITOR, "Yes, a small one"));
        assertThatThrownBy(() -> desk.invite(alice, visitor.visitorId(), "Hi"))
                .hasMessageStartingWith("chat.invite.in-conversation");
        desk.changeStatus(alice, AgentStatus.AWAY);
        assertThatThrownBy(() -> desk.invite(alice, visitor().visitorId(), "Hi"))
                .hasMessageStartingWith("chat.agent.not-online");
    }

    @Test
    void a_sites_pre_chat_question_is_asked_in_the_visitors_language_and_the_answer_opens_under_the_given_name() {
        admin.askBeforeChat(site, "想咨询什么？", "What is it about?");
        assertThat(visitors.prechatQuestion(site, java.util.Locale.ENGLISH)).isEqualTo("What is it about?");
        assertThat(visitors.prechatQuestion(site, java.util.Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("想咨询什么？");
        desk.changeStatus(alice, AgentStatus.ONLINE);
        VisitorSession visitor = visitor();

        conversations.startWith(visitor.token(), department, "  Han Meimei ", "Where is my parcel?");
        awaitStatus(visitor, ConversationStatus.ACTIVE);

        ConversationView started = conversationOf(visitor);
        assertThat(started.visitorLabel()).isEqualTo("Han Meimei " + visitor.label());
        assertThat(started.messages()).extracting(MessageView::text).contains("Where is my parcel?");
        admin.askBeforeChat(site, " ", null);
        assertThat(visitors.prechatQuestion(site, java.util.Locale.ENGLISH)).isNull();
    }

    @Test
    void read_receipts_and_tags_are_the_holding_agents_and_read_marks_move_forward_on_both_sides() {
        VisitorSession visitor = chattingWithAlice("Is the pan oven-safe?");
        long id = conversationOf(visitor).id();
        long question = conversationOf(visitor).messages().stream()
                .filter(m -> m.author() == Author.VISITOR)
                .mapToLong(MessageView::id)
                .max()
                .orElseThrow();
        long answer = desk.reply(alice, id, "Yes, up to 260 °C.").id();

        assertThat(desk.tag(alice, id, "Oven ").tags()).containsExactly("oven");
        assertThat(desk.untag(alice, id, "oven").tags()).isEmpty();
        assertThatThrownBy(() -> desk.tag(bob, id, "mine")).hasMessageStartingWith("chat.conversation.not-yours");
        assertThat(conversationOf(visitor).tags()).as("visitors never see tags").isEmpty();

        desk.read(alice, id, question);
        conversations.read(visitor.token(), answer);
        conversations.read(visitor.token(), question);

        ConversationView seen = conversationOf(visitor);
        assertThat(seen.agentReadUpTo()).isEqualTo(question);
        assertThat(seen.visitorReadUpTo())
                .as("an older mark does not move it back")
                .isEqualTo(answer);
        assertThatThrownBy(() -> desk.read(bob, id, answer)).hasMessageStartingWith("chat.");
    }

    @Test
    void the_visitor_panel_shows_the_orders_the_shoppers_browser_placed_and_nobody_elses() {
        String shopVisitor = UUID.randomUUID().toString();
        Source shop = Source.of("https://shop.example.com/", null);
        VisitorSession known = visitors.identify(site, null, shop, "phone", null, shopVisitor);
        VisitorSession forged = visitors.identify(site, null, shop, "phone", null, "' OR 1=1 --");
        VisitorSession elsewhere = visitors.identify(site, null, shop, "desktop", null);
        String sku = "CHAT-" + shopVisitor.substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        catalogue.productOnSale(sku, "20.00");
        warehouse.receive("SH-01", sku, 3);
        SalesOrder order = orders.place(OrderFixture.oneOf(sku, 2, "guest:" + shopVisitor, shopVisitor));

        LiveVisitor panel = visitors.visitor(known.visitorId());
        assertThat(panel.orders()).extracting(OrderSummary::number).containsExactly(order.getNumber());
        assertThat(panel.orders().get(0).items()).isEqualTo(2);
        assertThat(panel.orders().get(0).status()).isEqualTo(OrderStatus.AWAITING_PAYMENT.name());
        assertThat(visitors.visitor(forged.visitorId()).orders()).isEmpty();
        assertThat(visitors.visitor(elsewhere.visitorId()).orders()).isEmpty();
    }

    @Test
    void a_signed_in_shoppers_panel_shows_their_account_and_its_orders_until_they_sign_out() {
        // the demo shopper (account 1, 13800000000), signed in on the shop's pages
        String shopVisitor = UUID.randomUUID().toString();
        Source shop = Source.of("https://shop.example.com/", null);
        VisitorSession signedIn = visitors.identify(site, null, shop, "phone", null, shopVisitor, null, 1L);
        String sku = "CHAT-" + shopVisitor.substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        catalogue.productOnSale(sku, "30.00");
        warehouse.receive("SH-01", sku, 3);
        SalesOrder order = orders.place(OrderFixture.oneOf(sku, 1, "customer:1", null));

        LiveVisitor panel = visitors.visitor(signedIn.visitorId());
        assertThat(panel.shopper()).isNotNull();
        assertThat(panel.shopper().accountId()).isEqualTo(1L);
        assertThat(panel.shopper().displayName()).isEqualTo("演示顾客");
        assertThat(panel.shopper().phone()).as("the middle digits hidden").isEqualTo("138****0000");
        assertThat(panel.orders()).extracting(OrderSummary::number).contains(order.getNumber());

        visitors.identify(site, signedIn.token(), shop, "phone", null, shopVisitor, null, null);
        LiveVisitor signedOut = visitors.visitor(signedIn.visitorId());
        assertThat(signedOut.shopper()).as("signed out: no account").isNull();
        assertThat(signedOut.orders()).extracting(OrderSummary::number).doesNotContain(order.getNumber());
    }

    private static String bodyOf(Message message) throws Exception {
        assertThat(message).as("a signal arrived").isNotNull();
        return message.getBody(String.class);
    }

    private VisitorSession visitor() {
        VisitorSession session = visitors.identify(
                site, null, Source.of("https://shop.example.com/?utm_source=it", null), "desktop", null);
        visitors.viewing(session.token(), "https://shop.example.com/", "Home");
        return session;
    }

    /** Alice online, and a visitor of this test's site in a conversation with her that began with these words. */
    private VisitorSession chattingWithAlice(String firstWords) {
        desk.changeStatus(alice, AgentStatus.ONLINE);
        VisitorSession visitor = visitor();
        conversations.say(visitor.token(), department, firstWords);
        awaitStatus(visitor, ConversationStatus.ACTIVE);
        return visitor;
    }

    private ConversationView conversationOf(VisitorSession visitor) {
        return conversations.current(visitor.token()).orElseThrow();
    }

    private String agentOf(VisitorSession visitor) {
        return conversationOf(visitor).agent();
    }

    private void awaitStatus(VisitorSession visitor, ConversationStatus status) {
        Eventually.await(
                "the conversation of " + visitor.label() + " is " + status,
                ROUTED,
                () -> conversations
                        .current(visitor.token())
                        .map(c -> c.status() == status)
                        .orElse(false));
    }
}
