package org.emporium.batch.catalogexport;

import static org.assertj.core.api.Assertions.assertThat;

import org.emporium.catalog.entity.Product;
import org.emporium.platform.money.Money;
import org.junit.jupiter.api.Test;

class CatalogCsvTest {

    @Test
    void the_header_names_every_column_in_order() {
        assertThat(CatalogCsv.HEADER)
                .isEqualTo(
                        "product_id,slug,category,name_zh,name_en,status,sku,spec_zh,spec_en,price,list_price,currency");
        assertThat(CatalogCsv.SKU_COLUMN).isEqualTo(6);
    }

    @Test
    void each_sku_is_one_record_carrying_its_product() {
        Product shirt = Products.product(1, "oxford-shirt", "牛津纺修身衬衫", "Slim Oxford Shirt");
        shirt.addSku("SHIRT-OX-WH-M", "白色 / M", "White / M", Money.cny("199"), Money.cny("259.00"));
        shirt.addSku("SHIRT-OX-WH-L", "白色 / L", "White / L", Money.cny("199.00"), Money.cny("259.00"));

        String product = "1,oxford-shirt,mens-shirts,牛津纺修身衬衫,Slim Oxford Shirt,DRAFT,";
        assertThat(CatalogCsv.records(shirt))
                .containsExactly(
                        product + "SHIRT-OX-WH-M,白色 / M,White / M,199.00,259.00,CNY",
                        product + "SHIRT-OX-WH-L,白色 / L,White / L,199.00,259.00,CNY");
    }

    @Test
    void a_sku_without_list_price_leaves_that_field_empty() {
        Product linen = Products.product(2, "linen-shirt", "亚麻休闲衬衫", "Linen Casual Shirt");
        linen.addSku("SHIRT-LN-BE-M", "米色 / M", "Beige / M", Money.cny("239.00"), null);
        linen.putOnSale();

        assertThat(CatalogCsv.records(linen))
                .containsExactly("2,linen-shirt,mens-shirts,亚麻休闲衬衫,Linen Casual Shirt,"
                        + "ON_SALE,SHIRT-LN-BE-M,米色 / M,Beige / M,239.00,,CNY");
    }

    @Test
    void names_with_commas_quotes_and_line_breaks_stay_in_their_column() {
        Product duvet = Products.product(7, "duvet-cover", "纯棉被套,四件套", "Cotton Duvet \"Deluxe\"\nSet");
        duvet.addSku("DUVET-CT-15", "1.5 米床", "1.5 m bed", Money.cny("459.00"), null);

        assertThat(CatalogCsv.records(duvet))
                .containsExactly("7,duvet-cover,mens-shirts,\"纯棉被套,四件套\",\"Cotton Duvet \"\"Deluxe\"\"\nSet\",DRAFT,"
                        + "DUVET-CT-15,1.5 米床,1.5 m bed,459.00,,CNY");
    }

    @Test
    void a_product_without_skus_has_no_records() {
        assertThat(CatalogCsv.records(Products.product(9, "empty", "空", "Empty")))
                .isEmpty();
        assertThat(new ProductToCsv().processItem(Products.product(9, "empty", "空", "Empty")))
                .isNull();
    }
}
