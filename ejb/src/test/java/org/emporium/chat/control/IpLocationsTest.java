package org.emporium.chat.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IpLocationsTest {

    private final IpLocations.Table table = IpLocations.Table.parse(List.of(
            "\"203.0.113.0\",\"203.0.113.255\",\"AS\",\"CN\",\"Zhejiang\",\"Hangzhou\",\"30.2936\",\"120.1614\"",
            "1.0.0.0,1.0.0.255,OC,AU,Queensland,South Brisbane",
            "198.51.100.0,198.51.100.255,Test network",
            "2001:db8::,2001:db8::ffff,AS,CN,Shanghai,Shanghai",
            "not,a,range",
            "10.0.0.9,10.0.0.1,backwards",
            "# a comment"));

    @Test
    void an_address_finds_the_place_of_its_range_without_the_coordinates() {
        assertThat(table.size()).isEqualTo(4);
        assertThat(table.locate("203.0.113.7")).contains("AS, CN, Zhejiang, Hangzhou");
        assertThat(table.locate("203.0.113.255")).contains("AS, CN, Zhejiang, Hangzhou");
        assertThat(table.locate("1.0.0.0")).contains("OC, AU, Queensland, South Brisbane");
        assertThat(table.locate("198.51.100.20")).contains("Test network");
        assertThat(table.locate("2001:db8::1")).contains("AS, CN, Shanghai, Shanghai");
    }

    @Test
    void an_address_between_ranges_or_not_an_address_has_no_place_and_no_name_is_looked_up() {
        assertThat(table.locate("203.0.114.0")).isEmpty();
        assertThat(table.locate("0.0.0.1")).isEmpty();
        assertThat(table.locate("2001:db9::1")).isEmpty();
        assertThat(table.locate("example.com")).isEmpty();
        assertThat(table.locate("")).isEmpty();
        assertThat(table.locate(null)).isEmpty();
        assertThat(IpLocations.Table.parse(List.of()).locate("1.0.0.1")).isEmpty();
    }
}
