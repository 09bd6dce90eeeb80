package org.emporium.systemtest.merchandising;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.emporium.catalog.boundary.Catalog;
import org.emporium.merchandising.boundary.CampaignPages;
import org.emporium.merchandising.boundary.Experiments;
import org.emporium.merchandising.boundary.SalesRankings;
import org.emporium.merchandising.boundary.Slots;
import org.emporium.merchandising.boundary.VariantSpec;
import org.emporium.merchandising.control.OrderPlaced;
import org.emporium.merchandising.entity.BlockKind;
import org.emporium.merchandising.entity.CampaignBlock;
import org.emporium.merchandising.entity.CampaignPage;
import org.emporium.merchandising.entity.ConversionKind;
import org.emporium.merchandising.entity.Experiment;
import org.emporium.merchandising.entity.ExperimentVariant;
import org.emporium.merchandising.entity.PageStatus;
import org.emporium.merchandising.entity.SlotItem;
import org.emporium.merchandising.entity.SlotItemKind;
import org.emporium.platform.events.DomainEvent;
import org.emporium.platform.events.DomainEvents;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.systemtest.Deployments;
import org.emporium.systemtest.Eventually;
import org.emporium.systemtest.SystemUnderTest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Merchandising inside the application on PostgreSQL and Artemis: an {@code order.placed} event recorded
 * through the outbox moves the best sellers and "also bought"; slot content appears and disappears on its
 * schedule; a campaign page reaches shoppers only when published; experiments split visitors and count.
 */
@ExtendWith(ArquillianExtension.class)
class MerchandisingIT {

