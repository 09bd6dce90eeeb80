package org.emporium.web.storefront.checkout;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.emporium.order.boundary.Checkout;
import org.emporium.order.entity.DeliveryAddress;

/**
 * The delivery address form as checkout and the address book both show it: recipient, phone, the province, city
 * and district chosen from lists that depend on each other, street and postcode. A new province empties city and
 * district; a city or district is taken only when the lists offer it (a stale one, from before the province
 * changed, is not). The lists come from {@link Checkout}, which the page passes in, so the form itself stays a
 * plain serializable value.
 */
public class AddressForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String recipient;
    private String phone;
    private String province;
    private String city;
    private String district;
    private String street;
    private String postcode;

    /** The cities of the province chosen; none before a province is. */
    public List<String> cities(Checkout checkout) {
        return province == null ? List.of() : checkout.cities(province);
    }

    /** The districts of the city chosen; none before a province and a city are. */
    public List<String> districts(Checkout checkout) {
        return province == null || city == null ? List.of() : checkout.districts(province, city);
    }

    /** A new province empties city and district, which the lists then offer anew. */
    public void chooseProvince(String province) {
        String chosen = province == null || province.isBlank() ? null : province;
        if (!Objects.equals(chosen, this.province)) {
            city = null;
            district = null;
        }
        this.province = chosen;
    }

    /** Taken only when it is a city of the province chosen; a new city empties the district. */
    public void chooseCity(String city, Checkout checkout) {
        String chosen = city != null && cities(checkout).contains(city) ? city : null;
        if (!Objects.equals(chosen, this.city)) {
            district = null;
        }
        this.city = chosen;
    }

    /** Taken only when it is a district of the city chosen. */
    public void chooseDistrict(String district, Checkout checkout) {
        this.district = district != null && districts(checkout).contains(district) ? district : null;
    }

    /** Fills every field with a saved address (the shopper may still change them). */
    public void fill(DeliveryAddress a) {
        recipient = a.recipient();
        phone = a.phone();
        province = a.province();
        city = a.city();
        district = a.district();
        street = a.street();
        postcode = a.postcode();
    }

    /** The address as typed, for the order or the address book to check. */
    public DeliveryAddress address() {
        return new DeliveryAddress(recipient, phone, province, city, district, street, postcode);
    }

    public void clear() {
        recipient = null;
        phone = null;
        province = null;
        city = null;
        district = null;
        street = null;
        postcode = null;
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getProvince() {
        return province;
    }

    public String getCity() {
        return city;
    }

    public String getDistrict() {
        return district;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }
}
