package org.emporium.web.backoffice.merchandising;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.config.ConfigProvider;
import org.emporium.web.backoffice.BackOfficeTexts;
import org.emporium.web.ui.Messages;

/**
 * A schedule's moment as staff type and read it: "2026-12-01 09:00" in the office's time zone
 * ({@code emporium.office.zone}), stored as an instant with its offset. An empty field is an open end.
 */
@FacesConverter("officeTime")
public class OfficeTime implements Converter<OffsetDateTime> {

    static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** The same setting DisplayZone reads; looked up here because Faces does not inject into this converter. */
    private static ZoneId zone() {
        return ZoneId.of(ConfigProvider.getConfig()
                .getOptionalValue("emporium.office.zone", String.class)
                .orElse("Asia/Shanghai"));
    }

    @Override
    public OffsetDateTime getAsObject(FacesContext context, UIComponent component, String value) {
        try {
            return parse(value, zone());
        } catch (DateTimeParseException e) {
            String text = Messages.text(
                    BackOfficeTexts.MERCHANDISING, context.getViewRoot().getLocale(), "time.format", value.trim());
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, OffsetDateTime value) {
        return format(value, zone());
    }

    static OffsetDateTime parse(String value, ZoneId zone) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return LocalDateTime.parse(value.trim(), FORMAT).atZone(zone).toOffsetDateTime();
    }

    static String format(OffsetDateTime value, ZoneId zone) {
        return value == null ? "" : value.atZoneSameInstant(zone).format(FORMAT);
    }
}
