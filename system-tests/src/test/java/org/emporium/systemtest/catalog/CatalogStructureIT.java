package org.emporium.systemtest.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.emporium.admin.boundary.AuditTrail;
import org.emporium.catalog.boundary.AttributeSetLine;
import org.emporium.catalog.boundary.CatalogStructure;
import org.emporium.catalog.boundary.MediaLibrary;
import org.emporium.catalog.entity.Attribute;
import org.emporium.catalog.entity.AttributeKind;
import org.emporium.catalog.entity.AttributeOption;
import org.emporium.catalog.entity.Brand;
import org.emporium.catalog.entity.Category;
import org.emporium.catalog.entity.Media;
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
 * The catalogue's structure through its boundary, inside the application, on PostgreSQL: the category
 * tree, attribute sets, attributes and their options, brands with a logo from the media library, and the
 * media servlet that serves the logo to browsers.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogStructureIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(CatalogStructureIT.class, AsStructureManager.class);
    }

    @Inject
    CatalogStructure structure;

    @Inject
    MediaLibrary media;

    @Inject
    AuditTrail audit;

    @Inject
    AsStructureManager manager;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    private Category create(Long parentId, String slug, String nameEn) {
        return manager.call(() -> structure.createCategory(
                parentId, new Category(null, slug + "-" + suffix, nameEn + "（中）", nameEn + " " + suffix, 0)));
    }

    private static String key(Throwable e) {
        return ((BusinessRuleViolation) e).messageKey();
    }

    private List<Long> childrenOf(Long parentId) {
        return structure.categories().stream()
                .filter(c -> Objects.equals(c.getParentId(), parentId))
                .sorted(Comparator.comparingInt(Category::getPosition))
                .map(Category::getId)
                .toList();
    }

    @Test
    void a_tree_is_built_and_a_move_under_a_descendant_is_refused_leaving_the_tree_as_it_was() {
        Category home = create(null, "home", "Home");
        Category textiles = create(home.getId(), "textiles", "Textiles");
        Category towels = create(textiles.getId(), "towels", "Towels");
        Category bedding = create(home.getId(), "bedding", "Bedding");
        assertThat(childrenOf(home.getId())).containsExactly(textiles.getId(), bedding.getId());

        Category current = structure.category(home.getId()).orElseThrow();
        assertThatThrownBy(() -> manager.call(
                        () -> structure.moveCategory(current.getId(), current.getVersion(), towels.getId(), 0)))
                .extracting(CatalogStructureIT::key)
                .isEqualTo("catalog.category.cycle");
        assertThat(structure.category(home.getId()).orElseThrow().getParentId()).isNull();
        assertThat(structure.category(towels.getId()).orElseThrow().getParentId())
                .isEqualTo(textiles.getId());

        // Towels moves up beside Textiles and Bedding, first; the three are numbered 0, 1, 2.
        Category towelsNow = structure.category(towels.getId()).orElseThrow();
        manager.call(() -> structure.moveCategory(towels.getId(), towelsNow.getVersion(), home.getId(), 0));
        assertThat(childrenOf(home.getId())).containsExactly(towels.getId(), textiles.getId(), bedding.getId());
        assertThat(childrenOf(home.getId()).stream()
                        .map(id -> structure.category(id).orElseThrow().getPosition())
                        .toList())
                .containsExactly(0, 1, 2);
        assertThat(childrenOf(textiles.getId())).isEmpty();

        Eventually.await(
                "the move is in the audit log",
                Duration.ofSeconds(20),
                () -> audit.recent(0, 100).stream()
                        .anyMatch(e -> e.getEventType().equals("catalog.structure-changed")
                                && e.getAggregateType().equals("category")
                                && e.getAggregateId().equals(String.valueOf(towels.getId()))
                                && e.getSummary().contains(towels.getSlug())));
    }

    @Test
    void a_category_with_children_or_products_is_not_deleted_and_an_empty_one_is() {
        Category parent = create(null, "garden", "Garden");
        Category child = create(parent.getId(), "pots", "Pots");
        Category parentNow = structure.category(parent.getId()).orElseThrow();

        assertThatThrownBy(() -> manager.run(() -> structure.deleteCategory(parent.getId(), parentNow.getVersion())))
                .extracting(CatalogStructureIT::key)
                .isEqualTo("catalog.category.hasChildren");
        Category kitchen = structure.categories().stream()
                .filter(c -> c.getSlug().equals("kitchen"))
                .findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> manager.run(() -> structure.deleteCategory(kitchen.getId(), kitchen.getVersion())))
                .extracting(CatalogStructureIT::key)
                .isEqualTo("catalog.category.hasProducts");

        Category childNow = structure.category(child.getId()).orElseThrow();
        manager.run(() -> structure.deleteCategory(child.getId(), childNow.getVersion()));
        assertThat(structure.category(child.getId())).isEmpty();
    }

    @Test
    void a_stale_copy_is_refused_as_changed_meanwhile_and_an_anonymous_caller_may_not_change_anything() {
        Category category = create(null, "stale", "Stale");
        Category first = structure.category(category.getId()).orElseThrow();
        Category second = structure.category(category.getId()).orElseThrow();
        first.setNameEn("First " + suffix);
        manager.call(() -> structure.saveCategory(first));
        second.setNameEn("Second " + suffix);

        assertThatThrownBy(() -> manager.call(() -> structure.saveCategory(second)))
                .extracting(CatalogStructureIT::key)
                .isEqualTo("catalog.structure.changedMeanwhile");
        assertThat(structure.category(category.getId()).orElseThrow().getNameEn())
                .isEqualTo("First " + suffix);
        assertThatThrownBy(() -> structure.saveCategory(
                        structure.category(category.getId()).orElseThrow()))
                .isInstanceOf(EJBAccessException.class);
    }

    @Test
    void a_category_offers_its_ancestors_attributes_before_its_own_each_saying_where_it_comes_from() {
        Category outdoor = create(null, "outdoor", "Outdoor");
        Category tents = create(outdoor.getId(), "tents", "Tents");
        Attribute season = manager.call(() -> structure.createAttribute(
                new Attribute("season-" + suffix, "季节", "Season " + suffix, AttributeKind.ENUM)));
        Attribute weight = manager.call(() -> structure.createAttribute(
                new Attribute("packed-weight-" + suffix, "收纳重量", "Packed weight", AttributeKind.NUMBER)));
        manager.call(() -> structure.addToAttributeSet(outdoor.getId(), season.getId(), true, true));
        manager.call(() -> structure.addToAttributeSet(tents.getId(), weight.getId(), false, false));

        List<AttributeSetLine> lines = structure.attributeSet(tents.getId());

        assertThat(lines).extracting(AttributeSetLine::code).containsExactly(season.getCode(), weight.getCode());
        assertThat(lines.get(0).inherited()).isTrue();
        assertThat(lines.get(0).originCategoryId()).isEqualTo(outdoor.getId());
        assertThat(lines.get(0).variant()).isTrue();
        assertThat(lines.get(1).inherited()).isFalse();
        assertThat(lines.get(1).originName(Locale.ENGLISH)).isEqualTo(tents.getNameEn());
        assertThatThrownBy(() ->
                        manager.call(() -> structure.addToAttributeSet(tents.getId(), season.getId(), false, false)))
                .extracting(CatalogStructureIT::key)
                .isEqualTo("catalog.attributeSet.duplicate");
        assertThatThrownBy(() -> manager.call(
                        () -> structure.changeAttributeSetLine(tents.getId(), weight.getId(), true, false)))
                .extracting(CatalogStructureIT::key)
                .isEqualTo("catalog.attributeSet.variant.enumOnly");
    }

    @Test
    void an_option_that_products_use_is_not_removed_and_an_unused_one_is() {
        Attribute fit = structure.attributes().stream()
                .filter(a -> a.getCode().equals("fit"))
                .findFirst()
                .orElseThrow();
        AttributeOption slim = fit.option("slim").orElseThrow();

        assertThatThrownBy(
                        () -> manager.call(() -> structure.removeOption(fit.getId(), fit.getVersion(), slim.getId())))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("catalog.attribute.option.inUse");
                    assertThat((Long) e.arguments()[2]).isPositive();
                });
        assertThat(structure.attribute(fit.getId()).orElseThrow().option("slim"))
                .isPresent();

        Attribute added = manager.call(
                () -> structure.addOption(fit.getId(), fit.getVersion(), "x-" + suffix, "试", "Trial " + suffix));
        long optionId = added.option("x-" + suffix).orElseThrow().getId();
        long version = structure.attribute(fit.getId()).orElseThrow().getVersion();
        assertThat(version).isGreaterThan(fit.getVersion());
        Attribute removed = manager.call(() -> structure.removeOption(fit.getId(), version, optionId));
        assertThat(removed.option("x-" + suffix)).isEmpty();
        assertThat(structure.attribute(fit.getId()).orElseThrow().getOptions())
                .extracting(AttributeOption::getPosition)
                .containsExactly(0, 1, 2);
    }

    @Test
    void a_brand_gets_a_logo_from_the_media_library_and_the_media_servlet_serves_it_with_etag_and_304()
            throws Exception {
        byte[] png = png(40, 20, suffix.hashCode());
        Media logo = manager.call(() -> media.store("C:\\fakepath\\logo-" + suffix + ".png", png));
        Media again = manager.call(() -> media.store("copy.png", png));
        assertThat(again.getId()).isEqualTo(logo.getId());
        assertThat(logo.getContentType()).isEqualTo("image/png");
        assertThat(logo.getWidth()).isEqualTo(40);
        assertThat(logo.getFileName()).isEqualTo("logo-" + suffix + ".png");
        assertThatThrownBy(() -> manager.call(() -> media.store("fake.png", "<svg onload=alert(1)>".getBytes())))
                .extracting(CatalogStructureIT::key)
                .isEqualTo("media.notAnImage");

        Brand draft = new Brand("brand-" + suffix, "品牌" + suffix, "Brand " + suffix);
        draft.setStoryEn("<p>Since 1901.</p><script>alert(1)</script>");
        Brand brand = manager.call(() -> structure.createBrand(draft, logo.getId()));
        Brand read = structure.brand(brand.getId()).orElseThrow();
        assertThat(read.getLogoId()).isEqualTo(logo.getId());
        assertThat(read.getStoryEn()).contains("Since 1901.").doesNotContain("script");

        HttpClient http = HttpClient.newHttpClient();
        URI uri = URI.create(SystemUnderTest.storefrontUrl() + "media/" + logo.getId());
        HttpResponse<byte[]> first =
                http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).isEqualTo(png);
        assertThat(first.headers()
                        .firstValue("Content-Type")
                        .orElseThrow()
                        .split(";")[0]
                        .strip())
                .isEqualTo("image/png");
        assertThat(first.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(first.headers().firstValue("Cache-Control").orElseThrow()).contains("immutable");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).isEqualTo("\"" + logo.getSha256() + "\"");

        HttpResponse<byte[]> revalidated = http.send(
                HttpRequest.newBuilder(uri).header("If-None-Match", etag).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(revalidated.statusCode()).isEqualTo(304);
        assertThat(revalidated.body()).isEmpty();

        HttpResponse<byte[]> unknown = http.send(
                HttpRequest.newBuilder(URI.create(SystemUnderTest.storefrontUrl() + "media/987654321987"))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(unknown.statusCode()).isEqualTo(404);
    }

    /** A PNG whose pixels depend on the seed, so each run uploads bytes no earlier run stored. */
    private static byte[] png(int width, int height, int seed) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, seed & 0xFFFFFF);
        image.setRGB(width - 1, height - 1, new Random().nextInt(0xFFFFFF));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
