package org.emporium.web.backoffice.catalog;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.emporium.catalog.boundary.AttributeSetLine;
import org.emporium.catalog.boundary.CatalogStructure;
import org.emporium.catalog.entity.Attribute;
import org.emporium.catalog.entity.Category;
import org.emporium.web.backoffice.security.CurrentUser;
import org.emporium.web.ui.LocaleSwitch;
import org.primefaces.event.NodeSelectEvent;
import org.primefaces.event.TreeDragDropEvent;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * {@code categories.xhtml}: the category tree. A node is moved by dragging it (or, on a phone, with the
 * move form); the selected node is edited beside the tree, with its attribute set below, where inherited
 * lines are shown with the category they come from. After every change the tree is read again, so the page
 * shows what is stored, including positions other changes renumbered.
 */
@ViewScoped
@Named
public class CategoryEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CatalogStructure structure;

    @Inject
    CurrentUser user;

    @Inject
    LocaleSwitch locale;

    private TreeNode<Category> root;
    private TreeNode<Category> selectedNode;
    private Map<Long, Category> byId = Map.of();
    private Map<Long, Long> productCounts = Map.of();
    private Category edited;
    private Category draft = emptyDraft();
    private List<AttributeSetLine> attributeSet = List.of();
    private List<Attribute> attributes = List.of();
    private Long moveParentId;
    private Integer movePosition;
    private Long newLineAttributeId;
    private boolean newLineVariant;
    private boolean newLineRequired;

    @PostConstruct
    void init() {
        attributes = structure.attributes();
        reload(null);
    }

    // ------------------------------------------------------------ tree

    /** Reads the tree again and selects the category with the given id, if it still exists. */
    void reload(Long selectId) {
        List<Category> categories = structure.categories();
        productCounts = new HashMap<>(structure.productCounts());
        byId = categories.stream().collect(Collectors.toMap(Category::getId, Function.identity()));
        root = new DefaultTreeNode<>(null, null);
        Map<Long, TreeNode<Category>> nodes = new HashMap<>();
        // categories() lists roots first, then by parent; build parents before children whatever the order.
        List<Category> pending = new ArrayList<>(categories);
        int guard = pending.size() + 1;
        while (!pending.isEmpty() && guard-- > 0) {
            pending.removeIf(c -> {
                TreeNode<Category> parent = c.isRoot() ? root : nodes.get(c.getParentId());
                if (parent == null) {
                    return false;
                }
                TreeNode<Category> node = new DefaultTreeNode<>(c, parent);
                node.setExpanded(true);
                nodes.put(c.getId(), node);
                return true;
            });
        }
        selectedNode = selectId == null ? null : nodes.get(selectId);
        if (selectedNode != null) {
            selectedNode.setSelected(true);
        }
        showSelected();
    }

    private void showSelected() {
        Category selected = selectedNode == null ? null : selectedNode.getData();
        edited = selected == null ? null : structure.category(selected.getId()).orElse(null);
        attributeSet = edited == null ? List.of() : structure.attributeSet(edited.getId());
        moveParentId = edited == null ? null : edited.getParentId();
        movePosition = edited == null ? null : edited.getPosition() + 1;
    }

    public void onSelect(NodeSelectEvent event) {
        showSelected();
    }

    /**
     * A node was dropped somewhere in the tree. The catalogue decides: the tree is read again afterwards,
     * so a refused move (a cycle) puts the node back where it was.
     */
    public void onDragDrop(TreeDragDropEvent event) {
        @SuppressWarnings("unchecked")
        Category dragged = ((TreeNode<Category>) event.getDragNode()).getData();
        @SuppressWarnings("unchecked")
        TreeNode<Category> dropNode = (TreeNode<Category>) event.getDropNode();
        Category target = dropNode.getData();
        Long parentId = target == null ? null : target.getId();
        // The tree has already moved the node in its model: its place there is its place among the new siblings.
        int moved = dropNode.getChildren().indexOf(event.getDragNode());
        int index = moved >= 0 ? moved : event.getDropIndex();
        Changes.run(
                () -> structure.moveCategory(dragged.getId(), dragged.getVersion(), parentId, index),
                "category.moved",
                dragged.name(locale.getCurrent()));
        reload(dragged.getId());
    }

    // ------------------------------------------------------------ the selected category

    public void save() {
        if (edited == null) {
            return;
        }
        Category saved =
                Changes.apply(() -> structure.saveCategory(edited), "category.saved", edited.name(locale.getCurrent()));
        if (saved != null) {
            reload(saved.getId());
        }
    }

    /** The move form: the same as a drop, for phones and keyboards; the position counts from 1. */
    public void move() {
        if (edited == null) {
            return;
        }
        int index = movePosition == null ? Integer.MAX_VALUE : Math.max(0, movePosition - 1);
        Category moving = edited;
        if (Changes.run(
                () -> structure.moveCategory(moving.getId(), moving.getVersion(), moveParentId, index),
                "category.moved",
                moving.name(locale.getCurrent()))) {
            reload(moving.getId());
        }
    }

    public void moveUp() {
        step(-1);
    }

    public void moveDown() {
        step(1);
    }

    private void step(int delta) {
        if (edited == null) {
            return;
        }
        Category moving = edited;
        int index = Math.max(0, moving.getPosition() + delta);
        if (Changes.run(
                () -> structure.moveCategory(moving.getId(), moving.getVersion(), moving.getParentId(), index), null)) {
            reload(moving.getId());
        }
    }

    public void delete() {
        if (edited == null) {
            return;
        }
        Category deleting = edited;
        Long parentId = deleting.getParentId();
        if (Changes.run(
                () -> structure.deleteCategory(deleting.getId(), deleting.getVersion()),
                "category.deleted",
                deleting.name(locale.getCurrent()))) {
            reload(parentId);
        }
    }

    // ------------------------------------------------------------ new categories

    public void addRoot() {
        add(null);
    }

    public void addChild() {
        if (edited != null) {
            add(edited.getId());
        }
    }

    private void add(Long parentId) {
        Category created = Changes.apply(
                () -> structure.createCategory(parentId, draft), "category.created", draft.name(locale.getCurrent()));
        if (created != null) {
            draft = emptyDraft();
            reload(created.getId());
        }
    }

    private static Category emptyDraft() {
        return new Category(null, null, null, null, 0);
    }

    // ------------------------------------------------------------ attribute set

    public void addLine() {
        if (edited == null || newLineAttributeId == null) {
            return;
        }
        List<AttributeSetLine> lines = Changes.apply(
                () -> structure.addToAttributeSet(edited.getId(), newLineAttributeId, newLineVariant, newLineRequired),
                "attributeSet.added");
        if (lines != null) {
            newLineAttributeId = null;
            newLineVariant = false;
            newLineRequired = false;
            reload(edited.getId());
        }
    }

    /** A checkbox of an own line changed. */
    public void changeLine(AttributeSetLine line, boolean variant, boolean required) {
        if (Changes.apply(
                        () -> structure.changeAttributeSetLine(edited.getId(), line.attributeId(), variant, required),
                        null)
                == null) {
            // Refused: show the stored flags again instead of the clicked ones.
            attributeSet = structure.attributeSet(edited.getId());
            return;
        }
        reload(edited.getId());
    }

    public void toggleVariant(AttributeSetLine line) {
        changeLine(line, !line.variant(), line.required());
    }

    public void toggleRequired(AttributeSetLine line) {
        changeLine(line, line.variant(), !line.required());
    }

    public void lineUp(AttributeSetLine line) {
        moveLine(line, -1);
    }

    public void lineDown(AttributeSetLine line) {
        moveLine(line, 1);
    }

    private void moveLine(AttributeSetLine line, int delta) {
        if (Changes.apply(
                        () -> structure.moveInAttributeSet(
                                edited.getId(), line.attributeId(), Math.max(0, line.position() + delta)),
                        null)
                != null) {
            reload(edited.getId());
        }
    }

    public void removeLine(AttributeSetLine line) {
        if (Changes.apply(
                        () -> structure.removeFromAttributeSet(edited.getId(), line.attributeId()),
                        "attributeSet.removed",
                        line.name(locale.getCurrent()))
                != null) {
            reload(edited.getId());
        }
    }

    // ------------------------------------------------------------ what the page shows

    public boolean isEditable() {
        return user.isCatalogManager();
    }

    public boolean isSelected() {
        return edited != null;
    }

    /** Every category as a move target, with its path; the category itself and its subtree are left out. */
    public List<SelectItem> getParentChoices() {
        Locale current = locale.getCurrent();
        List<SelectItem> choices = CategoryChoices.of(List.copyOf(byId.values()), current);
        if (edited == null) {
            return choices;
        }
        return choices.stream()
                .filter(item -> !isInSubtreeOf((Long) item.getValue(), edited.getId()))
                .toList();
    }

    private boolean isInSubtreeOf(Long candidate, long ancestor) {
        Category c = byId.get(candidate);
        for (int depth = 0; c != null && depth < 100; depth++) {
            if (c.getId() == ancestor) {
                return true;
            }
            c = c.isRoot() ? null : byId.get(c.getParentId());
        }
        return false;
    }

    /** The attributes not yet in the selected category's effective set. */
    public List<SelectItem> getAttributeChoices() {
        Locale current = locale.getCurrent();
        Set<Long> present =
                attributeSet.stream().map(AttributeSetLine::attributeId).collect(Collectors.toSet());
        return attributes.stream()
                .filter(a -> !present.contains(a.getId()))
                .map(a -> new SelectItem(a.getId(), a.name(current) + " (" + a.getCode() + ")"))
                .toList();
    }

    public String path(Category category) {
        return category == null ? "" : CategoryChoices.path(category, byId, locale.getCurrent());
    }

    public long productCount(Category category) {
        return category == null ? 0 : productCounts.getOrDefault(category.getId(), 0L);
    }

    public TreeNode<Category> getRoot() {
        return root;
    }

    public TreeNode<Category> getSelectedNode() {
        return selectedNode;
    }

    public void setSelectedNode(TreeNode<Category> selectedNode) {
        this.selectedNode = selectedNode;
    }

    public Category getEdited() {
        return edited;
    }

    public Category getDraft() {
        return draft;
    }

    public List<AttributeSetLine> getAttributeSet() {
        return attributeSet;
    }

    public Long getMoveParentId() {
        return moveParentId;
    }

    public void setMoveParentId(Long moveParentId) {
        this.moveParentId = moveParentId;
    }

    public Integer getMovePosition() {
        return movePosition;
    }

    public void setMovePosition(Integer movePosition) {
        this.movePosition = movePosition;
    }

    public Long getNewLineAttributeId() {
        return newLineAttributeId;
    }

    public void setNewLineAttributeId(Long newLineAttributeId) {
        this.newLineAttributeId = newLineAttributeId;
    }

    public boolean isNewLineVariant() {
        return newLineVariant;
    }

    public void setNewLineVariant(boolean newLineVariant) {
        this.newLineVariant = newLineVariant;
    }

    public boolean isNewLineRequired() {
        return newLineRequired;
    }

    public void setNewLineRequired(boolean newLineRequired) {
        this.newLineRequired = newLineRequired;
    }
}
