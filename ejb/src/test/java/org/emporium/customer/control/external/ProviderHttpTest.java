package org.emporium.customer.control.external;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** QQ answers in three shapes over the years; each is read as the same object. */
class ProviderHttpTest {

    @Test
    void qq_s_jsonp_form_and_json_answers_read_alike() {
        assertThat(ProviderHttp.parse("callback( {\"client_id\":\"101\",\"openid\":\"ABC\"} );\n")
                        .getString("openid"))
                .isEqualTo("ABC");
        assertThat(ProviderHttp.parse("access_token=FE04%2B&expires_in=7776000").getString("access_token"))
                .isEqualTo("FE04+");
        assertThat(ProviderHttp.parse("{\"access_token\":\"T\"}").getString("access_token"))
                .isEqualTo("T");
    }

    @Test
    void an_answer_that_is_no_object_is_refused() {
        assertThatThrownBy(() -> ProviderHttp.parse("{\"access_token\":")).isInstanceOf(ProviderRefused.class);
    }
}