    /**
     * Right after a deployment the first deliveries to a listener can fail and come back with the broker's
     * back-off (1, 2, 4, 8, 16 s): an event may take half a minute or more to be processed, and still counts once.
     */
    private static final Duration ARRIVAL = Duration.ofSeconds(90);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(MerchandisingIT.class, AsMerchandiser.class);
    }

    @Inject
    DomainEvents events;

    @Inject
    UserTransaction transaction;

    @Inject
    Catalog catalog;

    @Inject
    SalesRankings rankings;

    @Inject
    Slots slots;

    @Inject
    CampaignPages pages;

    @Inject
    Experiments experiments;

    @Inject
    AsMerchandiser merchandiser;

    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void an_order_placed_moves_a_product_to_the_top_of_its_category_and_pairs_it_with_the_other_products()
            throws Exception {
        long electronics = catalog.category("electronics").orElseThrow().getId();
        long speaker = catalog.onSale("bluetooth-speaker").orElseThrow().getId();
        long pan = catalog.onSale("cast-iron-pan").orElseThrow().getId();
        long pairsBefore = rankings.boughtTogether(speaker, pan);
        OrderPlaced order = new OrderPlaced(
                "IT-" + UUID.randomUUID(),
                OffsetDateTime.now(ZoneOffset.UTC),
                List.of(new OrderPlaced.Line(speaker, "SPK-BT-GR", 1000), new OrderPlaced.Line(pan, "PAN-CI-28", 1)),
                Optional.empty());

        DomainEvent event = record(order);

        // The pair is this order's own mark: another test may already have put the speaker on top.
        Eventually.await(
                "the order was recorded", ARRIVAL, () -> rankings.boughtTogether(speaker, pan) == pairsBefore + 1);
        assertThat(rankings.boughtTogether(pan, speaker)).isEqualTo(pairsBefore + 1);
        assertThat(rankings.computeBestSellers(electronics, 7, 10, OffsetDateTime.now(ZoneOffset.UTC)))
                .as("the speaker leads the electronics best sellers (audio is below electronics)")
                .startsWith(speaker);
        assertThat(rankings.computeAlsoBought(pan, 10)).contains(speaker);
        assertThat(rankings.computeBestSellers(
                        catalog.category("kitchen").orElseThrow().getId(), 7, 10, OffsetDateTime.now(ZoneOffset.UTC)))
                .as("the speaker is not in the kitchen")
                .doesNotContain(speaker);
        assertThat(event.type()).isEqualTo(OrderPlaced.TYPE);
    }

    @Test
    void the_same_order_recorded_twice_counts_once() throws Exception {
        long knife = catalog.onSale("chef-knife").orElseThrow().getId();
        long duvet = catalog.onSale("duvet-cover").orElseThrow().getId();
        long before = rankings.boughtTogether(knife, duvet);
        OrderPlaced order = new OrderPlaced(
                "IT-" + UUID.randomUUID(),
                OffsetDateTime.now(ZoneOffset.UTC),
                List.of(new OrderPlaced.Line(knife, "KNIFE-DM-20", 1), new OrderPlaced.Line(duvet, "DUVET-CT-15", 1)),
                Optional.empty());

        // Two events for one order (the order context retried): the order id keeps it at one.
        record(order);
        record(order);

        Eventually.await("the pair was counted", ARRIVAL, () -> rankings.boughtTogether(knife, duvet) == before + 1);
        Thread.sleep(3_000);
        assertThat(rankings.boughtTogether(knife, duvet)).isEqualTo(before + 1);
    }

    @Test
    void slot_content_appears_and_disappears_with_its_schedule() {
        String code = "it-slot-" + UUID.randomUUID().toString().substring(0, 8);
        merchandiser.createSlot(code, "测试位", "Test slot");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        SlotItem current = textLink("现在", "Now", new OffsetDateTime[] {now.minusHours(1), now.plusHours(1)});
        SlotItem later = textLink("稍后", "Later", new OffsetDateTime[] {now.plusHours(1), null});
        merchandiser.saveItem(code, current);
        merchandiser.saveItem(code, later);

        assertThat(slots.liveItems(code)).extracting(SlotItem::getLabelEn).containsExactly("Now");
        assertThat(slots.liveItems(code, now.plusHours(2)))
                .extracting(SlotItem::getLabelEn)
                .containsExactly("Later");
        assertThat(slots.liveItems(code, now.minusHours(2))).isEmpty();
        assertThat(slots.items(code)).hasSize(2);
    }

    @Test
    void a_slot_item_with_a_script_link_is_refused_and_nothing_is_saved() {
        String code = "it-slot-" + UUID.randomUUID().toString().substring(0, 8);
        merchandiser.createSlot(code, "测试位", "Test slot");
        SlotItem bad = textLink("坏", "Bad", new OffsetDateTime[] {null, null});
        bad.setLinkUrl("javascript:alert(1)");

        assertThatThrownBy(() -> merchandiser.saveItem(code, bad))
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("merchandising.link.format");
        assertThat(slots.items(code)).isEmpty();
    }

    @Test
    void an_anonymous_caller_may_read_merchandising_but_not_change_it() {
        assertThatThrownBy(() -> slots.createSlot("it-anonymous", "匿名", "Anonymous"))
                .isInstanceOf(EJBAccessException.class);
        assertThat(slots.slot("it-anonymous")).isEmpty();
    }

    @Test
    void a_campaign_page_reaches_shoppers_only_when_published_with_its_rich_text_sanitised() throws Exception {
        String slug = "it-page-" + UUID.randomUUID().toString().substring(0, 8);
        CampaignPage draft = merchandiser.createPage(slug, "测试活动", "Test campaign");

        assertThat(pages.visiblePage(slug)).isEmpty();
        assertThat(get("campaign/" + slug).statusCode()).isEqualTo(404);

        CampaignBlock text = new CampaignBlock(BlockKind.RICH_TEXT);
        text.setTextEn("<p>Big <strong>savings</strong><script>alert('x')</script></p>");
        text.setTextZh("<p>大促</p>");
        CampaignBlock grid = new CampaignBlock(BlockKind.PRODUCT_GRID);
        grid.setProductSlugs("oxford-shirt, chef-knife");
        draft.setStatus(PageStatus.PUBLISHED);
        merchandiser.savePage(draft, List.of(text, grid));

        CampaignPage published = pages.visiblePage(slug).orElseThrow();
        assertThat(published.getBlocks())
                .extracting(CampaignBlock::getKind)
                .containsExactly(BlockKind.RICH_TEXT, BlockKind.PRODUCT_GRID);
        assertThat(published.getBlocks().get(0).getTextEn())
                .contains("<strong>savings</strong>")
                .doesNotContain("script");
        HttpResponse<String> shown = get("campaign/" + slug);
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.body())
                .contains("Test campaign")
                .contains("data-slug=\"oxford-shirt\"")
                .doesNotContain("alert(");

        published.setStatus(PageStatus.DRAFT);
        merchandiser.savePage(published, published.getBlocks());
        assertThat(get("campaign/" + slug).statusCode()).isEqualTo(404);
    }

    @Test
    void an_experiment_splits_visitors_by_weight_sticks_to_each_and_counts_views_conversions_and_orders()
            throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        CampaignPage a = publishedPage("it-exp-a-" + suffix, "Variant A");
        CampaignPage b = publishedPage("it-exp-b-" + suffix, "Variant B");
        Experiment experiment = merchandiser.createExperiment("IT " + suffix, a.getId());
        experiment = merchandiser.saveExperiment(
                experiment.getId(),
                experiment.getVersion(),
                experiment.getName(),
                a.getId(),
                List.of(new VariantSpec("A", a.getId(), 50), new VariantSpec("B", b.getId(), 50)));
        long id = merchandiser.start(experiment.getId()).getId();

        List<String> visitors = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String visitor = UUID.randomUUID().toString();
            visitors.add(visitor);
            String firstSlug =
                    experiments.pageFor(a.getSlug(), visitor).orElseThrow().getSlug();
            String secondSlug =
                    experiments.pageFor(a.getSlug(), visitor).orElseThrow().getSlug();
            assertThat(secondSlug).as("sticky").isEqualTo(firstSlug);
            String label = experiments.variantOf(id, visitor).orElseThrow();
            assertThat(firstSlug).isEqualTo(label.equals("A") ? a.getSlug() : b.getSlug());
        }
        Map<String, ExperimentVariant> byLabel = variants(id);
        assertThat(byLabel.get("A").getViews() + byLabel.get("B").getViews()).isEqualTo(400);
        assertThat(byLabel.get("A").getVisitors() + byLabel.get("B").getVisitors())
                .isEqualTo(200);
        assertThat(byLabel.get("A").getVisitors()).as("about half of 200").isBetween(70L, 130L);

        for (String visitor : visitors.subList(0, 10)) {
            experiments.recordConversion(visitor, ConversionKind.ADD_TO_CART);
            experiments.recordConversion(visitor, ConversionKind.ADD_TO_CART);
        }
        byLabel = variants(id);
        assertThat(byLabel.get("A").getAddToCart() + byLabel.get("B").getAddToCart())
                .as("once per visitor")
                .isEqualTo(10);

        String buyer = visitors.get(0);
        String buyerLabel = experiments.variantOf(id, buyer).orElseThrow();
        long ordersBefore = byLabel.get(buyerLabel).getOrders();
        long speaker = catalog.onSale("bluetooth-speaker").orElseThrow().getId();
        record(new OrderPlaced(
                "IT-" + UUID.randomUUID(),
                OffsetDateTime.now(ZoneOffset.UTC),
                List.of(new OrderPlaced.Line(speaker, "SPK-BT-GR", 1)),
                Optional.of(buyer)));
        Eventually.await(
                "the order counts for the buyer's variant",
                ARRIVAL,
                () -> variants(id).get(buyerLabel).getOrders() == ordersBefore + 1);
    }

    @Test
    void concurrent_views_of_one_visitor_all_count() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        CampaignPage a = publishedPage("it-con-a-" + suffix, "Concurrent A");
        CampaignPage b = publishedPage("it-con-b-" + suffix, "Concurrent B");
        Experiment experiment = merchandiser.createExperiment("IT concurrent " + suffix, a.getId());
        experiment = merchandiser.saveExperiment(
                experiment.getId(),
                experiment.getVersion(),
                experiment.getName(),
                a.getId(),
                List.of(new VariantSpec("A", a.getId(), 1), new VariantSpec("B", b.getId(), 1)));
        long id = merchandiser.start(experiment.getId()).getId();
        String visitor = UUID.randomUUID().toString();

        List<CompletableFuture<HttpResponse<String>>> requests = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            requests.add(http.sendAsync(
                    HttpRequest.newBuilder(URI.create(SystemUnderTest.storefrontUrl() + "campaign/" + a.getSlug()))
                            .header("Cookie", "emporium_visitor=" + visitor)
                            .build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        for (CompletableFuture<HttpResponse<String>> request : requests) {
            assertThat(request.get().statusCode()).isEqualTo(200);
        }

        Map<String, ExperimentVariant> byLabel = variants(id);
        String label = experiments.variantOf(id, visitor).orElseThrow();
        assertThat(byLabel.get(label).getViews()).isEqualTo(40);
        assertThat(byLabel.get(label).getVisitors()).isEqualTo(1);
        assertThat(byLabel.get(label.equals("A") ? "B" : "A").getViews()).isZero();
    }

    private CampaignPage publishedPage(String slug, String title) {
        CampaignPage page = merchandiser.createPage(slug, title, title);
        CampaignBlock text = new CampaignBlock(BlockKind.RICH_TEXT);
        text.setTextEn("<p>" + title + "</p>");
        page.setStatus(PageStatus.PUBLISHED);
        return merchandiser.savePage(page, List.of(text));
    }

    private Map<String, ExperimentVariant> variants(long experimentId) {
        return experiments.experiment(experimentId).orElseThrow().getVariants().stream()
                .collect(Collectors.toMap(ExperimentVariant::getLabel, Function.identity()));
    }

    private static SlotItem textLink(String zh, String en, OffsetDateTime[] window) {
        SlotItem item = new SlotItem(SlotItemKind.TEXT_LINK, 1);
        item.setLabelZh(zh);
        item.setLabelEn(en);
        item.setLinkUrl("/campaign/x");
        item.setStartsAt(window[0]);
        item.setEndsAt(window[1]);
        return item;
    }

    private DomainEvent record(OrderPlaced order) throws Exception {
        DomainEvent event = DomainEvent.now(OrderPlaced.TYPE, OrderPlaced.AGGREGATE, order.orderId(), order.toJson());
        transaction.begin();
        events.record(event);
        transaction.commit();
        return event;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(SystemUnderTest.storefrontUrl() + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
