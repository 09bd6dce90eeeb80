package org.emporium.chat.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;
import org.emporium.platform.i18n.BusinessRuleViolation;

/**
 * A staff member who answers chats (known by their staff user name): their status, the departments they
 * serve, and how many conversations they hold against how many they may hold at once.
 */
@Entity
@Table(name = "chat_agent")
public class Agent implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int MAX_CAPACITY = 50;

    @Id
    @SequenceGenerator(name = "chat_agent_seq", sequenceName = "chat_agent_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "chat_agent_seq")
    private Long id;

    private String username;

    @Column(name = "display_name")
    private String displayName;

    @Enumerated(EnumType.STRING)
    private AgentStatus status = AgentStatus.OFFLINE;

    private int capacity;

    @Column(name = "active_chats")
    private int activeChats;

    @Column(name = "last_assigned_at")
    private OffsetDateTime lastAssignedAt;

    @ManyToMany
    @JoinTable(
            name = "chat_agent_department",
            joinColumns = @JoinColumn(name = "agent_id"),
            inverseJoinColumns = @JoinColumn(name = "department_id"))
    private Set<Department> departments = new HashSet<>();

    @Version
    private long version;

    protected Agent() {}

    public Agent(String username, String displayName, int capacity) {
        this.username = username;
        this.displayName = displayName;
        changeCapacity(capacity);
    }

    /** Takes one more conversation: only while online and below capacity. */
    public void take(OffsetDateTime at) {
        if (status != AgentStatus.ONLINE) {
            throw new BusinessRuleViolation("chat.agent.not-online", displayName);
        }
        if (activeChats >= capacity) {
            throw new BusinessRuleViolation("chat.agent.full", displayName, capacity);
        }
        activeChats++;
        lastAssignedAt = at;
    }

    /** A conversation this agent held was closed or handed on. */
    public void release() {
        if (activeChats > 0) {
            activeChats--;
        }
    }

    public boolean hasRoom() {
        return status == AgentStatus.ONLINE && activeChats < capacity;
    }

    public void changeStatus(AgentStatus status) {
        this.status = status == null ? AgentStatus.OFFLINE : status;
    }

    public void changeCapacity(int capacity) {
        if (capacity < 0 || capacity > MAX_CAPACITY) {
            throw new BusinessRuleViolation("chat.agent.capacity", MAX_CAPACITY);
        }
        this.capacity = capacity;
    }

    public boolean serves(Department department) {
        return department == null || departments.contains(department);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public AgentStatus getStatus() {
        return status;
    }

    public int getCapacity() {
        return capacity;
    }

    public int getActiveChats() {
        return activeChats;
    }

    public OffsetDateTime getLastAssignedAt() {
        return lastAssignedAt;
    }

    public Set<Department> getDepartments() {
        return departments;
    }
}
