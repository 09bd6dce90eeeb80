package org.emporium.web.backoffice.merchandising;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.emporium.catalog.boundary.MediaLibrary;
import org.emporium.catalog.entity.Media;
import org.emporium.merchandising.boundary.CampaignPages;
import org.emporium.merchandising.entity.BlockKind;
import org.emporium.merchandising.entity.CampaignBlock;
import org.emporium.merchandising.entity.CampaignPage;
import org.emporium.merchandising.entity.PageStatus;
import org.emporium.web.backoffice.security.CurrentUser;
import org.omnifaces.util.Faces;
import org.primefaces.event.FileUploadEvent;

/**
 * {@code merchandising/campaign.xhtml?id=N}: a campaign page and its blocks. Blocks are added, edited,
 * moved and removed in the page's working copy; Save writes the page and all its blocks at once, or nothing.
 * The preview shows the page as last saved (its rich text sanitised), whatever its status.
 */
@ViewScoped
@Named
public class CampaignEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CampaignPages campaigns;

    @Inject
    MediaLibrary media;

    @Inject
    CurrentUser user;

    private String id;
    private CampaignPage page;
    private CampaignPage saved;
    private List<CampaignBlock> blocks;
    private BlockKind newKind = BlockKind.RICH_TEXT;

    public void load() throws IOException {
        Long pageId = parseId(id);
        saved = pageId == null ? null : campaigns.page(pageId).orElse(null);
        if (saved == null) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "No campaign page " + id);
            return;
        }
        edit(saved);
    }

    private void edit(CampaignPage fresh) {
        saved = fresh;
        page = fresh;
        blocks = new ArrayList<>(
                fresh.getBlocks().stream().map(CampaignBlock::copy).toList());
    }

    public void addBlock() {
        blocks.add(new CampaignBlock(newKind == null ? BlockKind.RICH_TEXT : newKind));
    }

    public void moveUp(int index) {
        if (index > 0 && index < blocks.size()) {
            Collections.swap(blocks, index, index - 1);
        }
    }

    public void moveDown(int index) {
        if (index >= 0 && index < blocks.size() - 1) {
            Collections.swap(blocks, index, index + 1);
        }
    }

    public void remove(int index) {
        if (index >= 0 && index < blocks.size()) {
            blocks.remove(index);
        }
    }

    /**
     * Stores an image uploaded for a hero block at once; it becomes the block's image when the page is saved.
     * The block is named by the upload component's "index" attribute, its row in the list.
     */
    public void upload(FileUploadEvent event) {
        Object index = event.getComponent().getAttributes().get("index");
        int row = index instanceof Number n ? n.intValue() : -1;
        if (row < 0 || row >= blocks.size()) {
            return;
        }
        Media[] stored = new Media[1];
        if (Outcome.of(
                () -> stored[0] = media.store(
                        event.getFile().getFileName(), event.getFile().getContent()),
                "image.uploaded")) {
            blocks.get(row).setMediaId(stored[0].getId());
        }
    }

    public void save() {
        if (Outcome.of(() -> campaigns.save(page, blocks), "campaign.saved", page.getSlug())) {
            reload();
        }
    }

    /** Publishing is saving with the status set, so what is published is exactly what the editor shows. */
    public void publish() {
        PageStatus before = page.getStatus();
        page.setStatus(PageStatus.PUBLISHED);
        if (Outcome.of(() -> campaigns.save(page, blocks), "campaign.published", page.getSlug())) {
            reload();
        } else {
            page.setStatus(before);
        }
    }

    /** Reads the page again as committed: its new version, and its rich text as sanitised. */
    private void reload() {
        campaigns.page(saved.getId()).ifPresent(this::edit);
    }

    static Long parseId(String id) {
        try {
            return id == null ? null : Long.valueOf(id.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Where shoppers find the page (it answers only while published and scheduled). */
    public String getStorefrontPath() {
        return "/campaign/" + saved.getSlug();
    }

    public boolean isEditable() {
        return user.isCatalogManager();
    }

    public List<BlockKind> getKinds() {
        return Arrays.asList(BlockKind.values());
    }

    public List<PageStatus> getStatuses() {
        return Arrays.asList(PageStatus.values());
    }

    public CampaignPage getPage() {
        return page;
    }

    public CampaignPage getSaved() {
        return saved;
    }

    public List<CampaignBlock> getBlocks() {
        return blocks;
    }

    public BlockKind getNewKind() {
        return newKind;
    }

    public void setNewKind(BlockKind newKind) {
        this.newKind = newKind;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
