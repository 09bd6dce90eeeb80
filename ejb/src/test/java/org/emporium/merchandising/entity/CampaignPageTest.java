package org.emporium.merchandising.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

class CampaignPageTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 25, 12, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void a_draft_is_never_visible_and_a_published_page_only_inside_its_schedule() {
        CampaignPage page = new CampaignPage("autumn-sale", "秋季大促", "Autumn sale");
        assertThat(page.isVisibleAt(NOW)).isFalse();

        page.setStatus(PageStatus.PUBLISHED);
        assertThat(page.isVisibleAt(NOW)).isTrue();

        page.setStartsAt(NOW.plusHours(1));
        assertThat(page.isVisibleAt(NOW)).isFalse();
        assertThat(page.isVisibleAt(NOW.plusHours(1))).isTrue();
    }

    @Test
    void blocks_are_numbered_in_the_order_the_editor_gives() {
        CampaignPage page = new CampaignPage("autumn-sale", "秋季大促", "Autumn sale");
        CampaignBlock text = new CampaignBlock(BlockKind.RICH_TEXT);
        text.setTextEn("<p>Hi</p>");
        CampaignBlock grid = new CampaignBlock(BlockKind.PRODUCT_GRID);
        grid.setCategorySlug("audio");

        page.replaceBlocks(List.of(grid, text));

        assertThat(page.getBlocks()).containsExactly(grid, text);
        assertThat(page.getBlocks()).extracting(CampaignBlock::getPosition).containsExactly(1, 2);
    }

    @Test
    void a_product_grid_takes_products_or_a_category_but_not_both_nor_neither() {
        CampaignBlock grid = new CampaignBlock(BlockKind.PRODUCT_GRID);
        assertThatThrownBy(grid::checkRules).hasMessageContaining("merchandising.block.grid.source");

        grid.setProductSlugs("oxford-shirt, silk-dress\nchef-knife, oxford-shirt");
        grid.setCategorySlug("audio");
        assertThatThrownBy(grid::checkRules).hasMessageContaining("merchandising.block.grid.source");

        grid.setCategorySlug(null);
        grid.checkRules();
        assertThat(grid.getProductSlugs()).isEqualTo("oxford-shirt,silk-dress,chef-knife");
    }

    @Test
    void a_link_must_lead_into_the_shop_or_to_a_web_address() {
        MenuLink link = new MenuLink("促销", "Sale", "javascript:alert(1)", 1);
        assertThatThrownBy(link::checkRules)
                .isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("merchandising.link.format");

        link.setUrl("/campaign/autumn-sale");
        link.checkRules();
        link.setUrl("https://example.com/x");
        link.checkRules();
    }

    @Test
    void a_hidden_menu_link_is_not_live_even_inside_its_schedule() {
        MenuLink link = new MenuLink("促销", "Sale", "/", 1);
        assertThat(link.isLiveAt(NOW)).isTrue();

        link.setVisible(false);

        assertThat(link.isLiveAt(NOW)).isFalse();
    }

    @Test
    void a_page_slug_follows_the_url_name_rules() {
        assertThatThrownBy(() -> new CampaignPage("Autumn Sale", "秋", "Autumn").checkRules())
                .hasMessageContaining("merchandising.page.slug.format");
    }
}
