package org.emporium.web.backoffice.notification;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.emporium.notification.boundary.Templates;
import org.emporium.notification.entity.Channel;
import org.emporium.notification.entity.MessageTemplate;
import org.emporium.notification.entity.Purpose;
import org.emporium.platform.i18n.BusinessRuleViolation;
import org.emporium.web.backoffice.security.CurrentUser;
import org.emporium.web.ui.Messages;

/** {@code notifications/templates.xhtml}: the message templates in both languages, edited in place or added. */
@ViewScoped
@Named
public class TemplateEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(TemplateEditor.class.getName());

    @Inject
    transient Templates templates;

    @Inject
    CurrentUser user;

    private transient List<MessageTemplate> rows;

    /** The template being edited (null: a new one), and the form's fields. */
    private Long editingId;

    private long version;
    private boolean open;
    private String code;
    private Channel channel = Channel.EMAIL;
    private String locale = "zh_CN";
    private Purpose purpose = Purpose.TRANSACTIONAL;
    private String subject;
    private String body;

    public List<MessageTemplate> getRows() {
        if (rows == null) {
            rows = templates.all();
        }
        return rows;
    }

    public void edit(MessageTemplate t) {
        editingId = t.getId();
        version = t.getVersion();
        code = t.getCode();
        channel = t.getChannel();
        locale = t.getLocale();
        purpose = t.getPurpose();
        subject = t.getSubject();
        body = t.getBody();
        open = true;
    }

    public void create() {
        editingId = null;
        code = null;
        channel = Channel.EMAIL;
        locale = "zh_CN";
        purpose = Purpose.TRANSACTIONAL;
        subject = null;
        body = null;
        open = true;
    }

    public void cancel() {
        open = false;
    }

    public void save() {
        try {
            if (editingId == null) {
                templates.create(code, channel, locale, purpose, subject, body, user.getName());
            } else {
                templates.change(editingId, version, subject, body, purpose, user.getName());
            }
            Messages.info(MessageLog.TEXTS, "templates.saved", code);
            open = false;
            rows = null;
        } catch (BusinessRuleViolation violation) {
            Messages.reject(violation.messageKey(), violation.arguments());
        } catch (EJBException e) {
            LOG.log(Level.WARNING, "Saving template " + code + " failed", e);
            Messages.error(Messages.COMMON, "error.unexpected");
        }
    }

    public boolean isOpen() {
        return open;
    }

    public boolean isCreating() {
        return editingId == null;
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    public Purpose[] getPurposes() {
        return Purpose.values();
    }

    public List<String> getLocales() {
        return Templates.LOCALES;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public String getLocale() {
        return locale;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public void setPurpose(Purpose purpose) {
        this.purpose = purpose;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
